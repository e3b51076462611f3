/**
 * The README's promise: on a fresh machine, `npm start` builds the SPA and serves it with the
 * demo data. The build is made stale first, so that `npm start` builds it again as it would the
 * first time (Vite's build must not turn the server into production mode, without demo data).
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { signIn } from '../support/apiServer';
import { startNpmStart, stopApi, type ChildApi } from '../support/childServer';
import { openBrowserPage, signIn as signInPage } from './browser';

const browserPage = openBrowserPage();
const page = () => browserPage.page;
const root = path.resolve(import.meta.dirname, '../..');
const dataDir = mkdtempSync(path.join(tmpdir(), 'pilot-tracker-start-'));
let started: ChildApi | undefined;

afterAll(() => {
  stopApi(started);
  rmSync(dataDir, { recursive: true, force: true });
});

describe('npm start on a fresh data folder', () => {
  it('builds the SPA when it is stale and serves it with the demo data', async () => {
    const built = path.join(root, 'dist', 'index.html');
    utimesSync(built, new Date(0), new Date(0));
    const asked = Date.now();
    started = await startNpmStart(dataDir, { NODE_ENV: undefined, STATIC_DIR: undefined });
    expect(started.output).toContain('Building the SPA');
    // The API runs built, without the TypeScript loader (about 50 MB less memory).
    expect(statSync(path.join(root, 'mock-api', '.build', 'start.mjs')).mtimeMs).toBeGreaterThanOrEqual(asked - 1000);
    expect(statSync(built).mtimeMs).toBeGreaterThan(0);
    const token = await signIn(started.url, 'executive@example.org');
    const pilots = await fetch(`${started.url}/pilots`, { headers: { Authorization: `Bearer ${token}` } });
    expect(pilots.headers.get('content-range')).toMatch(/\/30$/);
    await signInPage(page(), started.url.replace(/\/api$/, ''), 'executive');
    await page().getByRole('heading', { name: 'Dashboard', level: 1 }).waitFor();
    await page().locator('.recharts-surface').first().waitFor();
  }, 180_000);

  it('builds React for production even when NODE_ENV says development', async () => {
    stopApi(started);
    const built = path.join(root, 'dist', 'index.html');
    utimesSync(built, new Date(0), new Date(0));
    const devData = mkdtempSync(path.join(tmpdir(), 'pilot-tracker-start-dev-'));
    try {
      started = await startNpmStart(devData, { NODE_ENV: 'development', STATIC_DIR: undefined });
      expect(started.output).toContain('Building the SPA');
      const assets = path.join(root, 'dist', 'assets');
      const scripts = readdirSync(assets).filter((f) => f.endsWith('.js'));
      // React's development build carries its warnings ("Invalid hook call"); the production one does not.
      expect(scripts.filter((f) => readFileSync(path.join(assets, f), 'utf8').includes('Invalid hook call'))).toEqual([]);
      const pilots = await fetch(`${started.url}/pilots`, { headers: { Authorization: `Bearer ${await signIn(started.url, 'executive@example.org')}` } });
      expect(pilots.headers.get('content-range')).toMatch(/\/30$/);
    } finally {
      rmSync(devData, { recursive: true, force: true });
    }
  }, 180_000);
});
