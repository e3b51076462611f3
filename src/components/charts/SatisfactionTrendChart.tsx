/** Satisfaction of each stakeholder group, quarter by quarter, with the 0.6 "satisfied" gate marked. */
import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useLocale, useTranslate } from 'react-admin';
import { GATE_THRESHOLDS } from '@/domain/gateThresholds';
import { formatShare } from '@/domain/format';
import { STAKEHOLDERS, type TrainingAndFeedback } from '@/domain/types';
import { CHART_COLOURS } from '../chartColours';
import { useQuarterName } from '../useQuarterName';
import { useChartPalette } from './useChartPalette';

export interface SatisfactionTrendChartProps {
  trend: TrainingAndFeedback['trend'];
  height: number;
}

export default function SatisfactionTrendChart({ trend, height }: SatisfactionTrendChartProps) {
  const locale = useLocale();
  const translate = useTranslate();
  const palette = useChartPalette();
  const quarterName = useQuarterName();
  const rows = new Map<string, Record<string, number | string>>();
  for (const t of trend) {
    const row = rows.get(t.quarter) ?? rows.set(t.quarter, { quarter: t.quarter }).get(t.quarter)!;
    row[t.stakeholder] = t.satisfaction;
  }
  const present = STAKEHOLDERS.filter((s) => trend.some((t) => t.stakeholder === s));
  return (
    <ResponsiveContainer width="100%" height={height}>
      <LineChart accessibilityLayer={false} data={[...rows.values()]} margin={{ top: 8, right: 24, bottom: 24, left: 8 }}>
        <CartesianGrid strokeDasharray="3 3" stroke={palette.grid} />
        <XAxis dataKey="quarter" tickFormatter={quarterName} fontSize={12} stroke={palette.text} label={{ value: translate('app.dashboard.training.quarter_axis'), position: 'insideBottom', offset: -16, fontSize: 12, fill: palette.text }} />
        <YAxis domain={[0, 1]} tickFormatter={(v: number) => formatShare(v, locale)} fontSize={12} width={52} stroke={palette.text} label={{ value: translate('app.dashboard.training.satisfaction_axis'), angle: -90, position: 'insideLeft', fontSize: 12, fill: palette.text, style: { textAnchor: 'middle' } }} />
        <Tooltip contentStyle={palette.tooltip} labelFormatter={(quarter) => quarterName(String(quarter))} formatter={(value, name) => [formatShare(Number(value), locale), name]} />
        <Legend verticalAlign="top" formatter={(value: string) => <span style={{ color: palette.legendText }}>{value}</span>} wrapperStyle={{ fontSize: 12 }} />
        <ReferenceLine y={GATE_THRESHOLDS.satisfied.satisfaction} stroke={CHART_COLOURS.target} strokeDasharray="6 3" label={{ value: translate('app.outlook.gate.satisfied'), fontSize: 11, position: 'insideTopLeft', fill: palette.text }} />
        {present.map((stakeholder, i) => (
          <Line key={stakeholder} type="monotone" dataKey={stakeholder} name={translate(`app.choices.stakeholder.${stakeholder}`)} stroke={palette.series[i % palette.series.length]} strokeWidth={2} dot={{ r: 3 }} connectNulls isAnimationActive={false} />
        ))}
      </LineChart>
    </ResponsiveContainer>
  );
}
