import TranslateIcon from '@mui/icons-material/Translate';
import { Box, ListItemIcon, ListItemText, MenuItem, Typography, useMediaQuery, type Theme } from '@mui/material';
import {
  AppBar as RaAppBar,
  LoadingIndicator,
  LocalesMenuButton,
  Logout,
  TitlePortal,
  ToggleThemeButton,
  UserMenu as RaUserMenu,
  useGetIdentity,
  useLocaleState,
  useTranslate,
} from 'react-admin';

const LANGUAGES = [
  { locale: 'en', name: 'English' },
  { locale: 'fr', name: 'Français' },
] as const;

/** On a phone, the languages are in the user menu: the app bar keeps its room for the page title. */
const LanguageItems = () => {
  const [locale, setLocale] = useLocaleState();
  return LANGUAGES.map((language) => (
    <MenuItem key={language.locale} selected={language.locale === locale} onClick={() => setLocale(language.locale)} lang={language.locale}>
      <ListItemIcon>
        <TranslateIcon fontSize="small" />
      </ListItemIcon>
      <ListItemText>{language.name}</ListItemText>
    </MenuItem>
  ));
};

/** The user menu, named by what it shows (the user's name) and what it is, as WCAG 2.5.3 asks. */
const UserMenu = ({ withLanguages }: { withLanguages: boolean }) => {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  return (
    <RaUserMenu label={identity?.fullName ? `${identity.fullName} – ${translate('ra.auth.user_menu')}` : 'ra.auth.user_menu'}>
      {withLanguages && <LanguageItems />}
      <Logout />
    </RaUserMenu>
  );
};

/** The app bar: the logo and the app's name, then the page title (alone on a phone, with room to be read). */
export const AppBar = () => {
  const translate = useTranslate();
  const isPhone = useMediaQuery<Theme>((theme) => theme.breakpoints.down('sm'));
  return (
    <RaAppBar
      userMenu={<UserMenu withLanguages={isPhone} />}
      toolbar={
        <>
          {!isPhone && <LocalesMenuButton />}
          <ToggleThemeButton />
          <LoadingIndicator />
        </>
      }
    >
      <Box component="img" src="/favicon.svg" alt="" sx={{ width: 28, height: 28, mr: 1, display: { xs: 'none', sm: 'block' } }} />
      <Typography variant="h6" component="span" sx={{ mr: 2, fontWeight: 600, display: { xs: 'none', sm: 'block' } }}>
        {translate('app.title')}
      </Typography>
      <TitlePortal sx={{ minWidth: 0, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }} />
    </RaAppBar>
  );
};
