/**
 * The readiness matrix: a bubble per pilot, x adoption, y KPI attainment, size target users,
 * colour and shape by the pilot's recommendation (the one rule), quadrants named by what they show.
 */
import { CartesianGrid, Legend, ReferenceArea, ReferenceLine, ResponsiveContainer, Scatter, ScatterChart, Tooltip, XAxis, YAxis, ZAxis } from 'recharts';
import { useLocale, useTranslate } from 'react-admin';
import { QUADRANT_SPLIT } from '@/domain/dashboard';
import { formatNumber, formatShare } from '@/domain/format';
import { RECOMMENDATIONS, type MatrixPoint, type Recommendation } from '@/domain/types';
import { useChartPalette } from './useChartPalette';

export interface MatrixChartProps {
  points: readonly MatrixPoint[];
  height: number;
  onSelect?: (point: MatrixPoint) => void;
}

/** Colour and shape by recommendation, so that they differ for every reader. */
const SHAPES: Record<Recommendation, 'circle' | 'square' | 'triangle' | 'star'> = {
  generalize: 'square',
  extend: 'circle',
  stop: 'triangle',
  'insufficient-data': 'star',
};
const COLOUR_INDEX: Record<Recommendation, number> = { generalize: 2, extend: 1, stop: 5, 'insufficient-data': 7 };

export default function MatrixChart({ points, height, onSelect }: MatrixChartProps) {
  const locale = useLocale();
  const translate = useTranslate();
  const palette = useChartPalette();
  const quadrantLabel = (quadrant: string) => ({ value: translate(`app.dashboard.matrix.quadrant.${quadrant}`), fontSize: 12, fill: palette.text });
  const { adoption: x, attainment: y } = QUADRANT_SPLIT;
  return (
    <ResponsiveContainer width="100%" height={height}>
      <ScatterChart accessibilityLayer={false} margin={{ top: 8, right: 24, bottom: 24, left: 8 }}>
        <CartesianGrid strokeDasharray="3 3" stroke={palette.grid} />
        <ReferenceArea x1={x} x2={1} y1={y} y2={1} fillOpacity={0} label={{ ...quadrantLabel('high-adoption-high-impact'), position: 'insideTopRight' }} />
        <ReferenceArea x1={0} x2={x} y1={y} y2={1} fillOpacity={0} label={{ ...quadrantLabel('low-adoption-high-impact'), position: 'insideTopLeft' }} />
        <ReferenceArea x1={x} x2={1} y1={0} y2={y} fillOpacity={0} label={{ ...quadrantLabel('high-adoption-low-impact'), position: 'insideBottomRight' }} />
        <ReferenceArea x1={0} x2={x} y1={0} y2={y} fillOpacity={0} label={{ ...quadrantLabel('low-adoption-low-impact'), position: 'insideBottomLeft' }} />
        <ReferenceLine x={x} stroke={palette.text} strokeDasharray="4 4" />
        <ReferenceLine y={y} stroke={palette.text} strokeDasharray="4 4" />
        <XAxis type="number" dataKey="adoption" domain={[0, 1]} tickFormatter={(v: number) => formatShare(v, locale)} fontSize={12} stroke={palette.text} name={translate('app.dashboard.matrix.x_axis')} label={{ value: translate('app.dashboard.matrix.x_axis'), position: 'insideBottom', offset: -16, fontSize: 12, fill: palette.text }} />
        <YAxis type="number" dataKey="attainment" domain={[0, 1]} tickFormatter={(v: number) => formatShare(v, locale)} fontSize={12} width={52} stroke={palette.text} name={translate('app.dashboard.matrix.y_axis')} label={{ value: translate('app.dashboard.matrix.y_axis'), angle: -90, position: 'insideLeft', fontSize: 12, fill: palette.text, style: { textAnchor: 'middle' } }} />
        <ZAxis type="number" dataKey="targetUsers" range={[30, 400]} name={translate('resources.pilots.fields.targetUsers')} />
        <Tooltip
          contentStyle={palette.tooltip}
          cursor={{ strokeDasharray: '3 3' }}
          content={({ active, payload }) => {
            const point = active ? (payload?.[0]?.payload as MatrixPoint | undefined) : undefined;
            if (!point) return null;
            return (
              <div style={{ ...palette.tooltip, border: `1px solid ${palette.tooltip.borderColor}`, padding: 8, fontSize: 12 }}>
                <strong>{point.name}</strong>
                <div>{translate('app.dashboard.matrix.x_axis')}: {formatShare(point.adoption, locale)}</div>
                <div>{translate('app.dashboard.matrix.y_axis')}: {formatShare(point.attainment, locale)}</div>
                <div>{translate('resources.pilots.fields.targetUsers')}: {formatNumber(point.targetUsers, locale)}</div>
                <div>{translate(`app.choices.stage.${point.stage}`)} · {translate(`app.choices.recommendation.${point.recommendation}`)}</div>
              </div>
            );
          }}
        />
        <Legend verticalAlign="top" formatter={(value: string) => <span style={{ color: palette.legendText }}>{value}</span>} wrapperStyle={{ fontSize: 12 }} />
        {RECOMMENDATIONS.map((recommendation) => {
          const data = points.filter((p) => p.recommendation === recommendation);
          return data.length ? (
            <Scatter
              key={recommendation}
              name={translate(`app.choices.recommendation.${recommendation}`)}
              data={data}
              fill={palette.series[COLOUR_INDEX[recommendation]]}
              fillOpacity={0.75}
              shape={SHAPES[recommendation]}
              isAnimationActive={false}
              cursor={onSelect ? 'pointer' : undefined}
              onClick={(entry) => {
                const point = (entry as { payload?: MatrixPoint }).payload;
                if (point && onSelect) onSelect(point);
              }}
            />
          ) : null;
        })}
      </ScatterChart>
    </ResponsiveContainer>
  );
}
