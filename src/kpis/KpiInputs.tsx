import { useWatch } from 'react-hook-form';
import { NumberInput, SelectInput, TextInput } from 'react-admin';
import { directionChoices, kindChoices, unitKindChoices } from '@/components/choices';
import { validate } from '@/components/schemaValidation';
import { PilotInput } from '@/components/PilotInput';

/** The top of a rating's scale, asked for only when the KPI is a rating. */
const ScaleMaxInput = () => {
  const unitKind = useWatch({ name: 'unitKind' }) as string | undefined;
  if (unitKind !== 'rating') return null;
  return <NumberInput source="scaleMax" validate={validate('kpis', 'scaleMax')} helperText="app.kpi.scale_max_help" />;
};

/** A KPI's fields; every rule (ranges of the unit kind, the target's direction) comes from the shared schema. */
export const KpiInputs = () => (
  <>
    <PilotInput validate={validate('kpis', 'pilotId')} />
    <TextInput source="name" validate={validate('kpis', 'name')} />
    <SelectInput source="kind" choices={kindChoices} validate={validate('kpis', 'kind')} />
    <TextInput source="unit" validate={validate('kpis', 'unit')} />
    <SelectInput source="unitKind" choices={unitKindChoices} validate={validate('kpis', 'unitKind')} helperText="app.kpi.unit_kind_help" />
    <ScaleMaxInput />
    <SelectInput source="direction" choices={directionChoices} validate={validate('kpis', 'direction')} />
    <NumberInput source="baseline" validate={validate('kpis', 'baseline')} />
    <NumberInput source="target" validate={validate('kpis', 'target')} />
  </>
);
