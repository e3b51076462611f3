import { Create, SimpleForm } from 'react-admin';
import { todayIso } from '@/domain/format';
import { MeasurementInputs } from './MeasurementInputs';

export const MeasurementCreate = () => (
  <Create redirect="list">
    <SimpleForm defaultValues={() => ({ date: todayIso() })}>
      <MeasurementInputs />
    </SimpleForm>
  </Create>
);
