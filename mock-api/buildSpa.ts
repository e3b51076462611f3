/**
 * Builds the SPA into `dist/` as it is served: always React's production bundle and the
 * production mode (service worker included), whatever NODE_ENV the caller runs under (Vite
 * follows NODE_ENV; under Vitest it is `test`, under `npm run dev` often `development`).
 */
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '..');

export async function buildSpa(logLevel: 'warn' | 'error' = 'warn'): Promise<void> {
  const given = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    const { build } = await import('vite');
    await build({ root: ROOT, configFile: path.join(ROOT, 'vite.config.ts'), logLevel, mode: 'production' });
  } finally {
    // The server then sees the environment the user gave: NODE_ENV=production starts an empty data folder.
    if (given === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = given;
  }
}
