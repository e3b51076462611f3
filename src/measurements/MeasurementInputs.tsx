import { AutocompleteInput, DateInput, NumberInput, ReferenceInput, TextInput, maxLength, required } from 'react-admin';

export const MeasurementInputs = () => (
  <>
    <ReferenceInput source="kpiId" reference="kpis">
      <AutocompleteInput validate={required()} />
    </ReferenceInput>
    <DateInput source="date" validate={required()} />
    <NumberInput source="value" validate={required()} />
    <TextInput source="note" multiline validate={maxLength(500)} />
  </>
);
