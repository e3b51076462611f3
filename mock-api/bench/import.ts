/**
 * `npm run bench` (fourth part): a CSV import of 100,000 measurement rows, the way French Excel
 * writes them (`;`, `1 234,5`, DD/MM/YYYY), into the data of `npm run seed -- --pilots 1000
 * --measurements 10000`: the dry run, then the real run (validated and committed). Results in
 * `mock-api/bench/results/import-100000.json`.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { generateData } from '../seed';
import { createServer } from '../server';

const root = path.resolve(import.meta.dirname, '../..');
const ROWS = 100_000;
const db = generateData({ pilots: 1000, measurements: 10_000 });
const kpis = db.kpis.filter((k) => k.unitKind !== 'rating');
const perKpi = Math.ceil(ROWS / kpis.length);
const lines = ['kpiId;date;value;note'];
const day = (i: number) => {
  const date = new Date(Date.UTC(2012, 0, 1) + i * 86_400_000);
  return `${String(date.getUTCDate()).padStart(2, '0')}/${String(date.getUTCMonth() + 1).padStart(2, '0')}/${date.getUTCFullYear()}`;
};
for (const kpi of kpis) {
  for (let i = 0; i < perKpi && lines.length <= ROWS; i += 1) lines.push(`${kpi.id};${day(i)};${kpi.unitKind === 'percentage' ? '42,5' : '1 234,5'};Relevé`);
}
const file = Buffer.from(lines.join('\r\n'), 'latin1');

const work = mkdtempSync(path.join(tmpdir(), 'pilot-tracker-bench-import-'));
writeFileSync(path.join(work, 'db.json'), JSON.stringify(db));
const app = await createServer({ dataDir: work, log: () => undefined });
const server = app.listen(0, '127.0.0.1');
await new Promise<void>((resolve) => server.once('listening', () => resolve()));
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const results: Record<string, { ms: number; status: number; create: number; errors: number }> = {};
try {
  const login = await fetch(`${base}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'admin@example.org', password: 'demo-password' }) });
  const { token } = (await login.json()) as { token: string };
  for (const dryRun of [true, false]) {
    const started = performance.now();
    const response = await fetch(`${base}/api/imports/measurements?dryRun=${dryRun}`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'text/csv' }, body: file });
    const report = (await response.json()) as { create: number; errors: unknown[] };
    const name = dryRun ? 'dryRun' : 'import';
    results[name] = { ms: Math.round(performance.now() - started), status: response.status, create: report.create, errors: report.errors.length };
    console.log(`${name.padEnd(7)} ${ROWS} rows (${(file.length / 1024 / 1024).toFixed(1)} MB): ${results[name].ms} ms, status ${response.status}, ${report.create} created, ${report.errors.length} errors`);
  }
} finally {
  server.close();
  rmSync(work, { recursive: true, force: true });
}
const outDir = path.join(root, 'mock-api/bench/results');
mkdirSync(outDir, { recursive: true });
const outFile = path.join(outDir, `import-${ROWS}.json`);
writeFileSync(outFile, JSON.stringify({ date: new Date().toISOString(), node: process.version, rows: ROWS, bytes: file.length, results }, null, 2));
console.log(`Written to ${path.relative(root, outFile)}`);
