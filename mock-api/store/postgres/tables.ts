/**
 * How records map to PostgreSQL rows: one table per collection, one column per field, named like
 * the field. The columns are read from the database at start (the migrations made them), so that
 * a record with a field that has no column is refused rather than stored without it.
 */
import type pg from 'pg';
import { COLLECTIONS, type Collection } from '../changes';
import { StoreError } from '../types';

export type Columns = ReadonlyMap<Collection, readonly string[]>;

/** Fields whose type is `T | null` (not optional): NULL reads as null. Other NULLs read as absent fields. */
const NULL_KEPT: Partial<Record<Collection, readonly string[]>> = {
  tokens: ['lastUsedAt'],
  audit: ['userId', 'recordId', 'pilotId'],
};

export const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** The types of the columns, as `collection.field` → PostgreSQL's name of the type (`integer`, `text`...). */
export type ColumnTypes = ReadonlyMap<string, string>;

/** The columns of the collections' tables, in their order, with their types. */
async function tableColumns(db: pg.Pool | pg.PoolClient) {
  const { rows } = await db.query<{ table_name: string; column_name: string; data_type: string }>(
    `SELECT table_name, column_name, data_type FROM information_schema.columns
      WHERE table_schema = current_schema() AND table_name = ANY($1) ORDER BY table_name, ordinal_position`,
    [COLLECTIONS],
  );
  return rows;
}

export async function readColumnTypes(db: pg.Pool | pg.PoolClient): Promise<ColumnTypes> {
  return new Map((await tableColumns(db)).map((r) => [`${r.table_name}.${r.column_name}`, r.data_type]));
}

/** The columns of every collection's table, in their order. */
export async function readColumns(db: pg.Pool | pg.PoolClient): Promise<Columns> {
  const rows = await tableColumns(db);
  const columns = new Map<Collection, string[]>();
  for (const row of rows) {
    const collection = row.table_name as Collection;
    if (!columns.has(collection)) columns.set(collection, []);
    columns.get(collection)!.push(row.column_name);
  }
  const missing = COLLECTIONS.filter((c) => !columns.has(c));
  if (missing.length) throw new StoreError(`The database has no table for ${missing.join(', ')}: its migrations did not run`);
  return columns;
}

/** Throws unless every field of `records` has a column (a field without one would be lost). */
export function checkFields(collection: Collection, columns: readonly string[], records: readonly object[]): void {
  const names = new Set(columns);
  for (const record of records) {
    for (const key of Object.keys(record)) {
      if (!names.has(key)) throw new StoreError(`${collection} ${String((record as { id?: unknown }).id)} has a field "${key}" that the database has no column for`);
    }
  }
}

/** Texts this short (dates, choices, short titles) are shared between the records of one load. */
const SHORT = 24;

/**
 * A row as the record it stores: NULLs become absent fields, but for the fields typed `T | null`.
 * A new object, built field by field in column order (deleting keys would leave the records in V8's
 * slow dictionary mode, and every scan over them several times slower). With `shared` (a load's
 * records, kept for the server's life), short texts are shared between them: a date or a stage
 * read 100,000 times is one string, not 100,000. Records read for one answer are not worth it.
 */
export function recordOf(collection: Collection, row: Record<string, unknown>, shared?: Map<string, string>): Record<string, unknown> {
  const kept = NULL_KEPT[collection];
  const record: Record<string, unknown> = {};
  for (const key in row) {
    const value = row[key];
    if (shared && typeof value === 'string' && value.length <= SHORT) {
      const text = shared.get(value);
      if (text === undefined) shared.set(value, value);
      record[key] = text ?? value;
    } else if (value !== null || kept?.includes(key)) record[key] = value;
  }
  return record;
}
