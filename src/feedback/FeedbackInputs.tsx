import { AutocompleteInput, DateInput, RadioButtonGroupInput, ReferenceInput, SelectInput, TextInput } from 'react-admin';
import { ratingChoices, stakeholderChoices, statusChoices } from '@/components/choices';
import { validate } from '@/components/schemaValidation';

export const FeedbackInputs = () => (
  <>
    <ReferenceInput source="pilotId" reference="pilots" sort={{ field: 'name', order: 'ASC' }}>
      <AutocompleteInput validate={validate('feedback', 'pilotId')} />
    </ReferenceInput>
    <DateInput source="date" validate={validate('feedback', 'date')} />
    <SelectInput source="stakeholder" choices={stakeholderChoices} validate={validate('feedback', 'stakeholder')} />
    <RadioButtonGroupInput source="rating" choices={ratingChoices} validate={validate('feedback', 'rating')} parse={(value: string) => (value ? Number(value) : null)} row />
    <TextInput source="comment" multiline minRows={3} validate={validate('feedback', 'comment')} />
    <SelectInput source="status" choices={statusChoices} validate={validate('feedback', 'status')} />
  </>
);
