import { useMemo } from 'react';
import { useWatch } from 'react-hook-form';
import { AutocompleteInput, DateInput, NumberInput, ReferenceInput, TextInput, useGetOne } from 'react-admin';
import { MeasurementGroupInput } from '@/components/MeasurementGroupInput';
import { validate, validateMeasurementValue } from '@/components/schemaValidation';
import type { Kpi } from '@/domain/types';

/** The value, checked against the range of the chosen KPI's unit. */
const ValueInput = () => {
  const kpiId = useWatch({ name: 'kpiId' }) as number | undefined;
  const { data: kpi } = useGetOne<Kpi>('kpis', { id: kpiId ?? 0 }, { enabled: !!kpiId });
  const validators = useMemo(() => validateMeasurementValue(kpi), [kpi]);
  return <NumberInput source="value" validate={validators} helperText={kpi ? `${kpi.name} (${kpi.unit})` : false} />;
};

export const MeasurementInputs = () => (
  <>
    <ReferenceInput source="kpiId" reference="kpis">
      <AutocompleteInput validate={validate('measurements', 'kpiId')} />
    </ReferenceInput>
    <DateInput source="date" validate={validate('measurements', 'date')} />
    <ValueInput />
    <MeasurementGroupInput />
    <TextInput source="note" multiline validate={validate('measurements', 'note')} />
  </>
);
