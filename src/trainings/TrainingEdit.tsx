import { SimpleForm } from 'react-admin';
import { RecordEdit } from '@/components/RecordEdit';
import { TrainingInputs } from './TrainingInputs';

export const TrainingEdit = () => (
  <RecordEdit redirect="list">
    <SimpleForm>
      <TrainingInputs />
    </SimpleForm>
  </RecordEdit>
);
