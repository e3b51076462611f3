import { Box, ToggleButton, ToggleButtonGroup, Typography } from '@mui/material';
import { Link, useNavigate } from 'react-router-dom';
import { useLocale, useStore, useTranslate } from 'react-admin';
import { ChartFigure } from '@/components/ChartFigure';
import { FigurePending } from '@/components/FigurePending';
import { LazyAdoptionChart } from '@/components/charts/LazyChart';
import { PilotPicker } from '@/components/PilotPicker';
import { useDashboardQuery } from '@/components/useDashboardQuery';
import { useForecastShare } from '@/components/useForecastShare';
import { useForecastText } from '@/components/useForecastText';
import { formatMonth, formatNumber, formatShare } from '@/domain/format';
import type { AdoptionGrouping, AdoptionSeries } from '@/domain/types';
import { pilotLink, pilotsLink } from './links';
import { useChosenPilots, useDashboardFilter } from './useDashboardFilter';
import { WidgetCard } from './WidgetCard';

/** Adoption rate month by month: the chosen pilots (by default the most ready of those under way), or the mean by category or region. */
export const AdoptionOverTime = () => {
  const translate = useTranslate();
  const locale = useLocale();
  const navigate = useNavigate();
  const forecastText = useForecastText();
  const [filter] = useDashboardFilter();
  const [groupBy, setGroupBy] = useStore<AdoptionGrouping>('dashboard.adoption.groupBy', 'pilot');
  const [chosen, setChosen] = useChosenPilots('adoption');
  const [share] = useForecastShare();
  const ids = chosen.length ? chosen : undefined;
  const { data, error } = useDashboardQuery(['adoption', filter, groupBy, ids, share], (dp) => dp.getAdoptionOverTime(filter, { groupBy, ids, share }));

  const labelOf = (s: AdoptionSeries) => (groupBy === 'category' ? translate(`app.choices.category.${s.label}`) : s.label);
  const series = (data?.series ?? []).map((s) => ({ ...s, label: labelOf(s) }));
  const linkOf = (s: AdoptionSeries) => (groupBy === 'pilot' ? pilotLink(s.pilotIds[0], 'kpis') : pilotsLink(filter, { [groupBy]: s.key.slice(groupBy.length + 1) }));
  const latest = (s: AdoptionSeries) => s.points.at(-1);
  const summary = data ? translate(`app.dashboard.adoption.summary_${groupBy}`, { shown: series.length, total: formatNumber(data.total, locale), smart_count: series.length }) : '';

  return (
    <WidgetCard
      id="adoption"
      title={translate('app.dashboard.adoption.title')}
      actions={
        <ToggleButtonGroup
          size="small"
          exclusive
          value={groupBy}
          onChange={(_e, value: AdoptionGrouping | null) => value && setGroupBy(value)}
          aria-label={translate('app.dashboard.adoption.group_by')}
        >
          {(['pilot', 'category', 'region'] as const).map((g) => (
            <ToggleButton key={g} value={g}>
              {translate(`app.dashboard.adoption.by_${g}`)}
            </ToggleButton>
          ))}
        </ToggleButtonGroup>
      }
    >
      <PilotPicker value={chosen} onChange={setChosen} max={8} label={translate('app.dashboard.adoption.choose')} />
      <Box sx={{ mt: 2 }}>
        {!data ? (
          <FigurePending error={error} height={320} />
        ) : series.length === 0 ? (
          <Typography color="text.secondary">{translate('app.dashboard.adoption.empty')}</Typography>
        ) : (
          <ChartFigure
            summary={summary}
            table={{
              columns: [translate(`app.dashboard.adoption.by_${groupBy}`), translate('app.dashboard.adoption.latest'), translate('app.dashboard.adoption.forecast', { share: formatShare(share, locale) })],
              rows: series.map((s) => ({
                key: s.key,
                cells: [
                  <Link key="name" to={linkOf(s)}>
                    {s.label}
                  </Link>,
                  latest(s) ? `${formatShare(latest(s)?.value, locale)} (${formatMonth(latest(s)?.month ?? '', locale)})` : '–',
                  s.forecast ? forecastText(s.forecast, share) : translate('app.dashboard.adoption.pilots_in_group', { smart_count: s.pilotIds.length }),
                ],
              })),
            }}
          >
            <LazyAdoptionChart series={series} share={share} height={320} onSelect={(s) => navigate(linkOf(s))} />
          </ChartFigure>
        )}
      </Box>
    </WidgetCard>
  );
};
