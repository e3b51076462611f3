import { AutocompleteInput, NumberInput, ReferenceInput, SelectInput, TextInput, maxLength, required } from 'react-admin';
import { directionChoices, kindChoices } from '@/components/choices';

/** The target must lie in the KPI's direction from its baseline (the API checks it too). */
const targetInDirection = (target: number, values: { baseline?: number; direction?: string }) => {
  if (target === null || target === undefined || values.baseline === null || values.baseline === undefined) return undefined;
  if (values.direction === 'increase' && !(target > values.baseline)) return 'app.validation.target_above';
  if (values.direction === 'decrease' && !(target < values.baseline)) return 'app.validation.target_below';
  return undefined;
};

export const KpiInputs = () => (
  <>
    <ReferenceInput source="pilotId" reference="pilots">
      <AutocompleteInput validate={required()} />
    </ReferenceInput>
    <TextInput source="name" validate={[required(), maxLength(120)]} />
    <SelectInput source="kind" choices={kindChoices} validate={required()} />
    <TextInput source="unit" validate={[required(), maxLength(30)]} />
    <SelectInput source="direction" choices={directionChoices} validate={required()} />
    <NumberInput source="baseline" validate={required()} />
    <NumberInput source="target" validate={[required(), targetInDirection]} />
  </>
);
