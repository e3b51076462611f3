/** Dates, shares and numbers, formatted for a locale: the one place the SPA formats figures. */

/** Today as `YYYY-MM-DD`, in the user's time zone. */
export function todayIso(now = new Date()): string {
  const local = new Date(now.getTime() - now.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 10);
}

/** A `YYYY-MM-DD` date, written the locale's way (read as a calendar date, not a UTC instant). */
export function formatDate(iso: string, locale: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  return new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'short', day: 'numeric' }).format(new Date(year, month - 1, day));
}

/** A share from 0 to 1 as a whole percentage, or a dash when unknown. */
export function formatShare(share: number | null | undefined, locale: string): string {
  if (share === null || share === undefined || Number.isNaN(share)) return '–';
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(share);
}

export function formatNumber(value: number | null | undefined, locale: string, maximumFractionDigits = 1): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '–';
  return new Intl.NumberFormat(locale, { maximumFractionDigits }).format(value);
}

/** A KPI value with its unit: "72 %", "12,5 EUR", "1 200 users". */
export function formatWithUnit(value: number | null | undefined, unit: string, locale: string): string {
  const number = formatNumber(value, locale);
  if (number === '–') return number;
  if (unit === 'EUR') return new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR', maximumFractionDigits: 2 }).format(value as number);
  return `${number} ${unit}`;
}

/** An amount of money in whole units, as savings and benefits are shown: "€125,000", "125 000 €". */
export function formatAmount(value: number | null | undefined, unit: string, locale: string): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '–';
  if (unit === 'EUR') return new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR', maximumFractionDigits: 0, minimumFractionDigits: 0 }).format(value);
  return `${formatNumber(value, locale, 0)} ${unit}`;
}

/** A `YYYY-MM` month written the locale's way: "October 2025", "octobre 2025". */
export function formatMonth(month: string, locale: string): string {
  const [year, monthIndex] = month.split('-').map(Number);
  return new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long' }).format(new Date(year, monthIndex - 1, 1));
}

/** A `YYYY-MM` month in few characters: "Oct 2025", "oct. 2025"; with `compact`, "Oct 25" for chart axes. */
export function formatShortMonth(month: string, locale: string, compact = false): string {
  const [year, monthIndex] = month.split('-').map(Number);
  return new Intl.DateTimeFormat(locale, { year: compact ? '2-digit' : 'numeric', month: 'short' }).format(new Date(year, monthIndex - 1, 1));
}
