/**
 * The PostgreSQL store, chosen with `DATABASE_URL`: the same contract as the JSON store. At start
 * the migrations run (Kysely's migrator), an empty database is given the seed (COPY), and the
 * data is read; each commit writes its change set in one transaction (upserts, deletes, whole
 * small collections, sequences), and commits made while one runs are grouped into the next.
 * A commit resolves once PostgreSQL has committed it.
 */
import { Kysely, PostgresDialect } from 'kysely';
import { Migrator } from 'kysely/migration';
import pg from 'pg';
import type { Database } from '../../../src/domain/types';
import { COLLECTIONS, isEmptyChangeSet, type ChangeSet, type Collection } from '../changes';
import { FAILED_SIGN_IN, RECENT_AUDIT_MS } from '../../audit';
import { StoreError, type Store } from '../types';
import { copyDatabase } from './copy';
import { createColdSource } from './coldSource';
import { createSqlReader } from './sqlReader';
import { MIGRATIONS } from './migrations';
import { checkFields, quote, readColumns, recordOf, type Columns } from './tables';

export interface PostgresStoreOptions {
  /** A replica's URL (`DATABASE_READ_URL`): lists and records by id are read there. */
  readUrl?: string;
  /** Connections kept open (10 by default), to the primary and to the replica each. */
  poolSize?: number;
  log?: (message: string) => void;
}

interface Pending {
  changes: Serialised;
  resolve: () => void;
  reject: (error: unknown) => void;
}

/** The advisory lock a server holds on its database. */
const LOCK_KEY = 7_361_901;
const DATE_OID = 1082;
const TIMESTAMPTZ_OID = 1184;

/** Dates as `YYYY-MM-DD` text and instants as ISO strings, as the records hold them. */
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') => {
    if (oid === DATE_OID) return (value: string) => value;
    if (oid === TIMESTAMPTZ_OID) {
      const instant = pg.types.getTypeParser(TIMESTAMPTZ_OID, 'text') as (value: string) => Date;
      return (value: string) => instant(value).toISOString();
    }
    return pg.types.getTypeParser(oid, format ?? 'text');
  }) as typeof pg.types.getTypeParser,
};

/** A pool for `url`, parsing values as the records hold them; instants compared in UTC, as the records write them. */
export const createPool = (url: string, max = 10) => new pg.Pool({ connectionString: url, max, types, options: '-c TimeZone=UTC', idleTimeoutMillis: 0 });

/**
 * Opens all of the pool's connections, by `connect`: a connection that `query` opens keeps that
 * query's result for as long as it lives (pg's connect callback holds it), at start 20,000 rows.
 * They then stay open (`idleTimeoutMillis: 0`); one lost is opened again by the next query.
 */
async function openConnections(pool: pg.Pool): Promise<void> {
  const clients = await Promise.all(Array.from({ length: pool.options.max }, () => pool.connect()));
  for (const client of clients) client.release();
}

/** The URL without its password, for logs. */
export function describeUrl(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.password = '';
    return parsed.toString();
  } catch {
    return 'postgres (unreadable URL)';
  }
}

/** Runs the migrations not run yet (under the migrator's lock: several servers may start at once). */
export async function migrate(pool: pg.Pool): Promise<void> {
  const db = new Kysely<unknown>({ dialect: new PostgresDialect({ pool: { connect: () => pool.connect(), end: async () => undefined, options: pool.options } }) });
  const { error } = await new Migrator({ db, provider: { getMigrations: async () => MIGRATIONS } }).migrateToLatest();
  if (error) throw new StoreError(`The database's migrations failed: ${error instanceof Error ? error.message : String(error)}`);
}

/** Rows read at once at start. */
const READ_SLICE = 20_000;

/**
 * Everything the database holds, as the API's data; of the audit trail, only the failed sign-ins
 * since `auditSince` (an ISO time) when given; the collections of `kept` left empty (the store
 * reads them when asked).
 */
export async function readDatabase(pool: pg.Pool | pg.PoolClient, columns?: Columns, auditSince?: string, kept: readonly Collection[] = []): Promise<Database> {
  if (!columns) await readColumns(pool);
  const data: Record<string, unknown> = {};
  const partly = (collection: Collection) => kept.includes(collection) || (collection === 'audit' && auditSince !== undefined);
  // Dropped at the end of the load: the texts live on in the records that share them.
  const shared = new Map<string, string>();
  for (const collection of COLLECTIONS) {
    const recent = collection === 'audit' && auditSince !== undefined;
    const records: Record<string, unknown>[] = [];
    if (kept.includes(collection)) {
      data[collection] = records;
      continue;
    }
    // By slices of ids: the rows of a slice are dropped once made records, never a whole table of both at once.
    for (let after = 0, more = true; more; ) {
      const { rows } = await pool.query<Record<string, unknown>>(
        `SELECT * FROM ${quote(collection)} WHERE id > $1${recent ? ' AND at >= $3 AND action = $4' : ''} ORDER BY id LIMIT $2`,
        recent ? [after, READ_SLICE, auditSince, FAILED_SIGN_IN] : [after, READ_SLICE],
      );
      for (const row of rows) records.push(recordOf(collection, row, shared));
      more = rows.length === READ_SLICE;
      if (more) after = rows[rows.length - 1].id as number;
    }
    data[collection] = records;
  }
  const { rows } = await pool.query<{ collection: Collection; next: number }>('SELECT collection, next FROM sequences');
  const sequences = Object.fromEntries(rows.map((r) => [r.collection, r.next]));
  for (const collection of COLLECTIONS) {
    if (sequences[collection] !== undefined) continue;
    const records = data[collection] as { id: number }[];
    // The whole table when only part of it was read: an id must never be given twice.
    const last = partly(collection) ? (await pool.query<{ last: number }>(`SELECT coalesce(max(id), 0) AS last FROM ${quote(collection)}`)).rows[0].last : records.at(-1)?.id;
    sequences[collection] = (last ?? 0) + 1;
  }
  return { ...data, _sequences: sequences } as unknown as Database;
}

/**
 * A text as an SQL literal (an escape string: the same whatever `standard_conforming_strings`
 * says). The API refuses NUL characters, the one character a literal cannot hold.
 */
const literal = (text: string) => `E'${text.replace(/[\\']/g, '\\$&')}'`;

/** Ids as an SQL array literal; only integers, as the live data holds them. */
const idsLiteral = (ids: Iterable<number>) => {
  const list = [...ids];
  if (!list.every(Number.isSafeInteger)) throw new Error('An id to remove is not an integer');
  return `'{${list.join(',')}}'::int[]`;
};

const upsert = (collection: Collection, columns: readonly string[], rows: Iterable<string>): string => {
  const list = columns.map(quote).join(', ');
  const updates = columns.filter((c) => c !== 'id').map((c) => `${quote(c)} = EXCLUDED.${quote(c)}`);
  return (
    `INSERT INTO ${quote(collection)} (${list}) SELECT ${list} FROM json_populate_recordset(NULL::${quote(collection)}, ${literal(`[${[...rows].join(',')}]`)}::json)` +
    ` ON CONFLICT (id) DO UPDATE SET ${updates.join(', ')}`
  );
};

/** A change set as JSON text per record, taken when committed (its records are the live ones). */
interface Serialised {
  /** Collections written whole. */
  replace: Map<Collection, Map<number, string>>;
  put: Map<Collection, Map<number, string>>;
  remove: Map<Collection, Set<number>>;
  sequences: Record<string, number>;
}

const emptySerialised = (): Serialised => ({ replace: new Map(), put: new Map(), remove: new Map(), sequences: {} });
const entry = <K, V>(map: Map<K, V>, key: K, make: () => V): V => {
  if (!map.has(key)) map.set(key, make());
  return map.get(key)!;
};
const asRows = (records: { id: number }[]) => new Map(records.map((r) => [r.id, JSON.stringify(r)]));

/** `changes` as JSON text per record, now. */
function serialise(changes: ChangeSet, columns: Columns): Serialised {
  const serialised = emptySerialised();
  for (const kind of ['replace', 'put'] as const) {
    for (const [collection, records] of Object.entries(changes[kind]) as [Collection, { id: number }[]][]) {
      checkFields(collection, columns.get(collection)!, records);
      serialised[kind].set(collection, asRows(records));
    }
  }
  for (const [collection, ids] of Object.entries(changes.remove) as [Collection, number[]][]) serialised.remove.set(collection, new Set(ids));
  serialised.sequences = { ...changes.sequences };
  return serialised;
}

/**
 * Folds `next` into `into`, after what it holds: a later write of a record wins, a removal
 * cancels an earlier write and the other way round, so that a batch of commits is written with one
 * statement per collection and kind.
 */
function merge(into: Serialised, next: Serialised): Serialised {
  for (const [collection, rows] of next.replace) {
    into.replace.set(collection, new Map(rows));
    into.put.delete(collection);
    into.remove.delete(collection);
  }
  for (const [collection, ids] of next.remove) {
    const whole = into.replace.get(collection);
    for (const id of ids) {
      if (whole) whole.delete(id);
      else {
        into.put.get(collection)?.delete(id);
        entry(into.remove, collection, () => new Set()).add(id);
      }
    }
  }
  for (const [collection, rows] of next.put) {
    const written = into.replace.get(collection) ?? entry(into.put, collection, () => new Map());
    for (const [id, row] of rows) {
      written.set(id, row);
      into.remove.get(collection)?.delete(id);
    }
  }
  for (const [collection, value] of Object.entries(next.sequences)) into.sequences[collection] = Math.max(into.sequences[collection] ?? 1, value);
  return into;
}

/**
 * The statements that make `changes` durable, as one script: sent in one message (PostgreSQL's
 * simple query protocol), they run as one transaction, committed at its end or rolled back whole,
 * in one round trip instead of one per statement and two for BEGIN and COMMIT.
 */
function scriptOf(changes: Serialised, columns: Columns, durable: Readonly<Record<string, number>>): string {
  const statements: string[] = [];
  for (const [collection, rows] of changes.replace) {
    statements.push(`DELETE FROM ${quote(collection)}`);
    if (rows.size) statements.push(upsert(collection, columns.get(collection)!, rows.values()));
  }
  for (const [collection, ids] of changes.remove) {
    if (ids.size) statements.push(`DELETE FROM ${quote(collection)} WHERE id = ANY(${idsLiteral(ids)})`);
  }
  for (const [collection, rows] of changes.put) {
    if (rows.size) statements.push(upsert(collection, columns.get(collection)!, rows.values()));
  }
  // Only the id sequences that moved, not a row upserted per collection on every commit.
  const moved = Object.fromEntries(Object.entries(changes.sequences).filter(([collection, next]) => next > (durable[collection] ?? 0)));
  if (Object.keys(moved).length) {
    statements.push(
      `INSERT INTO sequences (collection, next) SELECT key, value::int FROM json_each_text(${literal(JSON.stringify(moved))}::json)` +
        ' ON CONFLICT (collection) DO UPDATE SET next = GREATEST(sequences.next, EXCLUDED.next)',
    );
  }
  return statements.join(';\n');
}

/** Runs `work` in a transaction on one connection of `pool`. */
export async function inTransaction<T>(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

/**
 * Gives an empty database `seed` (in one transaction, under a lock: another server may be
 * starting); a database that holds data is kept as it is, or refused.
 */
async function seedIfEmpty(pool: pg.Pool, seed: () => Database, holdingData: 'keep' | 'refuse', location: string): Promise<void> {
  await inTransaction(pool, async (client) => {
    await client.query('LOCK TABLE sequences IN EXCLUSIVE MODE');
    const { rows } = await client.query<{ n: number }>('SELECT count(*)::int AS n FROM sequences');
    if (rows[0].n === 0) await copyDatabase(client, seed());
    else if (holdingData === 'refuse') throw new StoreError(`${location} already holds data: seed an empty database`);
  });
}

/** Loads `data` into the empty database of `url` (migrated first): `npm run seed -- --database-url`. */
export async function loadIntoPostgres(url: string, data: Database): Promise<void> {
  const pool = createPool(url, 1);
  try {
    await migrate(pool);
    await seedIfEmpty(pool, () => data, 'refuse', describeUrl(url));
    // Statistics for the planner, and the visibility map set now: otherwise autovacuum does it
    // minutes later, taking a core from the first requests (and from a benchmark run).
    await pool.query('VACUUM (ANALYZE)');
  } finally {
    await pool.end();
  }
}

export function createPostgresStore(url: string, seed: () => Database, options: PostgresStoreOptions = {}): Store & { pool: pg.Pool } {
  const pool = createPool(url, options.poolSize);
  const readPool = options.readUrl ? createPool(options.readUrl, options.poolSize) : pool;
  for (const each of new Set([pool, readPool])) each.on('error', (error) => options.log?.(`PostgreSQL connection lost: ${error.message}`));
  let columns: Columns | undefined;
  /** Holds the database's lock for as long as the server runs: see `load`. */
  let owner: pg.Client | undefined;
  let queue: Pending[] = [];
  /** Transactions written: what the primary's counts are kept for. */
  let written = 0;
  /** The id sequences as the database has them (at load, then after each commit). */
  let durableSequences: Record<string, number> = {};
  let draining: Promise<void> | undefined;
  const cold = createColdSource(pool);

  const drain = async () => {
    while (queue.length) {
      const batch = queue;
      queue = [];
      try {
        const merged = batch.reduce((into, pending) => merge(into, pending.changes), emptySerialised());
        const script = scriptOf(merged, columns!, durableSequences);
        if (script) await pool.query(script);
        for (const [collection, next] of Object.entries(merged.sequences)) durableSequences[collection] = Math.max(durableSequences[collection] ?? 0, next);
        written += 1;
        for (const pending of batch) pending.resolve();
      } catch (error) {
        for (const pending of batch) pending.reject(error);
      }
    }
    draining = undefined;
  };

  return {
    pool,
    location: describeUrl(url),
    recentAuditOnly: true,
    cold,
    // A replica may lag behind the commits: its counts are not kept.
    reader: createSqlReader(readPool, readPool === pool ? () => written : undefined),
    async load() {
      try {
        // The API keeps the data in memory between commits: two servers on one database would
        // overwrite each other's changes, so the second is refused. The lock goes with the connection.
        if (!owner) {
          const client = new pg.Client({ connectionString: url });
          await client.connect();
          const { rows } = await client.query<{ locked: boolean }>('SELECT pg_try_advisory_lock($1) AS locked', [LOCK_KEY]);
          if (!rows[0].locked) {
            await client.end();
            throw new StoreError(`Another Pilot Tracker server is using ${describeUrl(url)}: stop it first (one server per database)`);
          }
          owner = client;
        }
        for (const each of new Set([pool, readPool])) await openConnections(each);
        await migrate(pool);
        columns = await readColumns(pool);
        await seedIfEmpty(pool, seed, 'keep', describeUrl(url));
        const loaded = await readDatabase(pool, columns, new Date(Date.now() - RECENT_AUDIT_MS).toISOString(), cold.collections);
        durableSequences = { ...loaded._sequences };
        return loaded;
      } catch (error) {
        if (error instanceof StoreError) throw error;
        throw new StoreError(`Cannot read ${describeUrl(url)}: ${error instanceof Error ? error.message : String(error)}`);
      }
    },
    commit(changes) {
      if (!columns) return Promise.reject(new Error('commit before load'));
      if (isEmptyChangeSet(changes)) return Promise.resolve();
      let serialised: Serialised;
      try {
        serialised = serialise(changes, columns);
      } catch (error) {
        return Promise.reject(error);
      }
      return new Promise<void>((resolve, reject) => {
        queue.push({ changes: serialised, resolve, reject });
        draining ??= drain();
      });
    },
    async close() {
      await draining;
      await pool.end();
      if (readPool !== pool) await readPool.end();
      await owner?.end();
      owner = undefined;
    },
  };
}
