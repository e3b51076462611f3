/** `npm run seed` writes a data set (to a file, or into PostgreSQL with COPY) that the server then serves as it is. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { startApi } from '../support/apiServer';
import { databaseFor, onPostgres } from '../support/postgres';

it('writes a larger data set that a server started on it serves', async () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'pilot-tracker-seed-'));
  const out = path.join(dataDir, 'db.json');
  const target = onPostgres ? ['--database-url', await databaseFor(dataDir)] : ['--out', out];
  const printed = execFileSync(process.execPath, ['--import', 'tsx', 'mock-api/seed/cli.ts', '--pilots', '120', '--measurements', '2000', ...target], {
    cwd: path.resolve(import.meta.dirname, '../..'),
    encoding: 'utf8',
  });
  expect(printed).toMatch(/120 pilots, \d+ KPIs, 2000 measurements/);

  const api = await startApi({ dataDir });
  const pilots = await api.call(`/pilots?range=[0,9]`);
  expect(pilots.headers.get('content-range')).toBe('pilots 0-9/120');
  const measurements = await api.call(`/measurements?range=[0,0]`);
  expect(measurements.headers.get('content-range')).toBe('measurements 0-0/2000');
  const created = await api.call(`/measurements`, { method: 'POST', body: { kpiId: 1, date: '2026-11-02', value: 3 } });
  expect(created.body).toMatchObject({ id: 2001 });
  await api.close();
  rmSync(dataDir, { recursive: true, force: true });
}, 60_000);
