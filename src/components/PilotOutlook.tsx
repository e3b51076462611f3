import { Box, Card, CardContent, Typography } from '@mui/material';
import { useLocale, useTranslate } from 'react-admin';
import { formatMonth, formatShare } from '@/domain/format';
import type { Pilot } from '@/domain/types';
import { ChartFigure } from './ChartFigure';
import { LazyAdoptionChart } from './charts/LazyChart';
import { GateChips } from './GateChips';
import { useDashboardQuery } from './useDashboardQuery';
import { useForecastShare } from './useForecastShare';
import { useForecastText } from './useForecastText';

/**
 * Where the pilot's adoption is heading (its curve, the logistic forecast dashed after it) and its
 * stage gates, as the API computes them for the dashboard's candidates.
 */
export const PilotOutlook = ({ pilot }: { pilot: Pilot }) => {
  const translate = useTranslate();
  const locale = useLocale();
  const forecastText = useForecastText();
  const [share] = useForecastShare();
  const ids = [pilot.id];
  const { data: candidates } = useDashboardQuery(['compare', ids, share], (dp) => dp.getCandidates({}, { ids, share }));
  const { data: adoption } = useDashboardQuery(['adoption', {}, 'pilot', ids, share], (dp) => dp.getAdoptionOverTime({}, { ids, share }));
  const candidate = candidates?.data[0];
  if (!candidate) return null;
  const series = adoption?.series ?? [];
  // beta.gouv.fr's 30% transfer threshold, as a second marker (unless there is too little data for either).
  const transfer = candidate.transferForecast.status === 'not-enough-data' ? null : candidate.transferForecast;
  return (
    <Card variant="outlined" component="section" aria-label={translate('app.outlook.title')} sx={{ mt: 2 }}>
      <CardContent>
        <Typography variant="h6" component="h2" gutterBottom>
          {translate('app.outlook.title')}
        </Typography>
        <Typography variant="body2" sx={{ mb: transfer ? 0 : 1 }}>
          {forecastText(candidate.forecast, share)}
        </Typography>
        {transfer && (
          <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
            {forecastText(transfer, 0.3)}
          </Typography>
        )}
        <GateChips gates={candidate.gates} />
        {series.length > 0 && series[0].points.length > 0 && (
          <Box sx={{ mt: 2 }}>
            <ChartFigure
              summary={translate('app.outlook.chart_summary', { months: series[0].points.length, latest: formatShare(series[0].points.at(-1)?.value, locale), month: formatMonth(series[0].points.at(-1)?.month ?? '', locale) })}
              table={{
                columns: [translate('app.dashboard.adoption.x_axis'), translate('app.dashboard.adoption.y_axis')],
                rows: series[0].points.map((p) => ({ key: p.month, cells: [formatMonth(p.month, locale), formatShare(p.value, locale)] })),
              }}
            >
              <LazyAdoptionChart series={series} share={share} height={240} />
            </ChartFigure>
          </Box>
        )}
      </CardContent>
    </Card>
  );
};
