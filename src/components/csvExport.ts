/**
 * CSV export that a spreadsheet cannot turn into a formula: a text cell starting with `=`, `+`,
 * `-`, `@`, a tab or a carriage return is prefixed with a single quote (OWASP's CSV injection
 * rule), at any depth of the record. Every list exports through `safeExporter`.
 */
import jsonExport from 'jsonexport/dist';
import { downloadCSV, type Exporter } from 'react-admin';

const FORMULA_START = /^[=+\-@\t\r]/;

/** A value with every text that a spreadsheet would read as a formula made inert. */
export function neutralise(value: unknown): unknown {
  if (typeof value === 'string') return FORMULA_START.test(value) ? `'${value}` : value;
  if (Array.isArray(value)) return value.map(neutralise);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, neutralise(v)]));
  return value;
}

/** The records as CSV text, made safe to open in a spreadsheet. */
export function toSafeCsv(records: readonly object[]): Promise<string> {
  return new Promise((resolve, reject) => {
    jsonExport(records.map(neutralise) as object[], (error, csv) => (error ? reject(error) : resolve(csv as string)));
  });
}

export const safeExporter: Exporter = async (records, _fetchRelated, _dataProvider, resource) => {
  downloadCSV(await toSafeCsv(records as object[]), resource ?? 'export');
};
