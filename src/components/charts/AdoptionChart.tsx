/** Adoption rate by month, one line per pilot or group, its forecast dashed, the 80% and 30% shares marked. */
import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useLocale, useTranslate } from 'react-admin';
import { formatMonth, formatShare, formatShortMonth } from '@/domain/format';
import { GATE_THRESHOLDS } from '@/domain/gateThresholds';
import type { AdoptionSeries } from '@/domain/types';
import { CHART_COLOURS } from '../chartColours';
import { useChartPalette } from './useChartPalette';

export interface AdoptionChartProps {
  series: readonly AdoptionSeries[];
  /** The share of target users marked as the target (80% by default). */
  share: number;
  height: number;
  /** Opens what a line stands for (its pilot). */
  onSelect?: (series: AdoptionSeries) => void;
}

const FORECAST = ':forecast';

/** One row a month, a column per line (and per forecast). */
function rowsOf(series: readonly AdoptionSeries[]) {
  const rows = new Map<string, Record<string, number | string>>();
  const row = (month: string) => rows.get(month) ?? rows.set(month, { month }).get(month)!;
  for (const s of series) {
    for (const p of s.points) row(p.month)[s.key] = p.value;
    for (const p of s.projection ?? []) row(p.month)[s.key + FORECAST] = p.value;
  }
  return [...rows.values()].sort((a, b) => (a.month < b.month ? -1 : 1));
}

export default function AdoptionChart({ series, share, height, onSelect }: AdoptionChartProps) {
  const locale = useLocale();
  const translate = useTranslate();
  const palette = useChartPalette();
  const colourOf = (index: number) => palette.series[index % palette.series.length];
  const byKey = new Map(series.map((s) => [s.key, s]));
  return (
    <ResponsiveContainer width="100%" height={height}>
      <LineChart accessibilityLayer={false} data={rowsOf(series)} margin={{ top: 8, right: 24, bottom: 24, left: 8 }}>
        <CartesianGrid strokeDasharray="3 3" stroke={palette.grid} />
        <XAxis dataKey="month" tickFormatter={(month: string) => formatShortMonth(month, locale, true)} minTickGap={24} fontSize={12} stroke={palette.text} label={{ value: translate('app.dashboard.adoption.x_axis'), position: 'insideBottom', offset: -16, fontSize: 12, fill: palette.text }} />
        <YAxis domain={[0, 1]} tickFormatter={(v: number) => formatShare(v, locale)} fontSize={12} width={52} stroke={palette.text} label={{ value: translate('app.dashboard.adoption.y_axis'), angle: -90, position: 'insideLeft', fontSize: 12, fill: palette.text, style: { textAnchor: 'middle' } }} />
        <Tooltip
          contentStyle={palette.tooltip}
          labelFormatter={(month) => formatMonth(String(month), locale)}
          formatter={(value, name) => [formatShare(Number(value), locale), name]}
        />
        <Legend
          verticalAlign="top"
          formatter={(value: string) => <span style={{ color: palette.legendText }}>{value}</span>}
          wrapperStyle={{ fontSize: 12, cursor: onSelect ? 'pointer' : undefined }}
          onClick={(entry) => {
            const key = String((entry as { dataKey?: unknown }).dataKey ?? '');
            const s = byKey.get(key);
            if (s && onSelect) onSelect(s);
          }}
        />
        <ReferenceLine y={share} stroke={CHART_COLOURS.target} strokeDasharray="6 3" label={{ value: translate('app.dashboard.adoption.target_line', { share: formatShare(share, locale) }), fontSize: 11, position: 'insideTopLeft', fill: palette.text }} />
        <ReferenceLine y={GATE_THRESHOLDS.transferReady.adoption} stroke={CHART_COLOURS.baseline} strokeDasharray="2 4" label={{ value: translate('app.dashboard.adoption.transfer_line'), fontSize: 11, position: 'insideTopLeft', fill: palette.text }} />
        {series.map((s, i) => (
          <Line key={s.key} type="monotone" dataKey={s.key} name={s.label} stroke={colourOf(i)} strokeWidth={2} dot={{ r: 2 }} connectNulls isAnimationActive={false} />
        ))}
        {series.map((s, i) =>
          s.projection?.length ? (
            <Line
              key={s.key + FORECAST}
              type="monotone"
              dataKey={s.key + FORECAST}
              name={translate('app.dashboard.adoption.forecast_of', { name: s.label })}
              stroke={colourOf(i)}
              strokeDasharray="5 5"
              strokeWidth={1.5}
              dot={false}
              legendType="none"
              connectNulls
              isAnimationActive={false}
            />
          ) : null,
        )}
      </LineChart>
    </ResponsiveContainer>
  );
}
