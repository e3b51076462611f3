/**
 * Writes a whole data set into empty tables with COPY, the fast way PostgreSQL loads data: the
 * seed of a new database, and `npm run seed -- --database-url`. Runs on the caller's connection,
 * inside its transaction.
 */
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { Database } from '../../../src/domain/types';
import { COLLECTIONS } from '../changes';
import { checkFields, quote, readColumns } from './tables';

/** Rows per chunk of CSV text handed to the connection. */
const CHUNK = 1_000;

/** One CSV field: NULL unquoted and empty, anything else quoted (so that '' stays an empty text). */
function csvField(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'object' ? JSON.stringify(value) : String(value);
  return `"${text.replaceAll('"', '""')}"`;
}

function* csvChunks(records: readonly Record<string, unknown>[], columns: readonly string[]): Generator<string> {
  for (let start = 0; start < records.length; start += CHUNK) {
    let chunk = '';
    for (const record of records.slice(start, start + CHUNK)) chunk += columns.map((c) => csvField(record[c])).join(',') + '\n';
    yield chunk;
  }
}

export async function copyDatabase(client: pg.PoolClient, data: Database): Promise<void> {
  const columns = await readColumns(client);
  for (const collection of COLLECTIONS) {
    const records = data[collection] as unknown as Record<string, unknown>[];
    if (!records.length) continue;
    const names = columns.get(collection)!;
    checkFields(collection, names, records);
    const copy = client.query(copyFrom(`COPY ${quote(collection)} (${names.map(quote).join(', ')}) FROM STDIN WITH (FORMAT csv)`));
    await pipeline(Readable.from(csvChunks(records, names)), copy);
  }
  await client.query('INSERT INTO sequences (collection, next) SELECT key, value::int FROM json_each_text($1::json)', [JSON.stringify(data._sequences)]);
}
