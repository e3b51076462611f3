import { Edit, SimpleForm } from 'react-admin';
import type { Kpi } from '@/domain/types';
import { KpiInputs } from './KpiInputs';

export const KpiEdit = () => (
  <Edit<Kpi> mutationMode="pessimistic" redirect={(_resource, _id, data) => `pilots/${String(data?.pilotId)}/show/kpis`}>
    <SimpleForm>
      <KpiInputs />
    </SimpleForm>
  </Edit>
);
