/**
 * The dashboard stays light with a large portfolio: at the size of `npm run seed -- --pilots 2000
 * --measurements 500000`, loading it makes at most 10 API calls and transfers under 500 kB.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer } from '../../mock-api/server';
import { generateData } from '../../mock-api/seed';
import { openBrowserPage, screenshot, signIn } from './browser';

const browserPage = openBrowserPage();
const page = () => browserPage.page;
const dataDir = mkdtempSync(path.join(tmpdir(), 'pilot-tracker-large-'));
let server: Server;
let baseUrl = '';

beforeAll(async () => {
  writeFileSync(path.join(dataDir, 'db.json'), JSON.stringify(generateData({ pilots: 2000, measurements: 500_000 })));
  const app = await createServer({ dataDir, staticDir: path.resolve(import.meta.dirname, '../../dist'), log: () => undefined });
  server = app.listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}, 120_000);
afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  rmSync(dataDir, { recursive: true, force: true });
});

describe('the dashboard of 2000 pilots and 500 000 measurements', () => {
  it('loads in at most 10 API calls and under 500 kB', async () => {
    await signIn(page(), baseUrl, 'executive');
    await page().locator('.matrix-point').first().waitFor({ timeout: 60_000 });
    // A fresh load of the home page, signed in: every API call it makes, and the bytes received
    // on the wire (Chromium's encoded length: compressed body and headers).
    const cdp = await page().context().newCDPSession(page());
    await cdp.send('Network.enable');
    // A first visit: nothing in the HTTP cache (a reload would revalidate with ETags and get 304s).
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    const urls = new Map<string, string>();
    const calls: { url: string; bytes: number }[] = [];
    cdp.on('Network.requestWillBeSent', (event) => urls.set(event.requestId, event.request.url));
    cdp.on('Network.loadingFinished', (event) => {
      const url = urls.get(event.requestId);
      if (url && new URL(url).pathname.startsWith('/api/')) calls.push({ url, bytes: event.encodedDataLength });
    });
    await page().reload();
    await page().locator('.matrix-point').first().waitFor({ timeout: 60_000 });
    await page().locator('.recharts-line-curve').first().waitFor();
    await page().getByRole('region', { name: 'Training coverage' }).locator('.recharts-bar-rectangle').first().waitFor();
    await page().waitForLoadState('networkidle');
    const bytes = calls.reduce((sum, c) => sum + c.bytes, 0);
    console.log(`Dashboard at 2000 pilots / 500k measurements: ${calls.length} API calls, ${Math.round(bytes / 1024)} kB`);
    for (const call of calls) console.log(`  ${Math.round(call.bytes / 1024)} kB ${decodeURIComponent(new URL(call.url).pathname + new URL(call.url).search)}`);
    expect(calls.length).toBeGreaterThanOrEqual(6);
    expect(calls.length).toBeLessThanOrEqual(10);
    expect(bytes).toBeLessThan(500 * 1024);
    expect(await page().locator('.matrix-point').count()).toBeGreaterThan(1000);
    await screenshot(page(), 'dashboard-large');
  }, 180_000);
});
