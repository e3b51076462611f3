import { useMemo } from 'react';
import { useWatch } from 'react-hook-form';
import { DateInput, NumberInput, TextInput, useGetOne } from 'react-admin';
import { MeasurementGroupInput } from '@/components/MeasurementGroupInput';
import { validate, validateMeasurementValue } from '@/components/schemaValidation';
import type { Kpi } from '@/domain/types';
import { KpiInput } from './KpiInput';

/** The value, checked against the range of the chosen KPI's unit. */
const ValueInput = () => {
  const kpiId = useWatch({ name: 'kpiId' }) as number | undefined;
  const { data: kpi } = useGetOne<Kpi>('kpis', { id: kpiId ?? 0 }, { enabled: !!kpiId });
  const validators = useMemo(() => validateMeasurementValue(kpi), [kpi]);
  return <NumberInput source="value" validate={validators} helperText={kpi ? `${kpi.name} (${kpi.unit})` : false} />;
};

export const MeasurementInputs = () => (
  <>
    <KpiInput />
    <DateInput source="date" validate={validate('measurements', 'date')} />
    <ValueInput />
    <MeasurementGroupInput />
    <TextInput source="note" multiline validate={validate('measurements', 'note')} />
  </>
);
