/**
 * Cumulative net benefit of generalizing, month by month, in the low, central and high cases: the
 * rollout cost first (below zero), then the savings; where a line crosses zero, it has paid back.
 * Loaded lazily (see `LazyChart.tsx`).
 */
import { Box } from '@mui/material';
import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useLocale, useTranslate } from 'react-admin';
import { formatAmount, formatNumber } from '@/domain/format';
import { CASES, type Cases, type SimulationCase } from '@/domain/simulation';
import { CHART_COLOURS } from '../chartColours';
import { useChartPalette } from './useChartPalette';

export interface SimulationChartProps {
  cases: Cases<SimulationCase>;
  unit: string;
}

const DASHES = { low: '4 3', central: undefined, high: '1 3' } as const;

export default function SimulationChart({ cases, unit }: SimulationChartProps) {
  const locale = useLocale();
  const translate = useTranslate();
  const palette = useChartPalette();
  const data = cases.central.cumulativeNetBenefit.map((_, month) => ({
    month,
    low: cases.low.cumulativeNetBenefit[month],
    central: cases.central.cumulativeNetBenefit[month],
    high: cases.high.cumulativeNetBenefit[month],
  }));
  return (
    <Box sx={{ width: '100%', height: 260 }} aria-hidden="true">
      <ResponsiveContainer>
        <LineChart accessibilityLayer={false} data={data} margin={{ top: 8, right: 16, bottom: 16, left: 16 }}>
          <CartesianGrid strokeDasharray="3 3" stroke={palette.grid} />
          <XAxis dataKey="month" type="number" domain={[0, 'dataMax']} fontSize={12} stroke={palette.text} label={{ value: translate('app.simulation.month_axis'), position: 'insideBottom', offset: -8, fontSize: 12, fill: palette.text }} />
          <YAxis fontSize={12} width={72} stroke={palette.text} tickFormatter={(v: number) => formatNumber(v, locale, 0)} />
          <Tooltip
            contentStyle={palette.tooltip}
            labelFormatter={(month) => translate('app.simulation.month', { month: Number(month) })}
            formatter={(value, name) => [formatAmount(Number(value), unit, locale), name]}
          />
          <Legend verticalAlign="top" itemSorter={(item) => CASES.indexOf(item.dataKey as (typeof CASES)[number])} formatter={(value: string) => <span style={{ color: palette.legendText }}>{value}</span>} />
          <ReferenceLine y={0} stroke={palette.text} />
          {CASES.map((name, i) => (
            <Line key={name} type="monotone" dataKey={name} name={translate(`app.simulation.case.${name}`)} stroke={CHART_COLOURS.series[i === 1 ? 0 : i === 0 ? 5 : 2]} strokeWidth={name === 'central' ? 2.5 : 1.5} strokeDasharray={DASHES[name]} dot={false} isAnimationActive={false} />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </Box>
  );
}
