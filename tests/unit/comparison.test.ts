/**
 * The pilot's effect against comparison sites (difference in differences): on series generated
 * with a known effect, a trend shared by both groups, and noise.
 */
import { describe, expect, it } from 'vitest';
import { createRandom, type Random } from '../../mock-api/seed/random';
import { MIN_COMPARISON_MONTHS, estimateEffect, estimateEffects } from '@/domain/comparison';
import { tQuantile975 } from '@/domain/statistics';
import type { Measurement, MeasurementGroup } from '@/domain/types';

const START = '2025-01-15';

/** A standard normal draw (Box-Muller) from the seeded generator. */
const gaussian = (random: Random) => Math.sqrt(-2 * Math.log(1 - random.next())) * Math.cos(2 * Math.PI * random.next());

interface Series {
  effect: number;
  noise: number;
  monthsBefore?: number;
  monthsAfter?: number;
  /** What happens at both groups after the start (a new law, a seasonal dip). */
  sharedShift?: number;
  /** A change a month, at both groups. */
  sharedTrend?: number;
}

/** Monthly processing times at pilot and comparison sites around the pilot's start (2025-01-15). */
function generate(seed: number, { effect, noise, monthsBefore = 12, monthsAfter = 12, sharedShift = 0, sharedTrend = 0 }: Series): Pick<Measurement, 'date' | 'value' | 'group'>[] {
  const random = createRandom(seed);
  const measurements: Pick<Measurement, 'date' | 'value' | 'group'>[] = [];
  for (let month = -monthsBefore; month < monthsAfter; month += 1) {
    const first = new Date(Date.UTC(2025, 1 + month, 1)).toISOString().slice(0, 10);
    const after = month >= 0;
    const common = sharedTrend * month + (after ? sharedShift : 0) + 3 * Math.sin(month / 2);
    const add = (group: MeasurementGroup, level: number) => measurements.push({ date: first, group, value: level + common + noise * gaussian(random) });
    add('pilot', 30 + (after ? effect : 0));
    add('comparison', 26);
  }
  return measurements;
}

const kpi = { id: 1, direction: 'decrease' as const };

describe('the pilot effect against comparison sites', () => {
  // Over 5,000 trials the interval covers the true effect 96.5% of the time with 12 months on each
  // side, 97-99% with fewer (its degrees of freedom are the conservative ones): a block of 100
  // trials may still hold fewer than 95 by chance, which the calibration test below rules on.
  it('finds a known effect inside its 95% interval in at least 95 of 100 seeded trials', () => {
    let covered = 0;
    for (let trial = 1; trial <= 100; trial += 1) {
      const result = estimateEffect(kpi, generate(trial, { effect: -9, noise: 4 }), START);
      if (result.status === 'estimated' && result.low <= -9 && -9 <= result.high) covered += 1;
    }
    expect(covered).toBeGreaterThanOrEqual(95);
  });

  it('is a 95% interval, not a wide one that covers everything: between 94% and 99% over 2,000 trials', () => {
    let covered = 0;
    for (let trial = 1; trial <= 2000; trial += 1) {
      const result = estimateEffect(kpi, generate(10_000 + trial, { effect: 5, noise: 3, monthsBefore: 6, monthsAfter: 8 }), START);
      if (result.status === 'estimated' && result.low <= 5 && 5 <= result.high) covered += 1;
    }
    expect(covered / 2000).toBeGreaterThanOrEqual(0.94);
    expect(covered / 2000).toBeLessThanOrEqual(0.99);
  });

  it('finds the effect of a clear improvement and calls it one, from the months behind it', () => {
    const result = estimateEffect(kpi, generate(7, { effect: -9, noise: 1, monthsBefore: 6, monthsAfter: 8 }), START);
    expect(result).toMatchObject({ status: 'estimated', verdict: 'improved', monthsBefore: 6, monthsAfter: 8 });
    if (result.status !== 'estimated') return;
    expect(Math.abs(result.effect + 9)).toBeLessThan(1.5);
    expect(result.high).toBeLessThan(0);
  });

  it('gives an interval containing 0 when there is no effect', () => {
    let containsZero = 0;
    for (let trial = 1; trial <= 100; trial += 1) {
      const result = estimateEffect(kpi, generate(trial, { effect: 0, noise: 2, monthsBefore: 8, monthsAfter: 10 }), START);
      if (result.status === 'estimated' && result.low <= 0 && 0 <= result.high) containsZero += 1;
    }
    expect(containsZero).toBeGreaterThanOrEqual(95);
  });

  it('does not mistake a shift or a trend that both groups share for an effect', () => {
    const shifted = estimateEffect(kpi, generate(3, { effect: 0, noise: 1, sharedShift: -12, sharedTrend: -0.5 }), START);
    expect(shifted).toMatchObject({ status: 'estimated', verdict: 'no-clear-effect' });
    if (shifted.status !== 'estimated') return;
    expect(Math.abs(shifted.effect)).toBeLessThan(1.5);
    // Before and after at the pilot's sites alone, the same series shows a large fall.
    const pilotOnly = (after: boolean) => shifted && generate(3, { effect: 0, noise: 1, sharedShift: -12, sharedTrend: -0.5 }).filter((m) => m.group === 'pilot' && (m.date >= START) === after);
    const meanOf = (list: { value: number }[]) => list.reduce((s, m) => s + m.value, 0) / list.length;
    expect(meanOf(pilotOnly(true)) - meanOf(pilotOnly(false))).toBeLessThan(-10);
  });

  it('says a worsening is one, by the KPI direction', () => {
    const result = estimateEffect({ id: 1, direction: 'increase' }, generate(11, { effect: -9, noise: 1 }), START);
    expect(result).toMatchObject({ status: 'estimated', verdict: 'worsened' });
  });

  it(`needs ${MIN_COMPARISON_MONTHS} months measured at both groups on each side of the start`, () => {
    const short = generate(5, { effect: -9, noise: 1, monthsBefore: MIN_COMPARISON_MONTHS - 1, monthsAfter: 12 });
    expect(estimateEffect(kpi, short, START)).toEqual({ kpiId: 1, status: 'not-enough-data', monthsBefore: MIN_COMPARISON_MONTHS - 1, monthsAfter: 12 });
    // Months measured at one group only do not count.
    const onlyPilotAfter = generate(5, { effect: -9, noise: 1 }).filter((m) => m.date < START || m.group === 'pilot');
    expect(estimateEffect(kpi, onlyPilotAfter, START)).toMatchObject({ status: 'not-enough-data', monthsBefore: 12, monthsAfter: 0 });
  });

  it('estimates only the KPIs measured at comparison sites', () => {
    const measured = generate(1, { effect: -9, noise: 1 });
    const effects = estimateEffects({ startDate: START }, [kpi, { id: 2, direction: 'increase' }], (kpiId) => (kpiId === 1 ? measured : measured.filter((m) => m.group === 'pilot')));
    expect(effects.map((e) => e.kpiId)).toEqual([1]);
  });

  it('uses the t quantiles of the tables', () => {
    expect(tQuantile975(1)).toBeCloseTo(12.706, 3);
    expect(tQuantile975(10)).toBeCloseTo(2.228, 3);
    expect(tQuantile975(40)).toBeCloseTo(2.021, 3);
    expect(tQuantile975(120)).toBeCloseTo(1.98, 3);
  });
});
