import { Box, Typography } from '@mui/material';
import { AppBar as RaAppBar, TitlePortal, useTranslate } from 'react-admin';

/** The app bar: the logo and the app's name, then the page title. */
export const AppBar = () => {
  const translate = useTranslate();
  return (
    <RaAppBar>
      <Box component="img" src="/favicon.svg" alt="" sx={{ width: 28, height: 28, mr: 1 }} />
      <Typography variant="h6" component="span" sx={{ mr: 2, fontWeight: 600, display: { xs: 'none', sm: 'block' } }}>
        {translate('app.title')}
      </Typography>
      <TitlePortal />
    </RaAppBar>
  );
};
