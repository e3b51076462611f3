/**
 * `npm run bench` (API part): seeds 1k pilots / 10k measurements (`--large`: 10k / 100k;
 * `--pilots N --measurements M`), then runs this API (built, as `npm run api` runs it) and stock
 * json-server 0.17.4's CLI, one after the other, on copies of the same data, with autocannon at
 * 10 connections. Prints req/s,
 * p50 and p99 for both and their ratios, and each server's memory (resident, and its peak), and
 * writes them to mock-api/bench/results/api-<store>-<scale>.json. `--store postgres` runs ours on
 * PostgreSQL: a throw-away server (fsync on) unless `--database-url` names one where a database
 * may be created; the data is loaded with COPY.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { buildApi } from '../buildApi';
import { generateData } from '../seed';
import { benchDatabase, type BenchDatabase } from './postgres';

const root = path.resolve(import.meta.dirname, '../..');
const { values } = parseArgs({
  options: {
    large: { type: 'boolean', default: false },
    duration: { type: 'string', default: '10' },
    store: { type: 'string', default: 'json' },
    pilots: { type: 'string' },
    measurements: { type: 'string' },
    'database-url': { type: 'string' },
  },
});
const store = values.store === 'postgres' ? 'postgres' : 'json';
const scale =
  values.pilots || values.measurements
    ? { pilots: Number(values.pilots ?? 1_000), measurements: Number(values.measurements ?? 10 * Number(values.pilots ?? 1_000)) }
    : values.large
      ? { pilots: 10_000, measurements: 100_000 }
      : { pilots: 1_000, measurements: 10_000 };
const duration = Number(values.duration);

interface Target {
  name: 'pilot-tracker' | 'json-server';
  /** Headers every request needs, e.g. the bearer token of a signed-in session. */
  authenticate: (base: string) => Promise<Record<string, string>>;
  start: (dataFile: string, port: number, databaseUrl?: string) => ChildProcess;
  paths: { sortedPage: string; filter: string; byId: string; post: string };
  postBody: (kpiId: number, pilotId: number) => Record<string, unknown>;
}

const enc = encodeURIComponent;
const TARGETS: Target[] = [
  {
    name: 'pilot-tracker',
    authenticate: async (base) => {
      const response = await fetch(`${base}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'admin@example.org', password: 'demo-password' }),
      });
      const { token } = (await response.json()) as { token: string };
      return { authorization: `Bearer ${token}` };
    },
    start: (dataFile, port, databaseUrl) =>
      // As `npm run api` runs it: built, without the TypeScript loader, with its memory settings (the shell hands over to node: same process).
      spawn('sh', [path.join(root, 'mock-api', 'launch.sh'), 'index.mjs'], {
        cwd: root,
        env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: path.dirname(dataFile), DATABASE_URL: databaseUrl ?? '', NODE_ENV: 'production' },
        stdio: ['ignore', 'pipe', 'inherit'],
      }),
    paths: {
      sortedPage: `/api/pilots?sort=${enc('["name","ASC"]')}&range=${enc('[0,24]')}`,
      filter: `/api/measurements?filter=${enc('{"pilotId":5}')}`,
      byId: '/api/pilots/5',
      post: '/api/measurements',
    },
    postBody: (kpiId) => ({ kpiId, date: '2026-11-01', value: 42 }),
  },
  {
    name: 'json-server',
    authenticate: async () => ({}),
    start: (dataFile, port) =>
      spawn(process.execPath, [path.join(root, 'node_modules/json-server/lib/cli/bin.js'), dataFile, '--port', String(port), '--host', '127.0.0.1', '--quiet'], {
        cwd: path.dirname(dataFile),
        env: { ...process.env, NODE_ENV: 'production' },
        stdio: ['ignore', 'pipe', 'inherit'],
      }),
    paths: {
      sortedPage: '/pilots?_sort=name&_order=asc&_start=0&_end=25',
      filter: '/measurements?pilotId=5',
      byId: '/pilots/5',
      post: '/measurements',
    },
    postBody: (kpiId, pilotId) => ({ kpiId, pilotId, date: '2026-11-01', value: 42 }),
  },
];

async function waitForServer(url: string, child: ChildProcess): Promise<void> {
  // Any answer, even a 401, means the server listens.
  for (let attempt = 0; attempt < 1_800; attempt += 1) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      if ((await fetch(url)).status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${url} did not answer within 3 minutes`);
}

/** A process's resident memory now and at its peak, in MB (Linux). */
function memoryOf(pid: number | undefined): { residentMb: number; peakMb: number } | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(status)?.[1] ?? NaN);
    return { residentMb: Math.round(kb('VmRSS') / 1024), peakMb: Math.round(kb('VmHWM') / 1024) };
  } catch {
    return undefined;
  }
}

interface Figures {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
}

/** A different past day for each write: a KPI takes one measurement per date, so a repeated body would only measure refusals. */
let daysBack = 0;
// Days before 2000, which no seeded measurement has: a KPI has one value per day.
const nextPastDay = () => new Date(Date.UTC(2000, 0, 1) - (daysBack += 1) * 86_400_000).toISOString().slice(0, 10);

async function measure(url: string, headers: Record<string, string>, init: { method?: 'GET' | 'POST'; body?: () => string } = {}): Promise<Figures> {
  const { body } = init;
  const result = await autocannon({
    url,
    connections: 10,
    duration,
    method: init.method ?? 'GET',
    headers: body ? { ...headers, 'content-type': 'application/json' } : headers,
    requests: body ? [{ setupRequest: (request) => ({ ...request, body: body() }) }] : undefined,
  });
  return {
    requestsPerSecond: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
  };
}

const port = 4100 + Math.floor(Math.random() * 500);
await buildApi();
const work = mkdtempSync(path.join(tmpdir(), 'pilot-tracker-bench-'));
const data = generateData(scale);
const kpi = data.kpis.find((k) => k.pilotId === 5) ?? data.kpis[0];
const results: Record<string, Record<string, Figures>> = {};
const memory: Record<string, ReturnType<typeof memoryOf>> = {};
let database: BenchDatabase | undefined;

try {
  for (const target of TARGETS) {
    const folder = path.join(work, target.name);
    mkdirSync(folder);
    const dataFile = path.join(folder, 'db.json');
    let databaseUrl: string | undefined;
    if (target.name === 'pilot-tracker' && store === 'postgres') {
      database = await benchDatabase(data, values['database-url']);
      databaseUrl = database.url;
    } else {
      writeFileSync(dataFile, JSON.stringify(data));
    }
    const child = target.start(dataFile, port, databaseUrl);
    const base = `http://127.0.0.1:${port}`;
    try {
      await waitForServer(`${base}${target.paths.byId}`, child);
      const headers = await target.authenticate(base);
      results[target.name] = {};
      for (const [scenario, pathname] of Object.entries(target.paths)) {
        const isPost = scenario === 'post';
        const figures = await measure(`${base}${pathname}`, headers, isPost ? { method: 'POST', body: () => JSON.stringify({ ...target.postBody(kpi.id, kpi.pilotId), date: nextPastDay() }) } : {});
        results[target.name][scenario] = figures;
        console.log(`${target.name.padEnd(14)} ${scenario.padEnd(10)} ${String(figures.requestsPerSecond).padStart(6)} req/s  p50 ${String(figures.p50).padStart(4)} ms  p99 ${String(figures.p99).padStart(4)} ms  errors ${figures.errors}`);
      }
      memory[target.name] = memoryOf(child.pid);
      console.log(`${target.name.padEnd(14)} memory     ${JSON.stringify(memory[target.name])}`);
    } finally {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
    }
  }
} finally {
  rmSync(work, { recursive: true, force: true });
  database?.stop();
}

const ours = results['pilot-tracker'];
const stock = results['json-server'];
const comparison = Object.fromEntries(
  Object.keys(ours).map((scenario) => [
    scenario,
    {
      throughputRatio: Number((ours[scenario].requestsPerSecond / stock[scenario].requestsPerSecond).toFixed(2)),
      p99Ratio: Number((ours[scenario].p99 / Math.max(1, stock[scenario].p99)).toFixed(2)),
    },
  ]),
);
console.log('\nours / stock:');
for (const [scenario, { throughputRatio, p99Ratio }] of Object.entries(comparison)) {
  console.log(`  ${scenario.padEnd(10)} throughput x${throughputRatio}  p99 x${p99Ratio}`);
}
const outDir = path.join(root, 'mock-api/bench/results');
mkdirSync(outDir, { recursive: true });
const outFile = path.join(outDir, `api-${store === 'postgres' ? 'postgres-' : ''}${scale.pilots}-${scale.measurements}.json`);
writeFileSync(
  outFile,
  JSON.stringify({ date: new Date().toISOString(), node: process.version, store, connections: 10, durationSeconds: duration, scale, results, memory, comparison }, null, 2),
);
console.log(`\nWritten to ${path.relative(root, outFile)}`);
