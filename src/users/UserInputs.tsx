import { BooleanInput, PasswordInput, TextInput, email, minLength, required } from 'react-admin';
import { MIN_PASSWORD_LENGTH } from '@/domain/validation';
import { RoleInput } from './RoleField';

/** The fields of an account; a password is required to create one and optional (a reset) after. */
export const UserInputs = ({ creating = false }: { creating?: boolean }) => (
  <>
    <TextInput source="fullName" validate={required()} />
    <TextInput source="email" type="email" validate={[required(), email()]} />
    <RoleInput source="role" validate={required()} />
    {!creating && <BooleanInput source="active" />}
    <PasswordInput
      source="password"
      label={creating ? 'resources.users.fields.password' : 'app.users.new_password'}
      helperText={creating ? 'app.users.password_help' : 'app.users.new_password_help'}
      autoComplete="new-password"
      validate={creating ? [required(), minLength(MIN_PASSWORD_LENGTH, 'app.validation.password_length')] : minLength(MIN_PASSWORD_LENGTH, 'app.validation.password_length')}
    />
  </>
);
