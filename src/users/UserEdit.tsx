import { SimpleForm } from 'react-admin';
import { RecordEdit } from '@/components/RecordEdit';
import { UserInputs } from './UserInputs';

/** Edits an account; an empty password field leaves the password as it is. */
export const UserEdit = () => (
  <RecordEdit transform={({ password, ...rest }) => (password ? { ...rest, password } : rest)}>
    <SimpleForm>
      <UserInputs />
    </SimpleForm>
  </RecordEdit>
);
