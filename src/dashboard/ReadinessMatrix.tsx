import { Link, useNavigate } from 'react-router-dom';
import { useLocale, useTranslate } from 'react-admin';
import { ChartFigure } from '@/components/ChartFigure';
import { FigurePending } from '@/components/FigurePending';
import { LazyMatrixChart } from '@/components/charts/LazyChart';
import { useDashboardQuery } from '@/components/useDashboardQuery';
import { formatNumber, formatShare } from '@/domain/format';
import { RECOMMENDATIONS } from '@/domain/types';
import { pilotLink } from './links';
import { useDashboardFilter } from './useDashboardFilter';
import { WidgetCard } from './WidgetCard';

/** Every pilot placed by adoption and KPI attainment, coloured by its recommendation; a click on a bubble opens the pilot. */
export const ReadinessMatrix = () => {
  const translate = useTranslate();
  const locale = useLocale();
  const navigate = useNavigate();
  const [filter] = useDashboardFilter();
  const { data, error } = useDashboardQuery(['matrix', filter], (dp) => dp.getReadinessMatrix(filter));
  const counts = RECOMMENDATIONS.map((r) => `${translate(`app.choices.recommendation.${r}`)}: ${formatNumber(data?.byRecommendation[r] ?? 0, locale)}`);
  return (
    <WidgetCard id="matrix" title={translate('app.dashboard.matrix.title')} help={translate('app.dashboard.matrix.help')}>
      {!data ? (
        <FigurePending error={error} height={360} />
      ) : (
        <ChartFigure
          summary={[
            translate('app.dashboard.matrix.summary', { count: formatNumber(data.placed, locale), recommendations: counts.join(', '), without: formatNumber(data.withoutData, locale) }),
            data.points.length < data.placed ? translate('app.dashboard.matrix.largest', { shown: formatNumber(data.points.length, locale), count: formatNumber(data.placed, locale) }) : '',
          ]
            .filter(Boolean)
            .join(' ')}
          table={() => ({
            columns: [
              translate('resources.pilots.fields.name'),
              translate('resources.pilots.fields.stage'),
              translate('app.dashboard.matrix.x_axis'),
              translate('app.dashboard.matrix.y_axis'),
              translate('resources.pilots.fields.targetUsers'),
              translate('app.dashboard.matrix.quadrant_column'),
              translate('resources.scorecards.fields.recommendation'),
            ],
            rows: data.points.map((p) => ({
              key: p.pilotId,
              cells: [
                <Link key="name" to={pilotLink(p.pilotId)}>
                  {p.name}
                </Link>,
                translate(`app.choices.stage.${p.stage}`),
                formatShare(p.adoption, locale),
                formatShare(p.attainment, locale),
                formatNumber(p.targetUsers, locale),
                translate(`app.dashboard.matrix.quadrant.${p.quadrant}`),
                translate(`app.choices.recommendation.${p.recommendation}`),
              ],
            })),
          })}
        >
          <LazyMatrixChart points={data.points} height={360} onSelect={(p) => navigate(pilotLink(p.pilotId))} />
        </ChartFigure>
      )}
    </WidgetCard>
  );
};
