/**
 * Did the pilot cause the change? The difference in differences between the pilot's sites and
 * comparable sites without the tool, before and after the pilot started.
 *
 * Each month measured at both groups gives a gap (pilot minus comparison; a month that spans the
 * start is split into its part before and its part after). The effect is the mean gap after the
 * start minus the mean gap before it: a change that happens everywhere (a new law, a seasonal dip,
 * a common trend) moves both groups and cancels out. Its 95% confidence interval is Welch's, with
 * the conservative degrees of freedom min(n_before, n_after) - 1: with a few months, and months
 * that resemble their neighbours, the Welch-Satterthwaite count would give intervals that cover
 * the true effect less often than they claim.
 */
import { monthOf } from './series';
import { average, sampleVariance, tQuantile975 } from './statistics';
import type { IsoDate, Kpi, Measurement } from './types';

/** Months measured at both groups needed on each side of the start before an effect is estimated. */
export const MIN_COMPARISON_MONTHS = 3;

export type EffectVerdict = 'improved' | 'worsened' | 'no-clear-effect';

export type KpiEffect =
  | {
      kpiId: number;
      status: 'estimated';
      /** Change at the pilot's sites minus change at the comparison sites, in the KPI's unit. */
      effect: number;
      low: number;
      high: number;
      monthsBefore: number;
      monthsAfter: number;
      /** Whether the interval lies on the KPI's good side, its bad side, or spans 0. */
      verdict: EffectVerdict;
    }
  | { kpiId: number; status: 'not-enough-data'; monthsBefore: number; monthsAfter: number };

type GroupMeans = { pilot?: { sum: number; count: number }; comparison?: { sum: number; count: number } };

/** Pilot-minus-comparison gaps of each month measured at both groups, before and after `startDate`. */
export function monthlyGaps(measurements: readonly Pick<Measurement, 'date' | 'value' | 'group'>[], startDate: IsoDate) {
  const months = new Map<string, GroupMeans>();
  for (const m of measurements) {
    const key = `${m.date < startDate ? 'before' : 'after'}:${monthOf(m.date)}`;
    const month = months.get(key) ?? {};
    const group = (month[m.group] ??= { sum: 0, count: 0 });
    group.sum += m.value;
    group.count += 1;
    months.set(key, month);
  }
  const before: number[] = [];
  const after: number[] = [];
  for (const [key, { pilot, comparison }] of [...months.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (!pilot || !comparison) continue;
    (key.startsWith('before') ? before : after).push(pilot.sum / pilot.count - comparison.sum / comparison.count);
  }
  return { before, after };
}

/** The pilot's effect on one KPI, from its measurements at both groups; `not-enough-data` below the minimum. */
export function estimateEffect(
  kpi: Pick<Kpi, 'id' | 'direction'>,
  measurements: readonly Pick<Measurement, 'date' | 'value' | 'group'>[],
  startDate: IsoDate,
): KpiEffect {
  const { before, after } = monthlyGaps(measurements, startDate);
  const months = { monthsBefore: before.length, monthsAfter: after.length };
  if (before.length < MIN_COMPARISON_MONTHS || after.length < MIN_COMPARISON_MONTHS) {
    return { kpiId: kpi.id, status: 'not-enough-data', ...months };
  }
  const effect = average(after) - average(before);
  const standardError = Math.sqrt(sampleVariance(before) / before.length + sampleVariance(after) / after.length);
  const margin = tQuantile975(Math.min(before.length, after.length) - 1) * standardError;
  const low = effect - margin;
  const high = effect + margin;
  const good = (value: number) => (kpi.direction === 'increase' ? value > 0 : value < 0);
  const verdict: EffectVerdict = low <= 0 && high >= 0 ? 'no-clear-effect' : good(effect) ? 'improved' : 'worsened';
  return { kpiId: kpi.id, status: 'estimated', effect, low, high, ...months, verdict };
}

/** The effect on each of the pilot's KPIs that has comparison measurements, in the KPIs' order. */
export function estimateEffects(
  pilot: { startDate: IsoDate },
  kpis: readonly Pick<Kpi, 'id' | 'direction'>[],
  measurementsOfKpi: (kpiId: number) => readonly Pick<Measurement, 'date' | 'value' | 'group'>[],
): KpiEffect[] {
  return kpis.flatMap((kpi) => {
    const measurements = measurementsOfKpi(kpi.id);
    return measurements.some((m) => m.group === 'comparison') ? [estimateEffect(kpi, measurements, pilot.startDate)] : [];
  });
}

/** Measurements taken at the pilot's own sites: the ones scorecards and forecasts read. */
export const atPilotSites = <T extends Pick<Measurement, 'group'>>(measurements: readonly T[]): T[] =>
  measurements.filter((m) => m.group !== 'comparison');
