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

/**
 * The same day a month later, for the next monthly figure: the 31st of January gives the 28th
 * (or 29th) of February, and a month's last day gives the next month's last day.
 */
export function nextMonthDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
  const next = addMonthsToMonth(`${y}-${String(m).padStart(2, '0')}`, 1);
  const [ny, nm] = next.split('-').map(Number);
  const day = d === daysIn(y, m) ? daysIn(ny, nm) : Math.min(d, daysIn(ny, nm));
  return `${next}-${String(day).padStart(2, '0')}`;
}

export interface MonthlyPoint {
  month: string;
  value: number;
}

/** One point a month: the month's latest measurement (latest date, then highest id); months without any are absent. */
export function monthlyLatest(measurements: readonly Pick<Measurement, 'id' | 'date' | 'value'>[]): MonthlyPoint[] {
  const latest = new Map<string, Pick<Measurement, 'id' | 'date' | 'value'>>();
  for (const m of measurements) {
    const month = monthOf(m.date);
    const current = latest.get(month);
    if (!current || m.date > current.date || (m.date === current.date && m.id > current.id)) latest.set(month, m);
  }
  return [...latest.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([month, m]) => ({ month, value: m.value }));
}

/** A pilot's monthly adoption rate: active users / target users, capped at 1. */
export function monthlyAdoptionRate(adoptionMeasurements: readonly Pick<Measurement, 'id' | 'date' | 'value'>[], targetUsers: number): MonthlyPoint[] {
  return monthlyLatest(adoptionMeasurements).map(({ month, value }) => ({ month: sharedMonth(month), value: Math.min(1, Math.max(0, value / targetUsers)) }));
}

/** One string per month, however many points name it: the dashboard's index keeps 170,000 at 50,000 pilots. */
const months = new Map<string, string>();
function sharedMonth(month: string): string {
  const kept = months.get(month);
  if (kept !== undefined) return kept;
  months.set(month, month);
  return month;
}

/** `YYYY-Qn` of a `YYYY-MM-DD` date. */
export const quarterOf = (date: string) => `${date.slice(0, 4)}-Q${Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1}`;

/** First and last day of a `YYYY-Qn` quarter. */
export function quarterRange(quarter: string): { start: string; end: string } {
  const year = Number(quarter.slice(0, 4));
  const q = Number(quarter.slice(6));
  const firstMonth = (q - 1) * 3 + 1;
  const endDay = new Date(Date.UTC(year, firstMonth + 2, 0)).getUTCDate();
  const pad = (n: number) => String(n).padStart(2, '0');
  return { start: `${year}-${pad(firstMonth)}-01`, end: `${year}-${pad(firstMonth + 2)}-${pad(endDay)}` };
}

/** The quarter `quarters` after (or before, when negative) `quarter`. */
export function addQuarters(quarter: string, quarters: number): string {
  const index = Number(quarter.slice(0, 4)) * 4 + Number(quarter.slice(6)) - 1 + quarters;
  return `${Math.floor(index / 4)}-Q${(index % 4) + 1}`;
}

/** Last day of a `YYYY-MM` month. */
export function monthEnd(month: string): string {
  const [y, m] = month.split('-').map(Number);
  return `${month}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
}

