import { Edit, SimpleForm } from 'react-admin';
import { PilotInputs } from './PilotInputs';

export const PilotEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <SimpleForm>
      <PilotInputs />
    </SimpleForm>
  </Edit>
);
