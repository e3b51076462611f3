import { Box, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { useLocale, useTranslate } from 'react-admin';
import { atPilotSites } from '@/domain/comparison';
import { formatDate, formatShare } from '@/domain/format';
import { kpiAttainment, latestMeasurement, mean, satisfactionOf } from '@/domain/scorecard';
import { STAKEHOLDERS, type Decision, type Feedback, type Kpi, type Measurement, type Pilot, type Training } from '@/domain/types';
import { useUnit } from '@/components/useUnit';

/** A titled block of the printed report. */
export const ReportSection = ({ title, children }: { title: string; children: ReactNode }) => (
  <Box component="section" sx={{ breakInside: 'avoid', mb: 1 }}>
    <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600, borderBottom: 1, borderColor: 'divider', mb: 0.5 }}>
      {title}
    </Typography>
    {children}
  </Box>
);

const cell = { py: 0.25, px: 0.75, fontSize: '0.75rem' } as const;

/** Each KPI: baseline, latest value at the pilot's sites, target, how far it has come. */
export const ReportKpis = ({ kpis, measurements, pilot }: { kpis: readonly Kpi[]; measurements: readonly Measurement[]; pilot: Pilot }) => {
  const translate = useTranslate();
  const locale = useLocale();
  const unit = useUnit();
  const atSites = atPilotSites(measurements);
  return (
    <Table size="small" aria-label={translate('app.report.kpis')}>
      <TableHead>
        <TableRow>
          {['kpiId', 'baseline', 'latest', 'target', 'attainment'].map((column) => (
            <TableCell key={column} sx={cell}>
              {translate(`app.report.column.${column}`)}
            </TableCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>
        {kpis.map((kpi) => {
          const latest = latestMeasurement(atSites.filter((m) => m.kpiId === kpi.id));
          const progress = latest ? (kpi.kind === 'adoption' ? Math.min(1, latest.value / pilot.targetUsers) : kpiAttainment(kpi, latest.value)) : null;
          return (
            <TableRow key={kpi.id}>
              <TableCell sx={cell}>{kpi.name}</TableCell>
              <TableCell sx={cell}>{unit.format(kpi.baseline, kpi.unit)}</TableCell>
              <TableCell sx={cell}>{latest ? `${unit.format(latest.value, kpi.unit)} (${formatDate(latest.date, locale)})` : '–'}</TableCell>
              <TableCell sx={cell}>{unit.format(kpi.target, kpi.unit)}</TableCell>
              <TableCell sx={cell}>{formatShare(progress, locale)}</TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
};

/** Training coverage and satisfaction by stakeholder group, in sentences. */
export const ReportPeople = ({ pilot, trainings, feedback }: { pilot: Pilot; trainings: readonly Training[]; feedback: readonly Feedback[] }) => {
  const translate = useTranslate();
  const locale = useLocale();
  const completed = trainings.reduce((sum, t) => sum + t.completed, 0);
  const groups = STAKEHOLDERS.flatMap((stakeholder) => {
    const ratings = feedback.filter((f) => f.stakeholder === stakeholder).map((f) => f.rating);
    const rating = mean(ratings);
    return rating === null ? [] : [`${translate(`app.choices.stakeholder.${stakeholder}`)} ${formatShare(satisfactionOf(rating), locale)} (${ratings.length})`];
  });
  return (
    <Typography variant="body2" sx={{ fontSize: '0.8rem' }}>
      {translate('app.report.training', { sessions: trainings.length, completed, agents: pilot.agentsToTrain ?? '–' })}{' '}
      {groups.length ? `${translate('app.report.satisfaction')} ${groups.join(' · ')}` : translate('app.report.no_feedback')}
    </Typography>
  );
};

/** The pilot's decisions, oldest first. */
export const ReportDecisions = ({ decisions }: { decisions: readonly Decision[] }) => {
  const translate = useTranslate();
  const locale = useLocale();
  if (decisions.length === 0) return <Typography variant="body2">{translate('app.report.no_decision')}</Typography>;
  return (
    <Box component="ol" sx={{ m: 0, pl: 2.5, fontSize: '0.8rem' }}>
      {decisions.map((d) => (
        <li key={d.id}>
          <strong>{translate(`app.choices.decision.${d.decision}`)}</strong> · {formatDate(d.date, locale)} — {d.rationale}
        </li>
      ))}
    </Box>
  );
};
