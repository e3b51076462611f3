import { Create, SimpleForm } from 'react-admin';
import type { Kpi } from '@/domain/types';
import { KpiInputs } from './KpiInputs';
import { KpiTemplatePicker } from './KpiTemplatePicker';

/** Adds a KPI (usually from the pilot page, which passes the pilot), starting from a template. */
export const KpiCreate = () => (
  <Create<Kpi> redirect={(_resource, _id, data) => `pilots/${String(data?.pilotId)}/show/kpis`}>
    <SimpleForm defaultValues={{ direction: 'increase' }}>
      <KpiTemplatePicker />
      <KpiInputs />
    </SimpleForm>
  </Create>
);
