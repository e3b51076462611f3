/**
 * `npm run bench` (third part): the dashboard's figures at the size of `npm run seed -- --pilots
 * 2000 --measurements 500000` (`--pilots N --measurements M` for another). For each figure:
 * throughput and latency percentiles (autocannon, 10 connections, signed in, the server
 * in-process; between two writes, repeated figures are served as computed), the time of the first
 * request, the time of a request just after a write (median and worst of 7), and the bytes it sends
 * gzipped; the server's memory. `--store postgres` (and
 * `--database-url`) as in api.ts. Results in `mock-api/bench/results/dashboard-[postgres-]<pilots>-<measurements>.json`.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import autocannon from 'autocannon';
import { generateData } from '../seed';
import { createServer } from '../server';
import { createPostgresStore } from '../store/postgres/postgresStore';
import { benchDatabase } from './postgres';

const root = path.resolve(import.meta.dirname, '../..');
const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '5' },
    store: { type: 'string', default: 'json' },
    pilots: { type: 'string', default: '2000' },
    measurements: { type: 'string', default: '500000' },
    'database-url': { type: 'string' },
    /** The API benchmark's size (`npm run bench -- --large`); the dashboard keeps its own. */
    large: { type: 'boolean' },
  },
});
const duration = Number(values.duration);
const store = values.store === 'postgres' ? 'postgres' : 'json';
const scale = { pilots: Number(values.pilots), measurements: Number(values.measurements) };
const enc = (value: unknown) => encodeURIComponent(JSON.stringify(value));
const FIGURES: Record<string, string> = {
  facets: '/api/dashboard/facets',
  headline: `/api/dashboard/headline?filter=${enc({})}`,
  candidates: `/api/dashboard/candidates?filter=${enc({})}&range=${enc([0, 4])}`,
  candidatesByNetBenefit: `/api/dashboard/candidates?filter=${enc({})}&range=${enc([0, 4])}&rankBy=netBenefit`,
  adoption: `/api/dashboard/adoption?filter=${enc({})}&groupBy=pilot`,
  adoptionByRegion: `/api/dashboard/adoption?filter=${enc({})}&groupBy=region`,
  matrix: `/api/dashboard/matrix?filter=${enc({})}`,
  training: `/api/dashboard/training?filter=${enc({})}`,
  headlineFiltered: `/api/dashboard/headline?filter=${enc({ region: 'Bretagne', from: '2025-01', to: '2026-06' })}`,
};

const work = mkdtempSync(path.join(tmpdir(), 'pilot-tracker-bench-dashboard-'));
const data = generateData(scale);
const database = store === 'postgres' ? await benchDatabase(data, values['database-url']) : undefined;
if (!database) writeFileSync(path.join(work, 'db.json'), JSON.stringify(data));
// Made here to be closed at the end: its connections (the lock's among them) would keep the process running.
const postgres = database ? createPostgresStore(database.url, () => data) : undefined;
const app = await createServer({ dataDir: work, store: postgres, log: () => undefined });
const server = app.listen(0, '127.0.0.1');
await new Promise<void>((resolve) => server.once('listening', () => resolve()));
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const results: Record<string, { requestsPerSecond: number; p50: number; p90: number; p99: number; errors: number; bytes: number; gzipBytes: number; firstMs: number; afterWriteMs: { median: number; max: number } }> = {};
try {
  const login = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'executive@example.org', password: 'demo-password' }),
  });
  const { token } = (await login.json()) as { token: string };
  const headers = { authorization: `Bearer ${token}`, 'accept-encoding': 'gzip' };
  // A figure read just after a write: the portfolio indexes the written pilot again, and nothing is cached.
  const adminLogin = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'admin@example.org', password: 'demo-password' }),
  });
  const admin = { authorization: `Bearer ${((await adminLogin.json()) as { token: string }).token}`, 'content-type': 'application/json' };
  const [kpi] = (await (await fetch(`${base}/api/kpis?range=${enc([0, 0])}`, { headers })).json()) as { id: number }[];
  let writes = 0;
  const afterWrite = async (pathname: string) => {
    const times: number[] = [];
    for (let round = 0; round < 7; round += 1) {
      // A new past day each time: a KPI has one measurement per day.
      const date = new Date(Date.UTC(1990, 0, 1) + (writes += 1) * 86_400_000).toISOString().slice(0, 10);
      const written = await fetch(`${base}/api/measurements`, { method: 'POST', headers: admin, body: JSON.stringify({ kpiId: kpi.id, date, value: 1 }) });
      if (written.status !== 201) throw new Error(`The write before a figure failed: ${written.status} ${await written.text()}`);
      const started = performance.now();
      await (await fetch(`${base}${pathname}`, { headers })).text();
      times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    return { median: Math.round(times[3]), max: Math.round(times[6]) };
  };
  for (const [name, pathname] of Object.entries(FIGURES)) {
    const started = performance.now();
    const body = await (await fetch(`${base}${pathname}`, { headers })).text();
    const firstMs = Math.round(performance.now() - started);
    const result = await autocannon({ url: `${base}${pathname}`, connections: 10, duration, headers });
    const afterWriteMs = await afterWrite(pathname);
    results[name] = {
      requestsPerSecond: Math.round(result.requests.average),
      p50: result.latency.p50,
      p90: result.latency.p90,
      p99: result.latency.p99,
      errors: result.errors + result.timeouts + result.non2xx,
      bytes: Buffer.byteLength(body),
      gzipBytes: gzipSync(body).length,
      firstMs,
      afterWriteMs,
    };
    const r = results[name];
    console.log(
      `${name.padEnd(17)} ${String(r.requestsPerSecond).padStart(5)} req/s  p50 ${String(r.p50).padStart(4)} ms  p90 ${String(r.p90).padStart(4)} ms  p99 ${String(r.p99).padStart(4)} ms  ${String(Math.round(r.gzipBytes / 1024)).padStart(4)} kB gzip (${Math.round(r.bytes / 1024)} kB)  first ${r.firstMs} ms  after a write ${r.afterWriteMs.median} ms (max ${r.afterWriteMs.max})  errors ${r.errors}`,
    );
  }
  const { heapUsed, rss } = process.memoryUsage();
  console.log(`This process (the server and autocannon): ${Math.round(rss / 1048576)} MB resident, ${Math.round(heapUsed / 1048576)} MB of heap in use`);
} finally {
  server.close();
  await postgres?.close?.();
  rmSync(work, { recursive: true, force: true });
  database?.stop();
}
const onLoad = ['facets', 'headline', 'candidates', 'adoption', 'matrix', 'training'];
const loadBytes = onLoad.reduce((sum, name) => sum + results[name].gzipBytes, 0);
console.log(`\nDashboard load: ${onLoad.length} figure calls, ${Math.round(loadBytes / 1024)} kB gzip in all`);
const outDir = path.join(root, 'mock-api/bench/results');
mkdirSync(outDir, { recursive: true });
const outFile = path.join(outDir, `dashboard-${store === 'postgres' ? 'postgres-' : ''}${scale.pilots}-${scale.measurements}.json`);
writeFileSync(outFile, JSON.stringify({ date: new Date().toISOString(), node: process.version, store, connections: 10, durationSeconds: duration, scale, results, load: { calls: onLoad.length, gzipBytes: loadBytes } }, null, 2));
console.log(`Written to ${path.relative(root, outFile)}`);
