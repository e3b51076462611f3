import { Link, Typography } from '@mui/material';
import { Login, LoginForm, PasswordInput, TextInput, email, required, useTranslate } from 'react-admin';
import { useDocumentLanguage } from './useDocumentLanguage';

/** Sign-in with an email address and a password. */
export const LoginPage = () => {
  const translate = useTranslate();
  useDocumentLanguage();
  return (
    <Login>
      <Typography component="h1" variant="h5" align="center" sx={{ mt: 1 }}>
        {translate('app.title')}
      </Typography>
      <Typography variant="body2" align="center" color="text.secondary">
        {translate('app.auth.subtitle')}
      </Typography>
      <LoginForm>
        <TextInput
          autoFocus
          source="email"
          type="email"
          label="app.auth.email"
          autoComplete="username"
          validate={[required(), email()]}
        />
        <PasswordInput source="password" label="ra.auth.password" autoComplete="current-password" validate={required()} />
      </LoginForm>
      <Typography variant="body2" align="center" sx={{ mb: 2 }}>
        <Link href="/open-data">{translate('app.open_data.link')}</Link>
      </Typography>
    </Login>
  );
};
