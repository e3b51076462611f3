/** Dates, shares and numbers, formatted for a locale: the one place the SPA formats figures. */

/** Formatters are costly to build (a dashboard of 2,000 pilots formats tens of thousands of figures): one per locale and options. */
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `number ${locale} ${JSON.stringify(options)}`;
  let format = formatters.get(key) as Intl.NumberFormat | undefined;
  if (!format) formatters.set(key, (format = new Intl.NumberFormat(locale, options)));
  return format;
}

function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `date ${locale} ${JSON.stringify(options)}`;
  let format = formatters.get(key) as Intl.DateTimeFormat | undefined;
  if (!format) formatters.set(key, (format = new Intl.DateTimeFormat(locale, options)));
  return format;
}

/** Today as `YYYY-MM-DD`, in the user's time zone. */
export function todayIso(now = new Date()): string {
  const local = new Date(now.getTime() - now.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 10);
}

/** A `YYYY-MM-DD` date, written the locale's way (read as a calendar date, not a UTC instant). */
export function formatDate(iso: string, locale: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  return dateFormat(locale, { year: 'numeric', month: 'short', day: 'numeric' }).format(new Date(year, month - 1, day));
}

/** A share from 0 to 1 as a whole percentage, or a dash when unknown. */
export function formatShare(share: number | null | undefined, locale: string): string {
  if (share === null || share === undefined || Number.isNaN(share)) return '–';
  return numberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(share);
}

export function formatNumber(value: number | null | undefined, locale: string, maximumFractionDigits = 1): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '–';
  return numberFormat(locale, { maximumFractionDigits }).format(value);
}

/** A KPI value with its unit: "72 %", "12,5 EUR", "1 200 users". */
export function formatWithUnit(value: number | null | undefined, unit: string, locale: string): string {
  const number = formatNumber(value, locale);
  if (number === '–') return number;
  if (unit === 'EUR') return numberFormat(locale, { style: 'currency', currency: 'EUR', maximumFractionDigits: 2 }).format(value as number);
  return `${number} ${unit}`;
}

/** An amount of money in whole units, as savings and benefits are shown: "€125,000", "125 000 €". */
export function formatAmount(value: number | null | undefined, unit: string, locale: string): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '–';
  if (unit === 'EUR') return numberFormat(locale, { style: 'currency', currency: 'EUR', maximumFractionDigits: 0, minimumFractionDigits: 0 }).format(value);
  return `${formatNumber(value, locale, 0)} ${unit}`;
}

/** A `YYYY-MM` month written the locale's way: "October 2025", "octobre 2025". */
export function formatMonth(month: string, locale: string): string {
  const [year, monthIndex] = month.split('-').map(Number);
  return dateFormat(locale, { year: 'numeric', month: 'long' }).format(new Date(year, monthIndex - 1, 1));
}

/** A `YYYY-MM` month in few characters: "Oct 2025", "oct. 2025"; with `compact`, "Oct 25" for chart axes. */
export function formatShortMonth(month: string, locale: string, compact = false): string {
  const [year, monthIndex] = month.split('-').map(Number);
  return dateFormat(locale, { year: compact ? '2-digit' : 'numeric', month: 'short' }).format(new Date(year, monthIndex - 1, 1));
}
