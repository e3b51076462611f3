import { Edit, SimpleForm } from 'react-admin';
import { TrainingInputs } from './TrainingInputs';

export const TrainingEdit = () => (
  <Edit mutationMode="pessimistic" redirect="list">
    <SimpleForm>
      <TrainingInputs />
    </SimpleForm>
  </Edit>
);
