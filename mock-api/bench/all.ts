/**
 * `npm run bench [-- options]`: every benchmark, one after the other: bundle size, pages in
 * Chromium, the API against stock json-server, the dashboard's figures, the CSV import. The
 * options go to the API and dashboard benchmarks (`--large`, `--duration S`, `--store postgres`,
 * `--pilots N --measurements M`, `--database-url URL`: see api.ts and dashboard.ts).
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const options = process.argv.slice(2);
const BENCHMARKS: [string, string[]][] = [
  ['bundle.ts', []],
  ['pages.ts', []],
  ['api.ts', options],
  ['dashboard.ts', options],
  ['import.ts', []],
];
for (const [script, args] of BENCHMARKS) {
  const { status } = spawnSync(process.execPath, ['--import', 'tsx', path.join(import.meta.dirname, script), ...args], { stdio: 'inherit' });
  if (status !== 0) {
    console.error(`${script} failed (${status})`);
    process.exit(status ?? 1);
  }
}
