import { Create, SimpleForm } from 'react-admin';
import { PilotInputs } from './PilotInputs';

export const PilotCreate = () => (
  <Create redirect="show">
    <SimpleForm defaultValues={{ stage: 'proposed', published: false }}>
      <PilotInputs />
    </SimpleForm>
  </Create>
);
