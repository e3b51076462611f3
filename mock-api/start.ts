/**
 * `npm start`: builds the SPA when the build is missing or older than its sources, then serves
 * the SPA and the API on one origin (see `index.ts` for the environment variables).
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

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
  // Always React's production bundle, even when NODE_ENV says development (Vite would follow it).
  // The server then sees the environment the user gave: NODE_ENV=production starts an empty data
  // folder without the demo data.
  const mode = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  const { build } = await import('vite');
  await build({ root, configFile: path.join(root, 'vite.config.ts'), logLevel: 'warn', mode: 'production' });
  if (mode === undefined) delete process.env.NODE_ENV;
  else process.env.NODE_ENV = mode;
}

process.env.STATIC_DIR ??= path.join(root, 'dist');
await import('./index');
