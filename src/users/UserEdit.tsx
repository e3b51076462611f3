import { Edit, SimpleForm } from 'react-admin';
import { UserInputs } from './UserInputs';

/** Edits an account; an empty password field leaves the password as it is. */
export const UserEdit = () => (
  <Edit mutationMode="pessimistic" transform={({ password, ...rest }) => (password ? { ...rest, password } : rest)}>
    <SimpleForm>
      <UserInputs />
    </SimpleForm>
  </Edit>
);
