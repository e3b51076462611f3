import { SimpleForm } from 'react-admin';
import { RecordEdit } from '@/components/RecordEdit';
import type { Kpi } from '@/domain/types';
import { KpiInputs } from './KpiInputs';

export const KpiEdit = () => (
  <RecordEdit<Kpi> redirect={(_resource, _id, data) => `pilots/${String(data?.pilotId)}/show/kpis`}>
    <SimpleForm>
      <KpiInputs />
    </SimpleForm>
  </RecordEdit>
);
