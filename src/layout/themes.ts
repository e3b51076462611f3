import { defaultDarkTheme, defaultLightTheme, type RaThemeOptions } from 'react-admin';

/**
 * Light and dark themes. The primary colours keep a contrast of at least 4.5:1 with the text on
 * them and with the page (WCAG 2.1 AA).
 */
export const lightTheme: RaThemeOptions = {
  ...defaultLightTheme,
  palette: { ...defaultLightTheme.palette, primary: { main: '#1d4f91' }, secondary: { main: '#1d4f91' } },
};

export const darkTheme: RaThemeOptions = {
  ...defaultDarkTheme,
  palette: { ...defaultDarkTheme.palette, mode: 'dark', primary: { main: '#90caf9' }, secondary: { main: '#90caf9' } },
};
