/**
 * `npm start`: builds the SPA when the build is missing or older than its sources, then serves
 * the SPA and the API on one origin (see `index.ts` for the environment variables).
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { buildSpa } from './buildSpa';

const root = path.resolve(import.meta.dirname, '..');
const built = path.join(root, 'dist', 'index.html');
const SOURCES = ['src', 'public', 'index.html', 'vite.config.ts', 'package-lock.json'];

function newestChange(target: string): number {
  if (!existsSync(target)) return 0;
  const stats = statSync(target);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return readdirSync(target).reduce((newest, name) => Math.max(newest, newestChange(path.join(target, name))), stats.mtimeMs);
}

const sourcesChanged = Math.max(...SOURCES.map((s) => newestChange(path.join(root, s))));
if (!existsSync(built) || statSync(built).mtimeMs < sourcesChanged) {
  console.log('Building the SPA…');
  await buildSpa();
}

process.env.STATIC_DIR ??= path.join(root, 'dist');
await import('./index');
