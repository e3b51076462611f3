/**
 * Builds the API into one plain JavaScript module per entry (`mock-api/.build/`), as `npm start`
 * and `npm run api` run it: without the TypeScript loader, whose worker thread and compiled
 * sources cost the server about 50 MB of memory. Packages stay outside, imported from node_modules.
 */
import path from 'node:path';
import { ROOT } from './buildSpa';

export const API_BUILD = path.join(ROOT, 'mock-api', '.build');

/** The entries built: `start` serves the built SPA too (`npm start`), `index` the API alone. */
const ENTRIES = { index: 'mock-api/index.ts', start: 'mock-api/start.ts' };

export async function buildApi(): Promise<void> {
  const { build } = await import('vite');
  await build({
    root: ROOT,
    configFile: false,
    publicDir: false,
    logLevel: 'warn',
    mode: 'production',
    build: {
      ssr: true,
      outDir: API_BUILD,
      emptyOutDir: true,
      target: 'node20',
      minify: false,
      rollupOptions: { input: Object.fromEntries(Object.entries(ENTRIES).map(([name, file]) => [name, path.join(ROOT, file)])), output: { entryFileNames: '[name].mjs' } },
    },
  });
}
