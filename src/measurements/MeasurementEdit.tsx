import { Edit, SimpleForm } from 'react-admin';
import { MeasurementInputs } from './MeasurementInputs';

export const MeasurementEdit = () => (
  <Edit mutationMode="pessimistic" redirect="list">
    <SimpleForm>
      <MeasurementInputs />
    </SimpleForm>
  </Edit>
);
