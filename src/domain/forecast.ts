/**
 * Where adoption is heading: a logistic (S-curve) fit of a pilot's monthly adoption rate, and
 * the month it is projected to reach a share of its target users.
 *
 * The model is r(t) = L / (1 + e^(-k (t - t0))), t in months. For each candidate ceiling L (from
 * just above the highest rate seen up to 1), ln(r / (L - r)) is linear in t, so k and t0 come from
 * a least-squares line; the L whose curve is closest to the data (squared error) wins.
 */
import { addMonthsToMonth, monthsBetween, type MonthlyPoint } from './series';

export const MIN_FORECAST_MONTHS = 4;
export const FORECAST_HORIZON_MONTHS = 24;
/** The share of target users a forecast looks for unless another is chosen. */
export const DEFAULT_FORECAST_SHARE = 0.8;

export interface LogisticFit {
  ceiling: number;
  growth: number;
  /** Months from the first point to the inflection. */
  midpoint: number;
}

export type Forecast =
  | { status: 'not-enough-data'; months: number }
  | { status: 'reached'; month: string; fit: LogisticFit }
  | { status: 'projected'; month: string; fit: LogisticFit }
  | { status: 'not-reached'; fit: LogisticFit | null };

export const logistic = (fit: LogisticFit, t: number) => fit.ceiling / (1 + Math.exp(-fit.growth * (t - fit.midpoint)));

function fitLine(xs: number[], ys: number[]): { slope: number; intercept: number } {
  const n = xs.length;
  const mx = xs.reduce((s, x) => s + x, 0) / n;
  const my = ys.reduce((s, y) => s + y, 0) / n;
  let sxy = 0;
  let sxx = 0;
  for (let i = 0; i < n; i += 1) {
    sxy += (xs[i] - mx) * (ys[i] - my);
    sxx += (xs[i] - mx) ** 2;
  }
  const slope = sxx === 0 ? 0 : sxy / sxx;
  return { slope, intercept: my - slope * mx };
}

/** The logistic curve closest to the points (t = months since the first), or null if none grows. */
export function fitLogistic(points: readonly { t: number; value: number }[]): LogisticFit | null {
  const usable = points.filter((p) => p.value > 0);
  if (usable.length < 3) return null;
  const highest = Math.max(...usable.map((p) => p.value));
  let best: { fit: LogisticFit; error: number } | null = null;
  for (let step = 1; step <= 200; step += 1) {
    const ceiling = highest + ((Math.max(1, highest * 1.0001) - highest) * step) / 200 + 1e-6;
    const xs = usable.map((p) => p.t);
    const ys = usable.map((p) => Math.log(p.value / (ceiling - p.value)));
    const { slope, intercept } = fitLine(xs, ys);
    if (!(slope > 0)) continue;
    const fit = { ceiling, growth: slope, midpoint: -intercept / slope };
    const error = points.reduce((sum, p) => sum + (logistic(fit, p.t) - p.value) ** 2, 0);
    if (!best || error < best.error) best = { fit, error };
  }
  return best?.fit ?? null;
}

/**
 * When a monthly adoption series reaches `share` (0-1): already reached, projected to a month
 * within the horizon, not reached within it, or not enough data (fewer than 4 months).
 */
export function forecastAdoption(series: readonly MonthlyPoint[], share = 0.8): Forecast {
  if (series.length < MIN_FORECAST_MONTHS) return { status: 'not-enough-data', months: series.length };
  const first = series[0].month;
  const points = series.map((p) => ({ t: monthsBetween(first, p.month), value: p.value }));
  const fit = fitLogistic(points);
  const reached = series.find((p) => p.value >= share);
  if (reached) return { status: 'reached', month: reached.month, fit: fit ?? { ceiling: share, growth: 0, midpoint: 0 } };
  if (!fit || fit.ceiling <= share) return { status: 'not-reached', fit };
  const t = fit.midpoint - Math.log(fit.ceiling / share - 1) / fit.growth;
  const last = points[points.length - 1].t;
  const monthIndex = Math.max(last + 1, Math.ceil(t));
  if (monthIndex - last > FORECAST_HORIZON_MONTHS) return { status: 'not-reached', fit };
  return { status: 'projected', month: addMonthsToMonth(first, monthIndex), fit };
}

/**
 * The fitted curve continued past the last month of `series`, for `months` months, starting at
 * that last point so that a dashed line joins the observed one. Empty without a fit.
 */
export function projectAdoption(series: readonly MonthlyPoint[], fit: LogisticFit | null, months = 12): MonthlyPoint[] {
  if (!fit || fit.growth <= 0 || series.length === 0) return [];
  const first = series[0].month;
  const last = series[series.length - 1];
  const projection = [last];
  for (let step = 1; step <= months; step += 1) {
    const month = addMonthsToMonth(last.month, step);
    projection.push({ month, value: Math.min(1, logistic(fit, monthsBetween(first, month))) });
  }
  return projection;
}
