/** Training coverage of the pilots under way, least covered first, with the 50% "trained" gate marked. */
import { Bar, BarChart, CartesianGrid, Legend, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useLocale, useTranslate } from 'react-admin';
import { GATE_THRESHOLDS } from '@/domain/gateThresholds';
import { formatShare } from '@/domain/format';
import type { TrainingAndFeedback } from '@/domain/types';
import { CHART_COLOURS } from '../chartColours';
import { useChartPalette } from './useChartPalette';

type CoverageRow = TrainingAndFeedback['coverage']['pilots'][number];

export interface CoverageChartProps {
  pilots: readonly CoverageRow[];
  height: number;
  onSelect?: (row: CoverageRow) => void;
}

export default function CoverageChart({ pilots, height, onSelect }: CoverageChartProps) {
  const locale = useLocale();
  const translate = useTranslate();
  const palette = useChartPalette();
  const data = pilots.map((p) => ({ ...p, share: p.coverage ?? 0 }));
  return (
    <ResponsiveContainer width="100%" height={height}>
      <BarChart accessibilityLayer={false} data={data} layout="vertical" margin={{ top: 8, right: 24, bottom: 24, left: 8 }}>
        <CartesianGrid strokeDasharray="3 3" stroke={palette.grid} />
        <XAxis type="number" domain={[0, 1]} tickFormatter={(v: number) => formatShare(v, locale)} fontSize={12} stroke={palette.text} label={{ value: translate('app.dashboard.training.coverage_axis'), position: 'insideBottom', offset: -16, fontSize: 12, fill: palette.text }} />
        <YAxis type="category" dataKey="name" width={170} fontSize={11} stroke={palette.text} tickFormatter={(name: string) => (name.length > 26 ? `${name.slice(0, 25)}…` : name)} />
        <Tooltip contentStyle={palette.tooltip} formatter={(value) => [formatShare(Number(value), locale), translate('app.dashboard.training.coverage')]} />
        <Legend verticalAlign="top" formatter={(value: string) => <span style={{ color: palette.legendText }}>{value}</span>} wrapperStyle={{ fontSize: 12 }} />
        <ReferenceLine x={GATE_THRESHOLDS.trained.coverage} stroke={CHART_COLOURS.target} strokeDasharray="6 3" label={{ value: translate('app.outlook.gate.trained'), fontSize: 11, position: 'top', fill: palette.text }} />
        <Bar
          dataKey="share"
          name={translate('app.dashboard.training.coverage')}
          fill={palette.series[0]}
          isAnimationActive={false}
          cursor={onSelect ? 'pointer' : undefined}
          onClick={(entry) => {
            const row = (entry as { payload?: CoverageRow }).payload;
            if (row && onSelect) onSelect(row);
          }}
        />
      </BarChart>
    </ResponsiveContainer>
  );
}
