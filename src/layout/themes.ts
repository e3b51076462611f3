import type { CheckboxOwnerState, Theme } from '@mui/material';
import { defaultDarkTheme, defaultLightTheme, type RaThemeOptions } from 'react-admin';

type Labelled = CheckboxOwnerState & { 'aria-label'?: string };

/**
 * A checkbox given an `aria-label` (react-admin's "Select this row") is named on its input, the
 * element assistive technologies reach, not on its wrapper where ARIA forbids it (MUI 7 no
 * longer passes it on): the lists' row checkboxes have a name.
 */
const components: RaThemeOptions['components'] = {
  // A locked field's help (why it is locked) is read, not greyed out below the contrast AA asks.
  MuiFormHelperText: {
    styleOverrides: {
      root: ({ theme }: { theme: Theme }) => ({ '&.Mui-disabled:not(.Mui-error)': { color: theme.palette.text.secondary } }),
    },
  },
  MuiCheckbox: {
    defaultProps: {
      slotProps: {
        root: (ownerState: Labelled) => (ownerState['aria-label'] ? { 'aria-label': undefined } : {}),
        input: (ownerState: Labelled) => (ownerState['aria-label'] ? { 'aria-label': ownerState['aria-label'] } : {}),
      },
    },
  },
};

/**
 * Light and dark themes. The primary and error colours (delete buttons) keep a contrast of at
 * least 4.5:1 with the text on them and with the page and toolbars (WCAG 2.1 AA).
 */
export const lightTheme: RaThemeOptions = {
  ...defaultLightTheme,
  palette: { ...defaultLightTheme.palette, primary: { main: '#1d4f91' }, secondary: { main: '#1d4f91' }, error: { main: '#b71c1c' } },
  components: { ...defaultLightTheme.components, ...components },
};

export const darkTheme: RaThemeOptions = {
  ...defaultDarkTheme,
  palette: { ...defaultDarkTheme.palette, mode: 'dark', primary: { main: '#90caf9' }, secondary: { main: '#90caf9' }, error: { main: '#ffb4ab' } },
  components: { ...defaultDarkTheme.components, ...components },
};
