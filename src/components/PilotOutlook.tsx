import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import CancelIcon from '@mui/icons-material/Cancel';
import HelpIcon from '@mui/icons-material/Help';
import { Box, Card, CardContent, Chip, Typography } from '@mui/material';
import type { ReactElement } from 'react';
import { useGetList, useGetOne, useLocale, useTranslate } from 'react-admin';
import { forecastAdoption, type Forecast } from '@/domain/forecast';
import { formatMonth, todayIso } from '@/domain/format';
import { GATES, checkGates, type GateResult } from '@/domain/gates';
import { monthlyAdoptionRate } from '@/domain/series';
import type { Kpi, Measurement, Pilot, Scorecard } from '@/domain/types';

const GATE_LOOK: Record<GateResult, { colour: 'success' | 'error' | 'default'; icon: ReactElement }> = {
  pass: { colour: 'success', icon: <CheckCircleIcon /> },
  fail: { colour: 'error', icon: <CancelIcon /> },
  unknown: { colour: 'default', icon: <HelpIcon /> },
};

function useForecastText() {
  const translate = useTranslate();
  const locale = useLocale();
  return (forecast: Forecast, share: number) => {
    const percent = `${Math.round(share * 100)}%`;
    switch (forecast.status) {
      case 'not-enough-data':
        return translate('app.outlook.not_enough_data', { months: forecast.months });
      case 'reached':
        return translate('app.outlook.reached', { share: percent, month: formatMonth(forecast.month, locale) });
      case 'projected':
        return translate('app.outlook.projected', { share: percent, month: formatMonth(forecast.month, locale) });
      case 'not-reached':
        return translate('app.outlook.not_reached', { share: percent });
    }
  };
}

/** Where the pilot's adoption is heading (logistic forecast) and its stage gates. */
export const PilotOutlook = ({ pilot }: { pilot: Pilot }) => {
  const translate = useTranslate();
  const forecastText = useForecastText();
  const { data: kpis = [] } = useGetList<Kpi>('kpis', { filter: { pilotId: pilot.id, kind: 'adoption' }, pagination: { page: 1, perPage: 1 }, sort: { field: 'id', order: 'ASC' } });
  const adoptionKpi = kpis[0];
  const { data: measurements = [] } = useGetList<Measurement>(
    'measurements',
    { filter: { kpiId: adoptionKpi?.id }, pagination: { page: 1, perPage: 1000 }, sort: { field: 'date', order: 'ASC' } },
    { enabled: !!adoptionKpi },
  );
  const { data: scorecard } = useGetOne<Scorecard>('scorecards', { id: pilot.id });
  if (!scorecard) return null;
  const series = monthlyAdoptionRate(measurements, pilot.targetUsers);
  const gates = checkGates(pilot, scorecard, series, todayIso());
  // beta.gouv.fr's 30% transfer threshold, as a second marker (unless there is too little data for either).
  const transferForecast = forecastAdoption(series, 0.3);
  const transfer = transferForecast.status === 'not-enough-data' ? null : transferForecast;
  return (
    <Card variant="outlined" component="section" aria-label={translate('app.outlook.title')} sx={{ mt: 2 }}>
      <CardContent>
        <Typography variant="h6" component="h2" gutterBottom>
          {translate('app.outlook.title')}
        </Typography>
        <Typography variant="body2" sx={{ mb: transfer ? 0 : 1 }}>
          {forecastText(forecastAdoption(series, 0.8), 0.8)}
        </Typography>
        {transfer && (
          <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
            {forecastText(transfer, 0.3)}
          </Typography>
        )}
        <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1 }} role="list" aria-label={translate('app.outlook.gates')}>
          {GATES.map((gate) => (
            <Chip
              key={gate}
              role="listitem"
              size="small"
              color={GATE_LOOK[gates[gate]].colour}
              icon={GATE_LOOK[gates[gate]].icon}
              label={`${translate(`app.outlook.gate.${gate}`)}: ${translate(`app.outlook.result.${gates[gate]}`)}`}
              title={translate(`app.outlook.gate_help.${gate}`)}
            />
          ))}
        </Box>
      </CardContent>
    </Card>
  );
};
