import { AutocompleteInput, ReferenceInput, useChoicesContext, useGetMany } from 'react-admin';
import { validate } from '@/components/schemaValidation';
import type { Kpi, Pilot } from '@/domain/types';

/** The KPIs offered, each named with its pilot: many pilots have a "Completion rate". */
const KpiChoices = () => {
  const { allChoices } = useChoicesContext<Kpi>();
  const pilotIds = [...new Set((allChoices ?? []).map((kpi) => kpi.pilotId))];
  const { data: pilots } = useGetMany<Pilot>('pilots', { ids: pilotIds }, { enabled: pilotIds.length > 0 });
  const names = new Map(pilots?.map((pilot) => [pilot.id, pilot.name]));
  const optionText = (kpi: Kpi) => (names.has(kpi.pilotId) ? `${kpi.name} · ${names.get(kpi.pilotId)}` : kpi.name);
  return <AutocompleteInput optionText={optionText} validate={validate('measurements', 'kpiId')} />;
};

/** The KPI a measurement is of, picked by its name and its pilot's, searched over every KPI. */
export const KpiInput = () => (
  <ReferenceInput source="kpiId" reference="kpis" sort={{ field: 'name', order: 'ASC' }}>
    <KpiChoices />
  </ReferenceInput>
);
