import { useTheme } from '@mui/material';
import { useMemo } from 'react';
import { CHART_COLOURS } from '../chartColours';

/** The colour-blind-safe series colours, with black swapped for the theme's text colour so that it shows in the dark theme too. */
export function useChartPalette() {
  const theme = useTheme();
  // The same object while the theme is the same, so that charts memoised on it are not drawn again.
  return useMemo(() => ({
    series: CHART_COLOURS.series.map((colour) => (colour === '#000000' ? theme.palette.text.primary : colour)),
    text: theme.palette.text.secondary,
    legendText: theme.palette.text.primary,
    grid: theme.palette.divider,
    tooltip: { backgroundColor: theme.palette.background.paper, borderColor: theme.palette.divider, color: theme.palette.text.primary },
  }), [theme]);
}
