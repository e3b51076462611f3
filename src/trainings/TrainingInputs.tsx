import { DateInput, NumberInput, SelectInput, TextInput } from 'react-admin';
import { formatChoices } from '@/components/choices';
import { validate } from '@/components/schemaValidation';
import { PilotInput } from '@/components/PilotInput';

/** A completed session (so not after today); the trainer is whoever records it. */
export const TrainingInputs = () => (
  <>
    <PilotInput validate={validate('trainings', 'pilotId')} />
    <TextInput source="title" validate={validate('trainings', 'title')} />
    <DateInput source="date" validate={validate('trainings', 'date')} />
    <SelectInput source="format" choices={formatChoices} validate={validate('trainings', 'format')} />
    <NumberInput source="durationHours" validate={validate('trainings', 'durationHours')} step={0.5} />
    <NumberInput source="participants" validate={validate('trainings', 'participants')} step={1} />
    <NumberInput source="completed" validate={validate('trainings', 'completed')} step={1} />
    <NumberInput source="satisfaction" validate={validate('trainings', 'satisfaction')} step={0.1} helperText="app.training.satisfaction_help" />
  </>
);
