/**
 * The API suite on PostgreSQL: `npm run test:pg` starts a throw-away server and sets
 * TEST_DATABASE_URL; each data folder of a test then has its own database, created when first
 * used, so that a restart on the same folder finds its data, as with the JSON store.
 */
import { createHash } from 'node:crypto';
import pg from 'pg';
import { readStoredData } from '../../mock-api/store/fileStore';
import { createPool, readDatabase } from '../../mock-api/store/postgres/postgresStore';
import type { Database } from '../../src/domain/types';

export const testDatabaseUrl = process.env.TEST_DATABASE_URL || undefined;
/** The suite runs on PostgreSQL: tests of the JSON files themselves are skipped. */
export const onPostgres = testDatabaseUrl !== undefined;

/** The URL of the database standing for `dataDir` on the test server, created when missing. */
export async function databaseFor(dataDir: string): Promise<string> {
  if (!testDatabaseUrl) throw new Error('databaseFor: TEST_DATABASE_URL is not set (run npm run test:pg)');
  const name = `pt_${createHash('sha256').update(dataDir).digest('hex').slice(0, 24)}`;
  const admin = new pg.Client({ connectionString: testDatabaseUrl });
  await admin.connect();
  try {
    const { rowCount } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!rowCount) await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(testDatabaseUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** The environment that points a child API process at the store of `dataDir`. */
export const storeEnv = async (dataDir: string): Promise<Record<string, string>> => (onPostgres ? { DATABASE_URL: await databaseFor(dataDir) } : {});

/** What the store of `dataDir` holds, read as at a restart (its database under `npm run test:pg`). */
export async function readStore(dataDir: string): Promise<Database> {
  if (!onPostgres) return readStoredData(dataDir);
  const pool = createPool(await databaseFor(dataDir), 1);
  try {
    return await readDatabase(pool);
  } finally {
    await pool.end();
  }
}
