import PrintIcon from '@mui/icons-material/Print';
import { Box, Button, GlobalStyles, Typography } from '@mui/material';
import { Link, useParams } from 'react-router-dom';
import { useGetList, useGetOne, useLocale, useTranslate } from 'react-admin';
import { GateChips } from '@/components/GateChips';
import { LazyAdoptionChart } from '@/components/charts/LazyChart';
import { RecommendationChip } from '@/components/ScorecardPanel';
import { useDashboardQuery } from '@/components/useDashboardQuery';
import { useForecastShare } from '@/components/useForecastShare';
import { useForecastText } from '@/components/useForecastText';
import { formatDate, formatNumber, formatShare } from '@/domain/format';
import type { Decision, Feedback, Kpi, Measurement, Pilot, Scorecard, Training } from '@/domain/types';
import { ReportDecisions, ReportKpis, ReportPeople, ReportSection } from './ReportSections';

const PARTS = ['adoptionRate', 'kpiAttainment', 'trainingCoverage', 'satisfaction', 'readiness'] as const;
const all = (pilotId: number) => ({ filter: { pilotId }, pagination: { page: 1, perPage: 1000 }, sort: { field: 'date', order: 'ASC' as const } });

/**
 * One A4 page about a pilot, to print or save as PDF from the browser: its summary, scorecard and
 * gates, adoption curve and forecast, KPIs against target, training and satisfaction, decisions.
 */
export const PilotReport = () => {
  const pilotId = Number(useParams().id);
  const translate = useTranslate();
  const locale = useLocale();
  const forecastText = useForecastText();
  const [share] = useForecastShare();
  const ids = [pilotId];
  const { data: pilot } = useGetOne<Pilot>('pilots', { id: pilotId });
  const { data: scorecard } = useGetOne<Scorecard>('scorecards', { id: pilotId });
  const { data: kpis } = useGetList<Kpi>('kpis', { ...all(pilotId), sort: { field: 'id', order: 'ASC' } });
  const { data: measurements } = useGetList<Measurement>('measurements', all(pilotId));
  const { data: trainings } = useGetList<Training>('trainings', all(pilotId));
  const { data: feedback } = useGetList<Feedback>('feedback', all(pilotId));
  const { data: decisions } = useGetList<Decision>('decisions', all(pilotId));
  const { data: candidates } = useDashboardQuery(['compare', ids, share], (dp) => dp.getCandidates({}, { ids, share }));
  const { data: adoption } = useDashboardQuery(['adoption', {}, 'pilot', ids, share], (dp) => dp.getAdoptionOverTime({}, { ids, share }));
  const candidate = candidates?.data[0];
  if (!pilot || !scorecard || !kpis || !measurements || !trainings || !feedback || !decisions || !candidate || !adoption) return null;
  return (
    <Box component="article" aria-labelledby="report-title" sx={{ maxWidth: '190mm', mx: 'auto', p: 2, bgcolor: 'background.paper', '@media print': { p: 0, maxWidth: 'none' } }}>
      <GlobalStyles styles={{ '@page': { size: 'A4', margin: '10mm' } }} />
      <Box sx={{ display: 'flex', gap: 1, mb: 1, '@media print': { display: 'none' } }}>
        <Button variant="contained" startIcon={<PrintIcon />} onClick={() => window.print()}>
          {translate('app.report.print')}
        </Button>
        <Button component={Link} to={`/pilots/${pilot.id}/show`}>
          {translate('app.report.back')}
        </Button>
      </Box>
      <Typography id="report-title" variant="h5" component="h1">
        {pilot.name}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {translate(`app.choices.category.${pilot.category}`)} · {pilot.region} · {pilot.department} · {translate(`app.choices.stage.${pilot.stage}`)} ·{' '}
        {formatDate(pilot.startDate, locale)} – {formatDate(pilot.endDate, locale)} · {translate('app.report.target_users', { count: formatNumber(pilot.targetUsers, locale, 0) })} ·{' '}
        {translate('app.report.as_of', { date: formatDate(new Date().toISOString().slice(0, 10), locale) })}
      </Typography>
      {pilot.summary && <Typography variant="body2" sx={{ mb: 1 }}>{pilot.summary}</Typography>}
      <ReportSection title={translate('app.scorecard.title')}>
        <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, alignItems: 'center', fontSize: '0.8rem' }}>
          {PARTS.map((part) => (
            <span key={part}>
              {translate(`resources.scorecards.fields.${part}`)}: <strong>{formatShare(scorecard[part], locale)}</strong>
            </span>
          ))}
          <RecommendationChip recommendation={scorecard.recommendation} size="small" />
        </Box>
        <Box sx={{ mt: 0.5 }}>
          <GateChips gates={candidate.gates} compact />
        </Box>
      </ReportSection>
      <ReportSection title={translate('app.outlook.title')}>
        <Typography variant="body2" sx={{ fontSize: '0.8rem' }}>
          {forecastText(candidate.forecast, share)}
        </Typography>
        {adoption.series.length > 0 && <LazyAdoptionChart series={adoption.series} share={share} height={170} />}
      </ReportSection>
      <ReportSection title={translate('app.report.kpis')}>
        <ReportKpis kpis={kpis} measurements={measurements} pilot={pilot} />
      </ReportSection>
      <ReportSection title={translate('app.report.people')}>
        <ReportPeople pilot={pilot} trainings={trainings} feedback={feedback} />
      </ReportSection>
      <ReportSection title={translate('resources.decisions.name', { smart_count: 2 })}>
        <ReportDecisions decisions={decisions} />
      </ReportSection>
    </Box>
  );
};
