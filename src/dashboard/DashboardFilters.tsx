import { Box, Button, MenuItem, TextField } from '@mui/material';
import { useState, type ChangeEvent } from 'react';
import { useLocale, useTranslate } from 'react-admin';
import { useDashboardQuery } from '@/components/useDashboardQuery';
import { FORECAST_SHARES, useForecastShare } from '@/components/useForecastShare';
import { formatShare } from '@/domain/format';
import { PILOT_CATEGORIES, type DashboardFilter } from '@/domain/types';
import { useDashboardFilter } from './useDashboardFilter';

/**
 * Period, category, region and department: they narrow every figure of the dashboard. A period
 * that ends before it starts is said at once and not sent (the API would refuse it too).
 */
export const DashboardFilters = () => {
  const translate = useTranslate();
  const locale = useLocale();
  const [filter, setFilter] = useDashboardFilter();
  const [share, setShare] = useForecastShare();
  const { data: facets } = useDashboardQuery(['facets'], (dp) => dp.getDashboardFacets());
  const [period, setPeriod] = useState({ from: filter.from ?? '', to: filter.to ?? '' });
  const periodBackwards = !!period.from && !!period.to && period.from > period.to;
  const setMonth = (key: 'from' | 'to') => (event: ChangeEvent<HTMLInputElement>) => {
    const next = { ...period, [key]: event.target.value };
    setPeriod(next);
    if (!(next.from && next.to && next.from > next.to)) setFilter({ ...filter, from: next.from || undefined, to: next.to || undefined });
  };
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
      <TextField type="month" size="small" label={translate('app.dashboard.filter.from')} value={period.from} onChange={setMonth('from')} sx={{ width: 160 }} slotProps={{ inputLabel: { shrink: true } }} />
      <TextField
        type="month"
        size="small"
        label={translate('app.dashboard.filter.to')}
        value={period.to}
        onChange={setMonth('to')}
        error={periodBackwards}
        helperText={periodBackwards ? translate('app.validation.end_before_start') : undefined}
        sx={{ width: 160 }}
        slotProps={{ inputLabel: { shrink: true } }}
      />
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
      <Button
        onClick={() => {
          setPeriod({ from: '', to: '' });
          setFilter({});
        }}
        disabled={!Object.values(filter).some(Boolean) && !period.from && !period.to}
      >
        {translate('app.dashboard.filter.reset')}
      </Button>
    </Box>
  );
};
