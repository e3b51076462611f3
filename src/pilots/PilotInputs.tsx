import {
  AutocompleteInput,
  BooleanInput,
  DateInput,
  NumberInput,
  ReferenceInput,
  SelectInput,
  TextInput,
  maxLength,
  minValue,
  required,
  usePermissions,
} from 'react-admin';
import { categoryChoices, stageChoices } from '@/components/choices';

const endNotBeforeStart = (endDate: string, values: { startDate?: string }) =>
  endDate && values.startDate && endDate < values.startDate ? 'app.validation.end_before_start' : undefined;

/** A pilot's fields; only administrators choose the owner (a manager owns what they create). */
export const PilotInputs = () => {
  const { permissions } = usePermissions<string>();
  return (
    <>
      <TextInput source="name" validate={[required(), maxLength(120)]} />
      <TextInput source="summary" multiline minRows={2} validate={maxLength(2000)} />
      <SelectInput source="category" choices={categoryChoices} validate={required()} />
      <SelectInput source="stage" choices={stageChoices} validate={required()} />
      <TextInput source="department" validate={[required(), maxLength(120)]} />
      <TextInput source="region" validate={[required(), maxLength(120)]} />
      {permissions === 'admin' && (
        <ReferenceInput source="ownerId" reference="users" filter={{ role: 'manager' }}>
          <AutocompleteInput validate={required()} />
        </ReferenceInput>
      )}
      <DateInput source="startDate" validate={required()} />
      <DateInput source="endDate" validate={[required(), endNotBeforeStart]} />
      <NumberInput source="budget" validate={minValue(0)} />
      <NumberInput source="targetUsers" validate={[required(), minValue(1)]} />
      <BooleanInput source="published" />
    </>
  );
};
