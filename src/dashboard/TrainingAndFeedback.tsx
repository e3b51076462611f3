import { Box, Typography } from '@mui/material';
import { Link, useNavigate } from 'react-router-dom';
import { useLocale, useTranslate } from 'react-admin';
import { ChartFigure } from '@/components/ChartFigure';
import { FigurePending } from '@/components/FigurePending';
import { LazyCoverageChart, LazySatisfactionTrendChart } from '@/components/charts/LazyChart';
import { ShareBar } from '@/components/ShareBar';
import { useDashboardQuery } from '@/components/useDashboardQuery';
import { useQuarterName } from '@/components/useQuarterName';
import { formatNumber, formatShare } from '@/domain/format';
import { monthEnd } from '@/domain/series';
import { listLink, pilotLink } from './links';
import { useDashboardFilter } from './useDashboardFilter';
import { WidgetCard } from './WidgetCard';

/** Training coverage of the pilots under way (least covered first), and satisfaction by stakeholder group with its trend. */
export const TrainingAndFeedback = () => {
  const translate = useTranslate();
  const locale = useLocale();
  const navigate = useNavigate();
  const quarterName = useQuarterName();
  const [filter] = useDashboardFilter();
  const { data, error } = useDashboardQuery(['training', filter], (dp) => dp.getTrainingAndFeedback(filter));
  const period = { ...(filter.from ? { date_gte: `${filter.from}-01` } : {}), ...(filter.to ? { date_lte: monthEnd(filter.to) } : {}) };
  if (!data) return <FigurePending error={error} height={320} />;
  const { coverage, satisfaction, trend } = data;
  return (
    <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: 'minmax(0, 1fr)', lg: 'repeat(2, minmax(0, 1fr))' } }}>
      <WidgetCard
        id="coverage"
        title={translate('app.dashboard.training.title')}
        help={translate('app.dashboard.training.overall', { share: formatShare(coverage.overall, locale), count: formatNumber(coverage.total, locale) })}
      >
        {coverage.pilots.length === 0 ? (
          <Typography color="text.secondary">{translate('app.dashboard.training.empty')}</Typography>
        ) : (
          <ChartFigure
            summary={translate('app.dashboard.training.summary', { shown: coverage.pilots.length, total: formatNumber(coverage.total, locale) })}
            table={{
              columns: [translate('resources.pilots.fields.name'), translate('app.dashboard.training.coverage'), translate('app.dashboard.training.trained_of')],
              rows: coverage.pilots.map((p) => ({
                key: p.pilotId,
                cells: [
                  <Link key="name" to={pilotLink(p.pilotId, 'trainings')}>
                    {p.name}
                  </Link>,
                  formatShare(p.coverage, locale),
                  `${formatNumber(p.completed, locale)} / ${formatNumber(p.agentsToTrain, locale)}`,
                ],
              })),
            }}
          >
            <LazyCoverageChart pilots={coverage.pilots} height={300} onSelect={(row) => navigate(pilotLink(row.pilotId, 'trainings'))} />
          </ChartFigure>
        )}
      </WidgetCard>
      <WidgetCard id="satisfaction" title={translate('app.dashboard.satisfaction.title')}>
        {satisfaction.length === 0 ? (
          <Typography color="text.secondary">{translate('app.dashboard.satisfaction.empty')}</Typography>
        ) : (
          <Box component="ul" sx={{ listStyle: 'none', p: 0, m: 0, mb: 2, display: 'grid', gridTemplateColumns: 'minmax(110px, auto) 1fr auto', gap: 1, alignItems: 'center' }}>
            {satisfaction.map((s) => (
              <Box component="li" key={s.stakeholder} sx={{ display: 'contents' }}>
                <Link to={listLink('feedback', { stakeholder: s.stakeholder, ...period })}>{translate(`app.choices.stakeholder.${s.stakeholder}`)}</Link>
                <ShareBar value={s.satisfaction} label={translate(`app.choices.stakeholder.${s.stakeholder}`)} />
                <Typography variant="body2" color="text.secondary">
                  {translate('app.dashboard.satisfaction.rating', { rating: formatNumber(s.rating, locale), smart_count: s.responses, responses: formatNumber(s.responses, locale) })}
                </Typography>
              </Box>
            ))}
          </Box>
        )}
        {trend.length > 0 && (
          <ChartFigure
            summary={translate('app.dashboard.satisfaction.summary', { from: quarterName(trend[0].quarter), to: quarterName(trend[trend.length - 1].quarter) })}
            table={{
              columns: [
                translate('app.dashboard.training.quarter_axis'),
                translate('resources.feedback.fields.stakeholder'),
                translate('app.dashboard.training.satisfaction_axis'),
                translate('app.dashboard.satisfaction.responses'),
              ],
              rows: trend.map((t) => ({
                key: `${t.quarter}-${t.stakeholder}`,
                cells: [quarterName(t.quarter), translate(`app.choices.stakeholder.${t.stakeholder}`), formatShare(t.satisfaction, locale), formatNumber(t.responses, locale)],
              })),
            }}
          >
            <LazySatisfactionTrendChart trend={trend} height={260} />
          </ChartFigure>
        )}
      </WidgetCard>
    </Box>
  );
};
