/**
 * A KPI's measurements against its baseline and target, on a time axis (dates spaced as they
 * are) with straight segments between measurements: nothing drawn outside what was measured.
 * When comparison sites measure the KPI too, a second line shows them, and the pilot's start is
 * marked, so that the reader sees whether the pilot's sites moved more than the others.
 * Loaded lazily (see `LazyChart.tsx`), so that pages without charts do not carry Recharts.
 */
import { Box, Typography } from '@mui/material';
import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useLocale, useTranslate } from 'react-admin';
import { formatDate } from '@/domain/format';
import type { Kpi, Measurement } from '@/domain/types';
import { CHART_COLOURS } from '../chartColours';
import { useUnit } from '../useUnit';
import { useChartPalette } from './useChartPalette';

export interface KpiChartProps {
  kpi: Kpi;
  /** At the pilot's sites and at comparison sites. */
  measurements: readonly Measurement[];
  /** The pilot's start, marked when comparison sites are measured. */
  startDate?: string;
}

/** A `YYYY-MM-DD` date as a time in ms (UTC midnight), for the time axis. */
const timeOf = (date: string) => Date.parse(`${date}T00:00:00Z`);
const dateOf = (time: number) => new Date(time).toISOString().slice(0, 10);

/** One row per date, with the value at each group measured that day. */
function rowsByDate(measurements: readonly Measurement[]) {
  const rows = new Map<string, { time: number; pilot?: number; comparison?: number }>();
  for (const m of [...measurements].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id - b.id))) {
    const row = rows.get(m.date) ?? { time: timeOf(m.date) };
    row[m.group] = m.value;
    rows.set(m.date, row);
  }
  return [...rows.values()];
}

export default function KpiChart({ kpi, measurements: all, startDate }: KpiChartProps) {
  const locale = useLocale();
  const translate = useTranslate();
  const palette = useChartPalette();
  const unit = useUnit();
  const measurements = all.filter((m) => m.group !== 'comparison');
  const comparison = all.filter((m) => m.group === 'comparison');
  const sorted = [...measurements].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id - b.id));
  const data = rowsByDate(all);
  const latest = sorted.at(-1);
  const compared = comparison.length > 0;
  const latestCompared = [...comparison].sort((a, b) => (a.date < b.date ? -1 : 1)).at(-1);
  const pilotLabel = compared ? `${kpi.name} (${translate('app.choices.group.pilot')})` : kpi.name;
  const comparisonLabel = `${kpi.name} (${translate('app.choices.group.comparison')})`;
  const comparisonSummary =
    latestCompared && startDate
      ? ' ' +
        translate('app.kpi.chart_comparison', {
          count: comparison.length,
          latest: unit.format(latestCompared.value, kpi.unit),
          date: formatDate(latestCompared.date, locale),
          start: formatDate(startDate, locale),
        })
      : '';
  const summary = latest
    ? translate('app.kpi.chart_summary', {
        name: kpi.name,
        count: sorted.length,
        latest: unit.format(latest.value, kpi.unit),
        date: formatDate(latest.date, locale),
        baseline: unit.format(kpi.baseline, kpi.unit),
        target: unit.format(kpi.target, kpi.unit),
      })
    : translate('app.kpi.no_measurement');
  const caption = summary + comparisonSummary;
  return (
    <Box component="figure" sx={{ m: 0 }}>
      {data.length > 0 && (
        <Box sx={{ width: '100%', height: 220 }} aria-hidden="true">
          <ResponsiveContainer>
            <LineChart accessibilityLayer={false} data={data} margin={{ top: 8, right: 16, bottom: 8, left: 8 }}>
              <CartesianGrid strokeDasharray="3 3" stroke={palette.grid} />
              <XAxis
                dataKey="time"
                type="number"
                scale="time"
                domain={['dataMin', 'dataMax']}
                tickFormatter={(t: number) => formatDate(dateOf(t), locale)}
                minTickGap={24}
                fontSize={12}
                stroke={palette.text}
              />
              <YAxis fontSize={12} width={56} stroke={palette.text} label={{ value: unit.label(kpi.unit), angle: -90, position: 'insideLeft', fontSize: 12, fill: palette.text }} />
              <Tooltip
                contentStyle={palette.tooltip}
                labelFormatter={(t) => formatDate(dateOf(Number(t)), locale)}
                formatter={(value, name) => [unit.format(Number(value), kpi.unit), name]}
              />
              <Legend itemSorter={(item) => (item.dataKey === 'pilot' ? 0 : 1)} formatter={(value: string) => <span style={{ color: palette.legendText }}>{value}</span>} />
              <ReferenceLine y={kpi.baseline} ifOverflow="extendDomain" stroke={CHART_COLOURS.baseline} strokeDasharray="4 4" label={{ value: translate('resources.kpis.fields.baseline'), fontSize: 11, position: 'insideBottomLeft', fill: palette.text }} />
              <ReferenceLine y={kpi.target} ifOverflow="extendDomain" stroke={CHART_COLOURS.target} strokeDasharray="6 3" label={{ value: translate('resources.kpis.fields.target'), fontSize: 11, position: 'insideTopLeft', fill: palette.text }} />
              {compared && startDate && (
                <ReferenceLine x={timeOf(startDate)} ifOverflow="extendDomain" stroke={palette.text} strokeDasharray="2 2" label={{ value: translate('app.kpi.pilot_start'), fontSize: 11, position: 'insideTopRight', fill: palette.text }} />
              )}
              <Line type="linear" dataKey="pilot" name={pilotLabel} stroke={CHART_COLOURS.series[0]} strokeWidth={2} dot={{ r: 2 }} connectNulls isAnimationActive={false} />
              {compared && (
                <Line type="linear" dataKey="comparison" name={comparisonLabel} stroke={CHART_COLOURS.series[1]} strokeWidth={2} strokeDasharray="5 3" dot={{ r: 2 }} connectNulls isAnimationActive={false} />
              )}
            </LineChart>
          </ResponsiveContainer>
        </Box>
      )}
      <Typography component="figcaption" variant="caption" color="text.secondary">
        {caption}
      </Typography>
    </Box>
  );
}
