/** Monthly series from measurements: the building block of adoption curves and forecasts. */
import type { Measurement } from './types';

/** `YYYY-MM` of a `YYYY-MM-DD` date. */
export const monthOf = (date: string) => date.slice(0, 7);

/** Whole months from `from` to `to` (both `YYYY-MM`). */
export function monthsBetween(from: string, to: string): number {
  const [fy, fm] = from.split('-').map(Number);
  const [ty, tm] = to.split('-').map(Number);
  return (ty - fy) * 12 + (tm - fm);
}

/** `YYYY-MM` that is `months` after `month`. */
export function addMonthsToMonth(month: string, months: number): string {
  const [y, m] = month.split('-').map(Number);
  const index = y * 12 + (m - 1) + months;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

export interface MonthlyPoint {
  month: string;
  value: number;
}

/** One point a month: the month's latest measurement (latest date, then highest id); months without any are absent. */
export function monthlyLatest(measurements: readonly Measurement[]): MonthlyPoint[] {
  const latest = new Map<string, Measurement>();
  for (const m of measurements) {
    const month = monthOf(m.date);
    const current = latest.get(month);
    if (!current || m.date > current.date || (m.date === current.date && m.id > current.id)) latest.set(month, m);
  }
  return [...latest.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([month, m]) => ({ month, value: m.value }));
}

/** A pilot's monthly adoption rate: active users / target users, capped at 1. */
export function monthlyAdoptionRate(adoptionMeasurements: readonly Measurement[], targetUsers: number): MonthlyPoint[] {
  return monthlyLatest(adoptionMeasurements).map(({ month, value }) => ({ month, value: Math.min(1, Math.max(0, value / targetUsers)) }));
}
