import { useTheme } from '@mui/material';
import { CHART_COLOURS } from '../chartColours';

/** The colour-blind-safe series colours, with black swapped for the theme's text colour so that it shows in the dark theme too. */
export function useChartPalette() {
  const theme = useTheme();
  return {
    series: CHART_COLOURS.series.map((colour) => (colour === '#000000' ? theme.palette.text.primary : colour)),
    text: theme.palette.text.secondary,
    legendText: theme.palette.text.primary,
    grid: theme.palette.divider,
    tooltip: { backgroundColor: theme.palette.background.paper, borderColor: theme.palette.divider, color: theme.palette.text.primary },
  };
}
