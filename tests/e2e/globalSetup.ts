/**
 * Builds the SPA, then serves it with the real API on a fresh data folder, as `npm start` does.
 * Fails at once, saying what to do, when no Chromium can be found.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSpa } from '../../mock-api/buildSpa';
import { listen } from '../../mock-api/listen';
import { createServer } from '../../mock-api/server';
import { chromiumPath } from './browser';

const root = path.resolve(import.meta.dirname, '../..');

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  chromiumPath();
  await buildSpa('error');
  const dataDir = mkdtempSync(path.join(tmpdir(), 'pilot-tracker-e2e-'));
  const staticDir = path.join(root, 'dist');
  if (!existsSync(path.join(staticDir, 'index.html'))) throw new Error('The SPA build produced no dist/index.html');
  const app = await createServer({ dataDir, staticDir, log: () => undefined });
  const server = await listen(app, { port: 0, host: '127.0.0.1' });
  project.provide('baseUrl', `http://127.0.0.1:${(server.address() as AddressInfo).port}`);
  return async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    rmSync(dataDir, { recursive: true, force: true });
  };
}
