/**
 * PostgreSQL for the benchmarks (`--store postgres`): a new database loaded with `data` by COPY,
 * on the server of `--database-url`, or on a throw-away server (fsync on) stopped by `stop`.
 */
import pg from 'pg';
import type { Database } from '../../src/domain/types';
import { loadIntoPostgres } from '../store/postgres/postgresStore';
import { startThrowawayPostgres } from '../store/postgres/throwawayServer';

export interface BenchDatabase {
  url: string;
  stop(): void;
}

export async function benchDatabase(data: Database, adminUrl?: string): Promise<BenchDatabase> {
  const throwaway = adminUrl ? undefined : await startThrowawayPostgres({ durable: true });
  try {
    const name = `pilot_tracker_bench_${Date.now()}`;
    const admin = new pg.Client({ connectionString: adminUrl ?? throwaway!.url });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const url = new URL(adminUrl ?? throwaway!.url);
    url.pathname = `/${name}`;
    const started = Date.now();
    await loadIntoPostgres(url.toString(), data);
    console.log(`Loaded ${data.pilots.length} pilots, ${data.measurements.length} measurements into PostgreSQL with COPY in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return { url: url.toString(), stop: () => throwaway?.stop() };
  } catch (error) {
    throwaway?.stop();
    throw error;
  }
}
