import { AutocompleteInput, DateInput, RadioButtonGroupInput, ReferenceInput, SelectInput, TextInput, maxLength, required } from 'react-admin';
import { ratingChoices, stakeholderChoices, statusChoices } from '@/components/choices';

export const FeedbackInputs = () => (
  <>
    <ReferenceInput source="pilotId" reference="pilots">
      <AutocompleteInput validate={required()} />
    </ReferenceInput>
    <DateInput source="date" validate={required()} />
    <SelectInput source="stakeholder" choices={stakeholderChoices} validate={required()} />
    <RadioButtonGroupInput source="rating" choices={ratingChoices} validate={required()} parse={(value: string) => (value ? Number(value) : null)} row />
    <TextInput source="comment" multiline minRows={3} validate={maxLength(2000)} />
    <SelectInput source="status" choices={statusChoices} validate={required()} />
  </>
);
