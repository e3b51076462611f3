import { describe, expect, it } from 'vitest';
import { fitLogistic, forecastAdoption, logistic } from '@/domain/forecast';
import { addMonthsToMonth, monthlyAdoptionRate, type MonthlyPoint } from '@/domain/series';
import type { Measurement } from '@/domain/types';

const KNOWN = { ceiling: 0.9, growth: 0.5, midpoint: 8 };
const seriesOf = (values: number[], first = '2025-01'): MonthlyPoint[] => values.map((value, t) => ({ month: addMonthsToMonth(first, t), value }));
const curve = (months: number, noise: (t: number) => number = () => 0) =>
  seriesOf(Array.from({ length: months }, (_, t) => Math.min(1, Math.max(0.001, logistic(KNOWN, t) + noise(t)))));

describe('fitLogistic', () => {
  it('recovers a known logistic curve', () => {
    const fit = fitLogistic(curve(12).map((p, t) => ({ t, value: p.value })));
    expect(fit?.ceiling).toBeCloseTo(0.9, 1);
    expect(fit?.growth).toBeCloseTo(0.5, 1);
    expect(fit?.midpoint).toBeCloseTo(8, 0);
  });
});

describe('forecastAdoption', () => {
  it('projects the month a known curve reaches 80% of its target users', () => {
    // 0.9 / (1 + e^(-0.5 (t - 8))) = 0.8 at t = 8 + 2 ln 8 ≈ 12.2: the 14th month (t = 13).
    const forecast = forecastAdoption(curve(12));
    expect(forecast).toMatchObject({ status: 'projected', month: '2026-02' });
  });

  it('stays close on noisy data', () => {
    const wobble = (t: number) => (t % 2 === 0 ? 0.015 : -0.015);
    const forecast = forecastAdoption(curve(12, wobble));
    expect(forecast.status).toBe('projected');
    if (forecast.status === 'projected') expect(['2026-01', '2026-02', '2026-03']).toContain(forecast.month);
  });

  it('says when the share is already reached', () => {
    expect(forecastAdoption(curve(16))).toMatchObject({ status: 'reached', month: '2026-02' });
  });

  it('marks beta.gouv.fr\'s 30% transfer threshold too', () => {
    // 0.9 / (1 + e^(-0.5 (t - 8))) = 0.3 at t = 8 - 2 ln 2 ≈ 6.6: reached in the 8th month.
    expect(forecastAdoption(curve(12), 0.3)).toMatchObject({ status: 'reached', month: '2025-08' });
  });

  it('does not project a flat or falling series', () => {
    expect(forecastAdoption(seriesOf(Array(12).fill(0.1))).status).toBe('not-reached');
    expect(forecastAdoption(seriesOf([0.4, 0.35, 0.3, 0.28, 0.25, 0.2])).status).toBe('not-reached');
  });

  it('does not project beyond 24 months', () => {
    const slow = seriesOf(Array.from({ length: 8 }, (_, t) => logistic({ ceiling: 0.85, growth: 0.08, midpoint: 60 }, t)));
    expect(forecastAdoption(slow).status).toBe('not-reached');
  });

  it('needs at least 4 months', () => {
    expect(forecastAdoption(curve(3))).toEqual({ status: 'not-enough-data', months: 3 });
    expect(forecastAdoption([])).toEqual({ status: 'not-enough-data', months: 0 });
  });
});

describe('monthlyAdoptionRate', () => {
  it('takes the latest measurement of each month, skips empty months and caps at 1', () => {
    const m = (id: number, date: string, value: number): Measurement => ({ id, kpiId: 1, pilotId: 1, date, value, group: 'pilot', version: 1 });
    const series = monthlyAdoptionRate([m(1, '2026-01-05', 10), m(2, '2026-01-20', 30), m(3, '2026-03-02', 60), m(4, '2026-04-01', 500)], 100);
    expect(series).toEqual([
      { month: '2026-01', value: 0.3 },
      { month: '2026-03', value: 0.6 },
      { month: '2026-04', value: 1 },
    ]);
  });
});

describe('formatMonth', () => {
  it('writes a month in the chosen language', async () => {
    const { formatMonth } = await import('@/domain/format');
    expect(formatMonth('2025-10', 'en')).toBe('October 2025');
    expect(formatMonth('2025-10', 'fr')).toBe('octobre 2025');
  });
});
