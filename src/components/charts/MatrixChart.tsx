/**
 * The readiness matrix: a bubble per pilot, x adoption, y KPI attainment, size target users,
 * colour and shape by the pilot's recommendation (the one rule), quadrants named by what they show.
 */
import { Box, Stack } from '@mui/material';
import { useCallback, useMemo, useState } from 'react';
import { CartesianGrid, ReferenceArea, ReferenceLine, ResponsiveContainer, Scatter, ScatterChart, XAxis, YAxis } from 'recharts';
import { useLocale, useTranslate } from 'react-admin';
import { QUADRANT_SPLIT } from '@/domain/dashboard';
import { formatNumber, formatShare } from '@/domain/format';
import { RECOMMENDATIONS, type MatrixPoint, type Recommendation } from '@/domain/types';
import { MatrixPoints, type PlacedPoint } from './MatrixPoints';
import { symbolPath, type SymbolShape } from './symbols';
import { useChartPalette } from './useChartPalette';

export interface MatrixChartProps {
  points: readonly MatrixPoint[];
  height: number;
  onSelect?: (point: MatrixPoint) => void;
}

/** Colour and shape by recommendation, so that they differ for every reader. */
const SHAPES: Record<Recommendation, SymbolShape> = {
  generalize: 'square',
  extend: 'circle',
  stop: 'triangle',
  'insufficient-data': 'star',
};
const COLOUR_INDEX: Record<Recommendation, number> = { generalize: 2, extend: 1, stop: 5, 'insufficient-data': 7 };
/** Bubble areas, in square pixels, for the fewest and the most target users. */
const SIZES = [30, 400] as const;
/** The axes' corners, drawn as nothing: Recharts lays out axes only around a series. */
const CORNERS = [
  { adoption: 0, attainment: 0 },
  { adoption: 1, attainment: 1 },
];
const NOTHING = () => <g />;

export default function MatrixChart({ points, height, onSelect }: MatrixChartProps) {
  const locale = useLocale();
  const translate = useTranslate();
  const palette = useChartPalette();
  const [hovered, setHovered] = useState<PlacedPoint>();
  const colourOf = useCallback((recommendation: Recommendation) => palette.series[COLOUR_INDEX[recommendation]], [palette.series]);
  const styleOf = useCallback((point: MatrixPoint) => ({ shape: SHAPES[point.recommendation], fill: colourOf(point.recommendation) }), [colourOf]);
  const present = RECOMMENDATIONS.filter((r) => points.some((p) => p.recommendation === r));
  // The chart is drawn again only when its data or language change, not when the pointer moves.
  const chart = useMemo(() => {
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
          <XAxis type="number" dataKey="adoption" domain={[0, 1]} tickFormatter={(v: number) => formatShare(v, locale)} fontSize={12} stroke={palette.text} label={{ value: translate('app.dashboard.matrix.x_axis'), position: 'insideBottom', offset: -16, fontSize: 12, fill: palette.text }} />
          <YAxis type="number" dataKey="attainment" domain={[0, 1]} tickFormatter={(v: number) => formatShare(v, locale)} fontSize={12} width={52} stroke={palette.text} label={{ value: translate('app.dashboard.matrix.y_axis'), angle: -90, position: 'insideLeft', fontSize: 12, fill: palette.text, style: { textAnchor: 'middle' } }} />
          <Scatter data={CORNERS} shape={NOTHING} legendType="none" isAnimationActive={false} />
          <MatrixPoints points={points} sizes={SIZES} styleOf={styleOf} onHover={setHovered} onSelect={onSelect} />
        </ScatterChart>
      </ResponsiveContainer>
    );
  }, [height, locale, onSelect, palette.grid, palette.text, points, styleOf, translate]);
  return (
    <Box>
      <Stack direction="row" useFlexGap flexWrap="wrap" justifyContent="center" spacing={2} sx={{ fontSize: 12, color: palette.legendText, mb: 0.5 }}>
        {present.map((recommendation) => (
          <Stack key={recommendation} direction="row" spacing={0.5} alignItems="center">
            <svg width="14" height="14" viewBox="0 0 14 14">
              <path d={symbolPath(SHAPES[recommendation], 80, 7, 7)} fill={colourOf(recommendation)} />
            </svg>
            <span>{translate(`app.choices.recommendation.${recommendation}`)}</span>
          </Stack>
        ))}
      </Stack>
      <Box sx={{ position: 'relative' }}>
        {chart}
        {hovered && (
          <Box
            className="matrix-tooltip"
            sx={{ position: 'absolute', top: hovered.y + 12, ...(hovered.x > hovered.chartWidth / 2 ? { right: hovered.chartWidth - hovered.x + 12 } : { left: hovered.x + 12 }), pointerEvents: 'none', zIndex: 1, ...palette.tooltip, border: `1px solid ${palette.tooltip.borderColor}`, p: 1, fontSize: 12, maxWidth: 280 }}
          >
            <strong>{hovered.point.name}</strong>
            <div>{translate('app.dashboard.matrix.x_axis')}: {formatShare(hovered.point.adoption, locale)}</div>
            <div>{translate('app.dashboard.matrix.y_axis')}: {formatShare(hovered.point.attainment, locale)}</div>
            <div>{translate('resources.pilots.fields.targetUsers')}: {formatNumber(hovered.point.targetUsers, locale)}</div>
            <div>{translate(`app.choices.stage.${hovered.point.stage}`)} · {translate(`app.choices.recommendation.${hovered.point.recommendation}`)}</div>
          </Box>
        )}
      </Box>
    </Box>
  );
}
