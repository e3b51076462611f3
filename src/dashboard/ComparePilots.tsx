import { Box, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { Title, useLocale, useTranslate } from 'react-admin';
import { ChartFigure } from '@/components/ChartFigure';
import { LazyAdoptionChart } from '@/components/charts/LazyChart';
import { GateChips } from '@/components/GateChips';
import { PilotEffects } from '@/components/PilotEffects';
import { PilotPicker } from '@/components/PilotPicker';
import { ProjectionText } from '@/components/ProjectionText';
import { RecommendationChip } from '@/components/ScorecardPanel';
import { ShareBar } from '@/components/ShareBar';
import { useDashboardQuery } from '@/components/useDashboardQuery';
import { useForecastShare } from '@/components/useForecastShare';
import { useForecastText } from '@/components/useForecastText';
import { formatMonth, formatNumber, formatShare } from '@/domain/format';
import { DEFAULT_SIMULATED_SITES, SIMULATION_HORIZON_MONTHS } from '@/domain/simulation';
import type { Candidate } from '@/domain/types';
import { pilotLink } from './links';
import { useChosenPilots } from './useDashboardFilter';
import { WidgetCard } from './WidgetCard';

const PARTS = ['readiness', 'adoptionRate', 'kpiAttainment', 'trainingCoverage', 'satisfaction'] as const;

/** Two to four pilots side by side: scorecards, adoption curves on one chart, KPI attainment, gates and forecasts. */
export const ComparePilots = () => {
  const translate = useTranslate();
  const locale = useLocale();
  const forecastText = useForecastText();
  const [ids, setIds] = useChosenPilots('compare');
  const [share] = useForecastShare();
  const enough = ids.length >= 2;
  const { data: candidates } = useDashboardQuery(['compare', ids, share], (dp) => dp.getCandidates({}, { ids, share }), enough);
  const { data: adoption } = useDashboardQuery(['adoption', {}, 'pilot', ids, share], (dp) => dp.getAdoptionOverTime({}, { ids, share }), enough);
  const pilots = candidates?.data ?? [];
  const row = (label: string, cell: (c: Candidate) => ReactNode) => (
    <TableRow key={label}>
      <TableCell component="th" scope="row">
        {label}
      </TableCell>
      {pilots.map((c) => (
        <TableCell key={c.pilot.id}>{cell(c)}</TableCell>
      ))}
    </TableRow>
  );
  const kpiNames = [...new Set(pilots.flatMap((c) => c.kpis.filter((k) => !k.adoption).map((k) => k.name)))];

  return (
    <Box sx={{ mt: 2, display: 'grid', gap: 2 }}>
      <Title title={translate('app.compare.title')} />
      <Typography variant="h5" component="h1">
        {translate('app.compare.title')}
      </Typography>
      <PilotPicker value={ids} onChange={setIds} max={4} label={translate('app.compare.choose')} />
      {!enough ? (
        <Typography color="text.secondary">{translate('app.compare.pick_two')}</Typography>
      ) : (
        <>
          <WidgetCard id="compare-scorecards" title={translate('app.compare.scorecards')}>
            <TableContainer>
              <Table size="small">
                <TableHead>
                  <TableRow>
                    <TableCell />
                    {pilots.map((c) => (
                      <TableCell key={c.pilot.id} component="th" scope="col">
                        <Link to={pilotLink(c.pilot.id)}>{c.pilot.name}</Link>
                      </TableCell>
                    ))}
                  </TableRow>
                </TableHead>
                <TableBody>
                  {row(translate('resources.pilots.fields.stage'), (c) => translate(`app.choices.stage.${c.pilot.stage}`))}
                  {PARTS.map((part) =>
                    row(translate(`resources.scorecards.fields.${part}`), (c) => (
                      <ShareBar value={c.scorecard[part]} label={`${translate(`resources.scorecards.fields.${part}`)} – ${c.pilot.name}`} />
                    )),
                  )}
                  {row(translate('resources.scorecards.fields.recommendation'), (c) => (
                    <RecommendationChip recommendation={c.scorecard.recommendation} size="small" />
                  ))}
                  {row(translate('app.dashboard.candidates.column.data'), (c) =>
                    translate('app.scorecard.data_points', { count: formatNumber(c.scorecard.dataPoints, locale, 0), smart_count: c.scorecard.dataPoints }),
                  )}
                  {row(translate('app.outlook.gates'), (c) => (
                    <GateChips gates={c.gates} />
                  ))}
                  {row(translate('app.dashboard.adoption.forecast', { share: formatShare(share, locale) }), (c) => forecastText(c.forecast, share))}
                  {row(translate('app.effect.title'), (c) => (
                    <PilotEffects pilotId={c.pilot.id} compact />
                  ))}
                  {row(translate('app.simulation.net_benefit_column', { sites: DEFAULT_SIMULATED_SITES, months: SIMULATION_HORIZON_MONTHS }), (c) => (
                    <ProjectionText projection={c.projection} />
                  ))}
                  {kpiNames.map((name) =>
                    row(translate('app.compare.kpi', { name }), (c) => {
                      const kpi = c.kpis.find((k) => k.name === name);
                      return kpi ? <ShareBar value={kpi.attainment} label={`${name} – ${c.pilot.name}`} /> : '–';
                    }),
                  )}
                </TableBody>
              </Table>
            </TableContainer>
          </WidgetCard>
          <WidgetCard id="compare-adoption" title={translate('app.dashboard.adoption.title')}>
            {adoption && (
              <ChartFigure
                summary={translate('app.compare.adoption_summary', { smart_count: adoption.series.length })}
                table={{
                  columns: [translate('resources.pilots.fields.name'), translate('app.dashboard.adoption.latest')],
                  rows: adoption.series.map((s) => {
                    const last = s.points.at(-1);
                    return { key: s.key, cells: [s.label, last ? `${formatShare(last.value, locale)} (${formatMonth(last.month, locale)})` : '–'] };
                  }),
                }}
              >
                <LazyAdoptionChart series={adoption.series} share={share} height={320} />
              </ChartFigure>
            )}
          </WidgetCard>
        </>
      )}
    </Box>
  );
};
