import { useWatch } from 'react-hook-form';
import { AutocompleteInput, DateInput, RadioButtonGroupInput, ReferenceInput, TextInput, maxLength, required } from 'react-admin';
import { decisionChoices } from '@/components/choices';

/** The new end date is asked for only when the pilot is extended. */
const NewEndDateInput = () => {
  const decision = useWatch({ name: 'decision' }) as string | undefined;
  if (decision !== 'extend') return null;
  return <DateInput source="newEndDate" validate={required()} helperText="app.decision.new_end_date_help" />;
};

export const DecisionInputs = () => (
  <>
    <ReferenceInput source="pilotId" reference="pilots">
      <AutocompleteInput validate={required()} />
    </ReferenceInput>
    <DateInput source="date" validate={required()} />
    <RadioButtonGroupInput source="decision" choices={decisionChoices} validate={required()} />
    <NewEndDateInput />
    <TextInput source="rationale" multiline minRows={4} validate={[required(), maxLength(4000)]} />
  </>
);
