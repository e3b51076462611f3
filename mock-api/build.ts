/**
 * The build step of `npm start` (and of `npm run api`, with `--api`): builds the SPA when the
 * build is missing or older than its sources (always React's production bundle), then the API.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { buildApi } from './buildApi';
import { buildSpa, ROOT } from './buildSpa';

const built = path.join(ROOT, 'dist', 'index.html');
const SOURCES = ['src', 'public', 'index.html', 'vite.config.ts', 'package-lock.json'];

function newestChange(target: string): number {
  if (!existsSync(target)) return 0;
  const stats = statSync(target);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return readdirSync(target).reduce((newest, name) => Math.max(newest, newestChange(path.join(target, name))), stats.mtimeMs);
}

if (!process.argv.includes('--api')) {
  const sourcesChanged = Math.max(...SOURCES.map((s) => newestChange(path.join(ROOT, s))));
  if (!existsSync(built) || statSync(built).mtimeMs < sourcesChanged) {
    console.log('Building the SPA…');
    await buildSpa();
  }
}
await buildApi();
