/**
 * The SQL reader answers every list as the in-memory reader does: each sortable field in both
 * orders (text folded: accents and case), filters on exact values, empty values, bounds and
 * search, pages past the end. Runs under `npm run test:pg`, on the demo data and a few names
 * chosen to sort awkwardly.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Data } from '../../mock-api/database';
import { parseListQuery } from '../../mock-api/listQuery';
import { generateDemoData } from '../../mock-api/seed';
import { createMemoryReader } from '../../mock-api/store/memoryReader';
import { createPostgresStore } from '../../mock-api/store/postgres/postgresStore';
import type { ReadableCollection, RecordReader, Store } from '../../mock-api/store/types';
import { AUDIT_SCHEMA, SCHEMAS, type ResourceSchema } from '../../src/domain/schema';
import { STORED_RESOURCES, type Database } from '../../src/domain/types';
import { databaseFor, onPostgres, readStore } from '../support/postgres';

const AWKWARD_NAMES = ['École numérique', 'ecole du soir', 'Zèbre', 'zebra', 'Ærø', 'Ångström', 'élan', 'Elan', 'naïve', 'NAIVE'];

function withAwkwardNames(): Database {
  const db = generateDemoData();
  const model = db.pilots[0];
  for (const name of AWKWARD_NAMES) db.pilots.push({ ...model, id: db._sequences.pilots++, name, summary: undefined, budget: null });
  db.audit.push(
    { id: db._sequences.audit++, at: '2026-11-20T10:00:00.000Z', userId: 1, action: 'login', resource: 'auth', recordId: 1, pilotId: null, email: 'admin@example.org' },
    { id: db._sequences.audit++, at: '2026-11-26T23:30:00.000Z', userId: null, action: 'create', resource: 'users', recordId: 2, pilotId: null },
  );
  return db;
}

const COLLECTIONS: [ReadableCollection, ResourceSchema][] = [...STORED_RESOURCES.map((r) => [r, SCHEMAS[r]] as [ReadableCollection, ResourceSchema]), ['audit', AUDIT_SCHEMA]];
const sortable = (schema: ResourceSchema) => ['id', ...Object.entries(schema).filter(([, spec]) => spec.type !== 'computed' && spec.type !== 'object').map(([field]) => field)];

describe.skipIf(!onPostgres)('the SQL reader', () => {
  let folder: string;
  let store: Store;
  let memory: RecordReader;
  let sql: RecordReader;
  let db: Database;
  beforeAll(async () => {
    folder = mkdtempSync(path.join(tmpdir(), 'pilot-tracker-sql-'));
    store = createPostgresStore(await databaseFor(folder), withAwkwardNames);
    await store.load();
    // The whole data, audit trail included (the store loads only its recent part).
    db = await readStore(folder);
    const data: Data = { get: () => db, holdCommitted: () => () => undefined, commit: () => Promise.resolve(), onCommit: () => undefined };
    memory = createMemoryReader(data);
    sql = store.reader!;
  });
  afterAll(async () => {
    await store.close?.();
    rmSync(folder, { recursive: true, force: true });
  });

  /** Both readers' answers to one query: the ids of the page, where it starts, the total. */
  async function expectSame(collection: ReadableCollection, schema: ResourceSchema, params: Record<string, unknown>) {
    const answer = async (reader: RecordReader) => {
      const { page, start, total } = await reader.list(collection, parseListQuery(params, schema));
      return { ids: page.map((r) => r.id), start, total };
    };
    const expected = await answer(memory);
    expect(await answer(sql), `${collection} ${JSON.stringify(params)}`).toEqual(expected);
    return expected;
  }

  it.each(COLLECTIONS)('%s: every sortable field, both orders, first and later pages', async (collection, schema) => {
    for (const field of sortable(schema)) {
      for (const order of ['ASC', 'DESC']) {
        for (const range of ['[0,24]', '[25,49]']) await expectSame(collection, schema, { sort: JSON.stringify([field, order]), range });
      }
    }
  });

  it('sorts names with accents and case as the in-memory sort, empty values last', async () => {
    const { ids } = await expectSame('pilots', SCHEMAS.pilots, { sort: '["name","ASC"]', range: '[0,999]' });
    expect(ids.length).toBeGreaterThan(AWKWARD_NAMES.length);
    await expectSame('pilots', SCHEMAS.pilots, { sort: '["summary","DESC"]', range: '[0,999]' });
    await expectSame('pilots', SCHEMAS.pilots, { sort: '["budget","ASC"]', range: '[0,999]' });
  });

  it('filters on exact values, several values, empty values, bounds and search, as the in-memory filters', async () => {
    const cases: [ReadableCollection, ResourceSchema, Record<string, unknown>][] = [
      ['pilots', SCHEMAS.pilots, { category: 'online-procedure' }],
      ['pilots', SCHEMAS.pilots, { stage: ['running', 'evaluating'], region: 'Bretagne' }],
      ['pilots', SCHEMAS.pilots, { budget: null }],
      ['pilots', SCHEMAS.pilots, { published: 'true', startDate_gte: '2025-06-01', endDate_lte: '2027-01-01' }],
      ['pilots', SCHEMAS.pilots, { q: 'ÉCOLE' }],
      ['pilots', SCHEMAS.pilots, { q: 'e' }],
      ['pilots', SCHEMAS.pilots, { id: [3, 1, 2, 999] }],
      ['measurements', SCHEMAS.measurements, { pilotId: 5 }],
      ['measurements', SCHEMAS.measurements, { kpiId: db.kpis[3].id, date_gte: '2025-01-01', value_lte: 50 }],
      ['trainings', SCHEMAS.trainings, { satisfaction: null }],
      ['trainings', SCHEMAS.trainings, { recordedAt_gte: '2025-10-01', recordedAt_lte: '2026-03-31' }],
      ['feedback', SCHEMAS.feedback, { q: 'the', rating: [1, 2] }],
      ['decisions', SCHEMAS.decisions, { newEndDate: null }],
      ['users', SCHEMAS.users, { role: 'manager', active: true }],
      ['audit', AUDIT_SCHEMA, { at_lte: '2026-11-26' }],
      ['audit', AUDIT_SCHEMA, { userId: null }],
    ];
    for (const [collection, schema, filter] of cases) {
      for (const sort of ['["id","ASC"]', '["id","DESC"]']) await expectSame(collection, schema, { filter: JSON.stringify(filter), sort, range: '[0,99]' });
    }
  });

  it('answers a page past the end with the total, and a record by id as stored', async () => {
    const past = await expectSame('pilots', SCHEMAS.pilots, { range: '[5000,5024]' });
    expect(past.ids).toEqual([]);
    expect(await sql.get('pilots', 1)).toEqual(await memory.get('pilots', 1));
    expect(await sql.get('pilots', 99_999)).toBeUndefined();
  });
});
