import { SimpleForm } from 'react-admin';
import { RecordEdit } from '@/components/RecordEdit';
import { MeasurementInputs } from './MeasurementInputs';

export const MeasurementEdit = () => (
  <RecordEdit redirect="list">
    <SimpleForm>
      <MeasurementInputs />
    </SimpleForm>
  </RecordEdit>
);
