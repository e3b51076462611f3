import {
  AutocompleteInput,
  BooleanInput,
  DateInput,
  NumberInput,
  ReferenceInput,
  SelectInput,
  TextInput,
  usePermissions,
  useRecordContext,
} from 'react-admin';
import { categoryChoices, stageChoicesOf } from '@/components/choices';
import { validate } from '@/components/schemaValidation';
import { isDecidedStage, settableStages } from '@/domain/stages';
import type { Pilot } from '@/domain/types';

/**
 * A pilot's fields; only administrators choose the owner (a manager owns what they create). The
 * stage offers what an edit may set: decisions alone generalize or stop a pilot.
 */
export const PilotInputs = () => {
  const { permissions } = usePermissions<string>();
  const record = useRecordContext<Pilot>();
  const stages = settableStages(record?.stage);
  const decided = isDecidedStage(record?.stage);
  return (
    <>
      <TextInput source="name" validate={validate('pilots', 'name')} />
      <TextInput source="summary" multiline minRows={2} validate={validate('pilots', 'summary')} />
      <SelectInput source="category" choices={categoryChoices} validate={validate('pilots', 'category')} />
      <SelectInput
        source="stage"
        choices={stageChoicesOf(stages)}
        validate={validate('pilots', 'stage')}
        disabled={decided}
        helperText={decided ? 'app.pilot.stage_decided_help' : 'app.pilot.stage_help'}
      />
      <TextInput source="department" validate={validate('pilots', 'department')} />
      <TextInput source="region" validate={validate('pilots', 'region')} />
      {permissions === 'admin' && (
        <ReferenceInput source="ownerId" reference="users" filter={{ role: 'manager' }}>
          <AutocompleteInput validate={validate('pilots', 'ownerId')} />
        </ReferenceInput>
      )}
      <DateInput source="startDate" validate={validate('pilots', 'startDate')} />
      <DateInput source="endDate" validate={validate('pilots', 'endDate')} />
      <NumberInput source="budget" validate={validate('pilots', 'budget')} />
      <NumberInput source="targetUsers" validate={validate('pilots', 'targetUsers')} />
      <NumberInput source="agentsToTrain" validate={validate('pilots', 'agentsToTrain')} helperText="app.pilot.agents_to_train_help" />
      <BooleanInput source="published" />
    </>
  );
};
