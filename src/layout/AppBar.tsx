import { Box, Typography } from '@mui/material';
import { AppBar as RaAppBar, TitlePortal, UserMenu as RaUserMenu, useGetIdentity, useTranslate } from 'react-admin';

/** The user menu, named by what it shows (the user's name) and what it is, as WCAG 2.5.3 asks. */
const UserMenu = () => {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  return <RaUserMenu label={identity?.fullName ? `${identity.fullName} – ${translate('ra.auth.user_menu')}` : 'ra.auth.user_menu'} />;
};

/** The app bar: the logo and the app's name, then the page title. */
export const AppBar = () => {
  const translate = useTranslate();
  return (
    <RaAppBar userMenu={<UserMenu />}>
      <Box component="img" src="/favicon.svg" alt="" sx={{ width: 28, height: 28, mr: 1 }} />
      <Typography variant="h6" component="span" sx={{ mr: 2, fontWeight: 600, display: { xs: 'none', sm: 'block' } }}>
        {translate('app.title')}
      </Typography>
      <TitlePortal />
    </RaAppBar>
  );
};
