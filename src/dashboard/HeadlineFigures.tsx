import { Box, Chip } from '@mui/material';
import { Link } from 'react-router-dom';
import { useLocale, useTranslate } from 'react-admin';
import { FigurePending } from '@/components/FigurePending';
import { useDashboardQuery } from '@/components/useDashboardQuery';
import { useQuarterName } from '@/components/useQuarterName';
import { formatNumber, formatShare } from '@/domain/format';
import { quarterRange } from '@/domain/series';
import { PILOT_STAGES, type Change } from '@/domain/types';
import { FigureCard } from './FigureCard';
import { listLink, pilotsLink } from './links';
import { useDashboardFilter } from './useDashboardFilter';

/** Pilots by stage, average adoption, agents trained, satisfaction and pending decisions, against the previous quarter. */
export const HeadlineFigures = () => {
  const translate = useTranslate();
  const locale = useLocale();
  const quarterName = useQuarterName();
  const [filter] = useDashboardFilter();
  const { data, error } = useDashboardQuery(['headline', filter], (dp) => dp.getHeadline(filter));
  if (!data) return <FigurePending error={error} height={140} />;

  const previous = quarterName(data.quarter.previous);
  /** "+3 since Q3 2026 (12)"; shares change in percentage points. */
  const changeOf = ({ current, previous: before }: Change, share = false) => {
    if (current === null || before === null) return { text: translate('app.dashboard.no_comparison', { quarter: previous }), direction: 0 };
    const delta = share ? Math.round((current - before) * 100) : current - before;
    const signed = `${delta > 0 ? '+' : ''}${formatNumber(delta, locale)}${share ? ` ${translate('app.dashboard.points')}` : ''}`;
    const was = share ? formatShare(before, locale) : formatNumber(before, locale);
    return { text: translate('app.dashboard.change', { change: signed, quarter: previous, previous: was }), direction: delta };
  };
  const quarter = { date_gte: quarterRange(data.quarter.current).start, date_lte: data.asOf };
  const total = PILOT_STAGES.reduce((sum, stage) => sum + (data.pilotsByStage[stage].current ?? 0), 0);

  return (
    <Box component="section" aria-label={translate('app.dashboard.headline.title')} sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: 'minmax(0, 1fr)', sm: 'repeat(2, minmax(0, 1fr))', lg: 'minmax(0, 2fr) repeat(4, minmax(0, 1fr))' }, mb: 2 }}>
      <FigureCard label={translate('app.dashboard.headline.pilots')} value={formatNumber(total, locale)}>
        <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 0.5, mt: 1 }} role="list">
          {PILOT_STAGES.map((stage) => {
            const { current, previous: before } = data.pilotsByStage[stage];
            const change = changeOf(data.pilotsByStage[stage]);
            const delta = (current ?? 0) - (before ?? 0);
            return (
              <Chip
                key={stage}
                role="listitem"
                size="small"
                variant="outlined"
                clickable
                component={Link}
                to={pilotsLink(filter, { stage })}
                label={`${translate(`app.choices.stage.${stage}`)}: ${formatNumber(current, locale)}${delta ? ` (${delta > 0 ? '+' : ''}${formatNumber(delta, locale)})` : ''}`}
                title={change.text}
              />
            );
          })}
        </Box>
      </FigureCard>
      <FigureCard
        label={translate('app.dashboard.headline.adoption')}
        value={formatShare(data.averageAdoption.current, locale)}
        change={changeOf(data.averageAdoption, true)}
        to={listLink('scorecards', {})}
      />
      <FigureCard label={translate('app.dashboard.headline.trained')} value={formatNumber(data.agentsTrained.current, locale)} change={changeOf(data.agentsTrained)} to={listLink('trainings', quarter)} />
      <FigureCard
        label={translate('app.dashboard.headline.satisfaction')}
        value={formatShare(data.meanSatisfaction.current, locale)}
        change={changeOf(data.meanSatisfaction, true)}
        to={listLink('feedback', quarter)}
      />
      <FigureCard label={translate('app.dashboard.headline.pending')} value={formatNumber(data.decisionsPending.current, locale)} change={changeOf(data.decisionsPending)} to={pilotsLink(filter, { stage: 'evaluating' })} />
    </Box>
  );
};
