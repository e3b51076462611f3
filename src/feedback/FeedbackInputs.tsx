import { DateInput, RadioButtonGroupInput, SelectInput, TextInput } from 'react-admin';
import { ratingChoices, stakeholderChoices, statusChoices } from '@/components/choices';
import { validate } from '@/components/schemaValidation';
import { PilotInput } from '@/components/PilotInput';

export const FeedbackInputs = () => (
  <>
    <PilotInput validate={validate('feedback', 'pilotId')} />
    <DateInput source="date" validate={validate('feedback', 'date')} />
    <SelectInput source="stakeholder" choices={stakeholderChoices} validate={validate('feedback', 'stakeholder')} />
    <RadioButtonGroupInput source="rating" choices={ratingChoices} validate={validate('feedback', 'rating')} parse={(value: string) => (value ? Number(value) : null)} row />
    <TextInput source="comment" multiline minRows={3} validate={validate('feedback', 'comment')} />
    <SelectInput source="status" choices={statusChoices} validate={validate('feedback', 'status')} />
  </>
);
