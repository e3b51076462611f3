import { AutocompleteInput, DateInput, NumberInput, ReferenceInput, SelectInput, TextInput, maxLength, maxValue, minValue, number, required } from 'react-admin';
import { formatChoices } from '@/components/choices';

const notMoreThanParticipants = (completed: number, values: { participants?: number }) =>
  completed !== null && completed !== undefined && values.participants !== undefined && values.participants !== null && completed > values.participants
    ? 'app.validation.completed_above_participants'
    : undefined;

/** A completed session; the trainer is whoever records it. */
export const TrainingInputs = () => (
  <>
    <ReferenceInput source="pilotId" reference="pilots">
      <AutocompleteInput validate={required()} />
    </ReferenceInput>
    <TextInput source="title" validate={[required(), maxLength(160)]} />
    <DateInput source="date" validate={required()} />
    <SelectInput source="format" choices={formatChoices} validate={required()} />
    <NumberInput source="durationHours" validate={[required(), minValue(0.25), maxValue(1000)]} step={0.5} />
    <NumberInput source="participants" validate={[required(), number(), minValue(0)]} step={1} />
    <NumberInput source="completed" validate={[required(), minValue(0), notMoreThanParticipants]} step={1} />
    <NumberInput source="satisfaction" validate={[minValue(1), maxValue(5)]} step={0.1} helperText="app.training.satisfaction_help" />
  </>
);
