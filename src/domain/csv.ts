/**
 * Reading the CSV files people have: UTF-8 with or without a BOM, or Windows-1252 (French Excel);
 * `,` or `;` separators, detected; French numbers (`1 234,5`) when the separator is `;`; dates as
 * `YYYY-MM-DD` or `DD/MM/YYYY`. Shared by the API's import and the SPA's column mapping, so both
 * read a file the same way. Parsing is papaparse's.
 */
import Papa from 'papaparse';

export type CsvSeparator = ',' | ';';
export type CsvEncoding = 'utf-8' | 'windows-1252';

export interface CsvRow {
  /** Line of the file the row starts on; the header is line 1. */
  line: number;
  cells: string[];
}

export interface CsvTable {
  encoding: CsvEncoding;
  separator: CsvSeparator;
  header: string[];
  rows: CsvRow[];
}

/** The file's text: UTF-8 when it has a BOM or decodes as UTF-8, else Windows-1252. */
export function decodeCsv(bytes: Uint8Array): { text: string; encoding: CsvEncoding } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
  }
}

/** Rows of a decoded file with the line each starts on; `maxRows` stops early (for a preview of the header). */
export function parseCsvText(text: string, maxRows = Number.POSITIVE_INFINITY): Omit<CsvTable, 'encoding'> {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const separator: CsvSeparator = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  const records: CsvRow[] = [];
  let position = 0;
  let line = 1;
  Papa.parse<string[]>(text, {
    delimiter: separator,
    skipEmptyLines: 'greedy',
    step: (result, parser) => {
      // Blank lines before the row, then the row's own line breaks (a quoted cell may hold some).
      while (text[position] === '\r' || text[position] === '\n') {
        if (text[position] === '\n') line += 1;
        position += 1;
      }
      records.push({ line, cells: result.data });
      const end = result.meta.cursor;
      for (let i = position; i < end; i += 1) if (text.charCodeAt(i) === 10) line += 1;
      position = end;
      if (records.length > maxRows) parser.abort();
    },
  });
  const [header, ...rows] = records;
  return { separator, header: (header?.cells ?? []).map((h) => h.trim()), rows };
}

export function parseCsv(bytes: Uint8Array, maxRows?: number): CsvTable {
  const { text, encoding } = decodeCsv(bytes);
  return { encoding, ...parseCsvText(text, maxRows) };
}

/** A number written in the file; with `;` as separator, French style too (`1 234,5`). NaN when it is none. */
export function readNumber(cell: string, separator: CsvSeparator): number {
  let text = cell.trim();
  if (separator === ';') text = text.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
  return text === '' || !/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(text) ? Number.NaN : Number(text);
}

/** A date written `YYYY-MM-DD` or `DD/MM/YYYY`, as `YYYY-MM-DD`; other writings are returned as they are (validation says why). */
export function readDate(cell: string): string {
  const text = cell.trim();
  const french = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  return french ? `${french[3]}-${french[2].padStart(2, '0')}-${french[1].padStart(2, '0')}` : text;
}

const TRUE = ['true', 'yes', 'oui', 'vrai', '1'];
const FALSE = ['false', 'no', 'non', 'faux', '0'];

/** A yes/no cell in English or French; undefined when it is neither. */
export function readBoolean(cell: string): boolean | undefined {
  const text = cell.trim().toLowerCase();
  return TRUE.includes(text) ? true : FALSE.includes(text) ? false : undefined;
}

/** The rows of a CSV file with a header, keyed by column (the published open-data files). */
export const readTableCsv = (text: string): Record<string, string>[] => Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;
