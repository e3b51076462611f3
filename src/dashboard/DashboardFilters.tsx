import FilterListIcon from '@mui/icons-material/FilterList';
import { Box, Button, Collapse, MenuItem, TextField, useMediaQuery, type Theme } from '@mui/material';
import { useId, useState, type ChangeEvent } from 'react';
import { useLocale, useTranslate } from 'react-admin';
import { useDashboardQuery } from '@/components/useDashboardQuery';
import { FORECAST_SHARES, useForecastShare } from '@/components/useForecastShare';
import { formatShare } from '@/domain/format';
import { PILOT_CATEGORIES, type DashboardFilter } from '@/domain/types';
import { useDashboardFilter } from './useDashboardFilter';

/**
 * Period, category, region and department: they narrow every figure of the dashboard. A period
 * that ends before it starts is said at once and not sent (the API would refuse it too). On a
 * phone they fold behind a "Filters" button that says how many are on, so the figures come first.
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
  const isPhone = useMediaQuery<Theme>((theme) => theme.breakpoints.down('sm'));
  const [unfolded, setUnfolded] = useState(false);
  const fieldsId = useId();
  const active = Object.values(filter).filter(Boolean).length;
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
  const fields = (
    <Box id={fieldsId} sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, alignItems: 'center', mb: 2, mt: isPhone ? 1 : 0 }}>
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
  return (
    <Box component="section" aria-label={translate('app.dashboard.filter.title')}>
      {isPhone ? (
        <>
          <Button startIcon={<FilterListIcon />} aria-expanded={unfolded} aria-controls={fieldsId} onClick={() => setUnfolded(!unfolded)} sx={{ mb: 1 }}>
            {active ? translate('app.filters_toggle_count', { smart_count: active }) : translate('app.filters_toggle')}
          </Button>
          <Collapse in={unfolded}>{fields}</Collapse>
        </>
      ) : (
        fields
      )}
    </Box>
  );
};
