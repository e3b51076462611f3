import DownloadIcon from '@mui/icons-material/Download';
import { Box, Button, Card, CardContent, Link, MenuItem, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, TextField, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { LocalesMenuButton, useDataProvider, useLocale, useTranslate } from 'react-admin';
import { FigurePending } from '@/components/FigurePending';
import { formatDate, formatShare } from '@/domain/format';
import { PILOT_CATEGORIES } from '@/domain/types';
import type { PilotTrackerDataProvider } from '@/providers/dataProvider';
import { matchesFilter, openPilotRows, type OpenDataFilter } from './openDataRows';

const FILES = ['datapackage.json', 'pilots.csv', 'kpi-series.csv', 'decisions.csv', 'satisfaction.csv'];
const COLUMNS = ['name', 'category', 'region', 'period', 'stage', 'adoption', 'recommendation', 'decision'] as const;

/**
 * The public page of the open data (no sign-in): the published pilots, their adoption and
 * outcomes, filtered by region, category and period, and the files to download.
 */
export const OpenDataPage = () => {
  const translate = useTranslate();
  const locale = useLocale();
  const dataProvider = useDataProvider<PilotTrackerDataProvider>();
  const [filter, setFilter] = useState<OpenDataFilter>({});
  const { data, error } = useQuery({ queryKey: ['open-data'], queryFn: () => dataProvider.getOpenData() });
  const rows = data ? openPilotRows(data) : [];
  const shown = rows.filter((row) => matchesFilter(row, filter));
  const regions = [...new Set(rows.map((r) => r.region))].sort();
  const set = (key: keyof OpenDataFilter) => (value: string) => setFilter({ ...filter, [key]: value || undefined });
  const select = (key: 'region' | 'category', values: readonly string[], label: (v: string) => string) => (
    <TextField select size="small" label={translate(`app.open_data.${key}`)} value={filter[key] ?? ''} onChange={(e) => set(key)(e.target.value)} fullWidth={false} sx={{ width: 220 }}>
      <MenuItem value="">{translate('app.open_data.all')}</MenuItem>
      {values.map((v) => (
        <MenuItem key={v} value={v}>
          {label(v)}
        </MenuItem>
      ))}
    </TextField>
  );
  return (
    <Box component="main" sx={{ maxWidth: 1200, mx: 'auto', p: { xs: 1, sm: 3 } }}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
        <Typography variant="h4" component="h1" sx={{ flex: 1 }}>
          {translate('app.open_data.title')}
        </Typography>
        <LocalesMenuButton />
      </Box>
      <Typography sx={{ my: 1 }}>{translate('app.open_data.intro')}</Typography>
      <Card variant="outlined" component="section" aria-labelledby="open-data-files" sx={{ mb: 2 }}>
        <CardContent>
          <Typography id="open-data-files" variant="h6" component="h2">
            {translate('app.open_data.files')}
          </Typography>
          <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, mt: 1 }}>
            {FILES.map((file) => (
              <Button key={file} variant="outlined" size="small" startIcon={<DownloadIcon />} href={`/open-data/${file}`} sx={{ textTransform: 'none' }}>
                {file}
              </Button>
            ))}
          </Box>
        </CardContent>
      </Card>
      <Box component="form" role="search" aria-label={translate('app.open_data.filters')} sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, mb: 2 }}>
        {select('region', regions, (v) => v)}
        {select('category', PILOT_CATEGORIES, (v) => translate(`app.choices.category.${v}`))}
        <TextField type="month" size="small" label={translate('app.open_data.from')} value={filter.from ?? ''} onChange={(e) => set('from')(e.target.value)} fullWidth={false} sx={{ width: 200 }} slotProps={{ inputLabel: { shrink: true } }} />
        <TextField type="month" size="small" label={translate('app.open_data.to')} value={filter.to ?? ''} onChange={(e) => set('to')(e.target.value)} fullWidth={false} sx={{ width: 200 }} slotProps={{ inputLabel: { shrink: true } }} />
      </Box>
      {!data ? (
        <FigurePending error={error} height={300} />
      ) : (
        <TableContainer>
          <Table size="small" aria-label={translate('app.open_data.table', { smart_count: shown.length })}>
            <caption>{translate('app.open_data.table', { smart_count: shown.length })}</caption>
            <TableHead>
              <TableRow>
                {COLUMNS.map((c) => (
                  <TableCell key={c}>{translate(`app.open_data.column.${c}`)}</TableCell>
                ))}
              </TableRow>
            </TableHead>
            <TableBody>
              {shown.map((row) => (
                <TableRow key={row.id}>
                  <TableCell component="th" scope="row">{row.name}</TableCell>
                  <TableCell>{translate(`app.choices.category.${row.category}`)}</TableCell>
                  <TableCell>{row.region}</TableCell>
                  <TableCell>{`${formatDate(row.startDate, locale)} – ${formatDate(row.endDate, locale)}`}</TableCell>
                  <TableCell>{translate(`app.choices.stage.${row.stage}`)}</TableCell>
                  <TableCell>{formatShare(row.adoption, locale)}</TableCell>
                  <TableCell>{translate(`app.choices.recommendation.${row.recommendation}`)}</TableCell>
                  <TableCell>{row.decision ? `${translate(`app.choices.decision.${row.decision.outcome}`)} (${formatDate(row.decision.date, locale)})` : '–'}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      )}
      <Typography variant="caption" color="text.secondary" component="p" sx={{ mt: 2 }}>
        {translate('app.open_data.licence')} <Link href="/">{translate('app.open_data.sign_in')}</Link> · <Link href="/api-reference">{translate('app.api_reference.link')}</Link>
      </Typography>
    </Box>
  );
};
