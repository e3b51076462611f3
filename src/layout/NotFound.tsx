import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import HomeIcon from '@mui/icons-material/Home';
import { Box, Button, Stack, Typography } from '@mui/material';
import { Title, useTranslate } from 'react-admin';
import { Link, useLocation, useNavigate } from 'react-router-dom';

/** An address that names no page: which one, and the ways on. */
export const NotFound = () => {
  const translate = useTranslate();
  const { pathname } = useLocation();
  const navigate = useNavigate();
  return (
    <Box component="section" aria-labelledby="not-found-title" sx={{ maxWidth: 640, mx: 'auto', mt: 6, px: 2 }}>
      <Title title="app.not_found.title" />
      <Typography id="not-found-title" component="h1" variant="h4" gutterBottom>
        {translate('app.not_found.title')}
      </Typography>
      <Typography gutterBottom>{translate('app.not_found.message', { path: pathname })}</Typography>
      <Stack direction="row" spacing={2} sx={{ mt: 3 }}>
        <Button variant="contained" component={Link} to="/" startIcon={<HomeIcon />}>
          {translate('app.not_found.home')}
        </Button>
        <Button startIcon={<ArrowBackIcon />} onClick={() => navigate(-1)}>
          {translate('ra.action.back')}
        </Button>
      </Stack>
    </Box>
  );
};
