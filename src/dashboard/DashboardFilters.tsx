import { Box, Button, MenuItem, TextField } from '@mui/material';
import { useLocale, useTranslate } from 'react-admin';
import { useDashboardQuery } from '@/components/useDashboardQuery';
import { FORECAST_SHARES, useForecastShare } from '@/components/useForecastShare';
import { formatShare } from '@/domain/format';
import { PILOT_CATEGORIES, type DashboardFilter } from '@/domain/types';
import { useDashboardFilter } from './useDashboardFilter';

/** Period, category, region and department: they narrow every figure of the dashboard. */
export const DashboardFilters = () => {
  const translate = useTranslate();
  const locale = useLocale();
  const [filter, setFilter] = useDashboardFilter();
  const [share, setShare] = useForecastShare();
  const { data: facets } = useDashboardQuery(['facets'], (dp) => dp.getDashboardFacets());
  const set = (key: keyof DashboardFilter) => (event: { target: { value: string } }) => setFilter({ ...filter, [key]: event.target.value || undefined });
  const select = (key: 'category' | 'region' | 'department', values: readonly string[], labelOf = (v: string) => v) => (
    <TextField select size="small" label={translate(`app.dashboard.filter.${key}`)} value={filter[key] ?? ''} onChange={set(key)} sx={{ width: 180 }}>
      <MenuItem value="">{translate('app.dashboard.filter.all')}</MenuItem>
      {values.map((v) => (
        <MenuItem key={v} value={v}>
          {labelOf(v)}
        </MenuItem>
      ))}
    </TextField>
  );
  return (
    <Box component="section" aria-label={translate('app.dashboard.filter.title')} sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, alignItems: 'center', mb: 2 }}>
      <TextField type="month" size="small" label={translate('app.dashboard.filter.from')} value={filter.from ?? ''} onChange={set('from')} sx={{ width: 160 }} slotProps={{ inputLabel: { shrink: true } }} />
      <TextField type="month" size="small" label={translate('app.dashboard.filter.to')} value={filter.to ?? ''} onChange={set('to')} sx={{ width: 160 }} slotProps={{ inputLabel: { shrink: true } }} />
      {select('category', PILOT_CATEGORIES, (c) => translate(`app.choices.category.${c}`))}
      {select('region', facets?.regions ?? [])}
      {select('department', facets?.departments ?? [])}
      <TextField select size="small" label={translate('app.dashboard.filter.share')} value={share} onChange={(event) => setShare(Number(event.target.value))} sx={{ width: 160 }}>
        {FORECAST_SHARES.map((s) => (
          <MenuItem key={s} value={s}>
            {formatShare(s, locale)}
          </MenuItem>
        ))}
      </TextField>
      <Button onClick={() => setFilter({})} disabled={!Object.values(filter).some(Boolean)}>
        {translate('app.dashboard.filter.reset')}
      </Button>
    </Box>
  );
};
