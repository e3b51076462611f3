import { Create, SimpleForm } from 'react-admin';
import { UserInputs } from './UserInputs';

export const UserCreate = () => (
  <Create redirect="list">
    <SimpleForm defaultValues={{ role: 'manager', active: true }}>
      <UserInputs creating />
    </SimpleForm>
  </Create>
);
