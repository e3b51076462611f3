/**
 * A KPI's measurements as a line, against its baseline and target. Loaded lazily (see
 * `LazyChart.tsx`), so that pages without charts do not carry Recharts.
 */
import { Box, Typography } from '@mui/material';
import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useLocale, useTranslate } from 'react-admin';
import { formatDate, formatWithUnit } from '@/domain/format';
import type { Kpi, Measurement } from '@/domain/types';
import { CHART_COLOURS } from '../chartColours';
import { useChartPalette } from './useChartPalette';

export interface KpiChartProps {
  kpi: Kpi;
  measurements: readonly Measurement[];
}

export default function KpiChart({ kpi, measurements }: KpiChartProps) {
  const locale = useLocale();
  const translate = useTranslate();
  const palette = useChartPalette();
  const data = [...measurements].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id - b.id));
  const latest = data.at(-1);
  const summary = latest
    ? translate('app.kpi.chart_summary', {
        name: kpi.name,
        count: data.length,
        latest: formatWithUnit(latest.value, kpi.unit, locale),
        date: formatDate(latest.date, locale),
        baseline: formatWithUnit(kpi.baseline, kpi.unit, locale),
        target: formatWithUnit(kpi.target, kpi.unit, locale),
      })
    : translate('app.kpi.no_measurement');
  return (
    <Box component="figure" sx={{ m: 0 }}>
      {data.length > 0 && (
        <Box sx={{ width: '100%', height: 220 }} aria-hidden="true">
          <ResponsiveContainer>
            <LineChart accessibilityLayer={false} data={data} margin={{ top: 8, right: 16, bottom: 8, left: 8 }}>
              <CartesianGrid strokeDasharray="3 3" stroke={palette.grid} />
              <XAxis dataKey="date" tickFormatter={(d: string) => formatDate(d, locale)} minTickGap={24} fontSize={12} stroke={palette.text} />
              <YAxis fontSize={12} width={56} stroke={palette.text} label={{ value: kpi.unit, angle: -90, position: 'insideLeft', fontSize: 12, fill: palette.text }} />
              <Tooltip
                contentStyle={palette.tooltip}
                labelFormatter={(d) => formatDate(String(d), locale)}
                formatter={(value) => [formatWithUnit(Number(value), kpi.unit, locale), kpi.name]}
              />
              <Legend formatter={(value: string) => <span style={{ color: palette.legendText }}>{value}</span>} />
              <ReferenceLine y={kpi.baseline} ifOverflow="extendDomain" stroke={CHART_COLOURS.baseline} strokeDasharray="4 4" label={{ value: translate('resources.kpis.fields.baseline'), fontSize: 11, position: 'insideBottomLeft', fill: palette.text }} />
              <ReferenceLine y={kpi.target} ifOverflow="extendDomain" stroke={CHART_COLOURS.target} strokeDasharray="6 3" label={{ value: translate('resources.kpis.fields.target'), fontSize: 11, position: 'insideTopLeft', fill: palette.text }} />
              <Line type="monotone" dataKey="value" name={kpi.name} stroke={CHART_COLOURS.series[0]} strokeWidth={2} dot={{ r: 2 }} isAnimationActive={false} />
            </LineChart>
          </ResponsiveContainer>
        </Box>
      )}
      <Typography component="figcaption" variant="caption" color="text.secondary">
        {summary}
      </Typography>
    </Box>
  );
}
