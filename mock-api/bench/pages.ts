/**
 * `npm run bench` (pages): what a person waits for, in headless Chromium against the built SPA
 * (run after the bundle part, which builds it). The sign-in page: the JavaScript it loads
 * (gzipped) and how long it takes to show, signed out, from a deep link, on a first visit
 * (empty cache) and a later one; the dashboard at 2,000 pilots / 500,000 measurements, signed in:
 * when the network goes idle (last answer + 500 ms) and when every chart is drawn. Results in
 * `mock-api/bench/results/pages.json`. Skipped, saying so, without Chromium.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from 'playwright-core';
import { generateData } from '../seed';
import { createServer } from '../server';

const root = path.resolve(import.meta.dirname, '../..');
const executablePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
if (!existsSync(executablePath)) {
  console.log(`Pages bench skipped: no Chromium at ${executablePath} (set CHROME_PATH).`);
  process.exit(0);
}
const scale = { pilots: 2000, measurements: 500_000 };
const work = mkdtempSync(path.join(tmpdir(), 'pilot-tracker-bench-pages-'));
writeFileSync(path.join(work, 'db.json'), JSON.stringify(generateData(scale)));
const app = await createServer({ dataDir: work, staticDir: path.join(root, 'dist'), log: () => undefined });
const server = app.listen(0, '127.0.0.1');
await new Promise<void>((resolve) => server.once('listening', () => resolve()));
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const browser = await chromium.launch({ executablePath, args: ['--headless', '--no-sandbox', '--disable-gpu'] });

/** Milliseconds from the start of the navigation to `ready`, read in the page. */
async function timeTo(page: Page, url: string, ready: () => Promise<unknown>): Promise<number> {
  await page.goto(url);
  await ready();
  return Math.round(await page.evaluate(() => performance.now()));
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

// The sign-in page, signed out, opened from a deep link: first visit (fresh browser profile), then later ones.
const signInFirst: number[] = [];
let signInJs = { files: 0, bytes: 0, gzipBytes: 0 };
for (let run = 0; run < 3; run += 1) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const scripts: Buffer[] = [];
  page.on('response', (response) => {
    if (response.url().endsWith('.js')) void response.body().then((body) => scripts.push(body), () => undefined);
  });
  signInFirst.push(await timeTo(page, `${base}/pilots/1/show`, () => page.getByRole('button', { name: /sign in/i }).waitFor()));
  await page.waitForTimeout(300);
  signInJs = { files: scripts.length, bytes: scripts.reduce((s, b) => s + b.length, 0), gzipBytes: scripts.reduce((s, b) => s + gzipSync(b).length, 0) };
  await context.close();
}
const context = await browser.newContext();
const page = await context.newPage();
await page.goto(`${base}/login`);
await page.getByRole('button', { name: /sign in/i }).waitFor();
const signInLater: number[] = [];
for (let run = 0; run < 5; run += 1) signInLater.push(await timeTo(page, `${base}/measurements`, () => page.getByRole('button', { name: /sign in/i }).waitFor()));

// The dashboard, signed in as an executive: charts drawn and the network idle.
await page.getByRole('textbox', { name: /email/i }).fill('executive@example.org');
await page.getByLabel(/password/i).first().fill('demo-password');
await page.getByRole('button', { name: /sign in/i }).click();
await page.waitForURL((url) => url.pathname !== '/login');
const dashboardReady = async () => {
  await page.locator('.matrix-point').first().waitFor({ timeout: 60_000 });
  await page.locator('.recharts-line-curve').first().waitFor({ timeout: 60_000 });
  await page.waitForLoadState('networkidle');
};
await page.goto(`${base}/`);
await dashboardReady();
const dashboard: number[] = [];
const lastResponse: number[] = [];
for (let run = 0; run < 5; run += 1) {
  dashboard.push(await timeTo(page, `${base}/`, dashboardReady));
  lastResponse.push(Math.round(await page.evaluate(() => Math.max(...performance.getEntriesByType('resource').map((e) => (e as PerformanceResourceTiming).responseEnd)))));
}
await browser.close();
server.close();
rmSync(work, { recursive: true, force: true });

const results = {
  signIn: { javascript: signInJs, firstVisitMs: median(signInFirst), laterVisitMs: median(signInLater), runs: { firstVisit: signInFirst, laterVisit: signInLater } },
  // Network idle as Lighthouse and Playwright define it: the last answer, then 500 ms without a request.
  dashboard: { scale, networkIdleMs: median(lastResponse) + 500, chartsDrawnAndResponsiveMs: median(dashboard), runs: { drawn: dashboard, lastAnswer: lastResponse } },
};
const kB = (n: number) => `${(n / 1024).toFixed(1)} kB`;
console.log(`Sign-in page: ${signInJs.files} scripts, ${kB(signInJs.bytes)} (${kB(signInJs.gzipBytes)} gzipped)`);
console.log(`Sign-in page from a deep link, signed out: first visit ${results.signIn.firstVisitMs} ms, later ${results.signIn.laterVisitMs} ms (medians)`);
console.log(`Dashboard at ${scale.pilots} pilots / ${scale.measurements} measurements: network idle at ${results.dashboard.networkIdleMs} ms; every chart drawn and the page answering at ${results.dashboard.chartsDrawnAndResponsiveMs} ms (medians of ${dashboard.length})`);
const outDir = path.join(root, 'mock-api/bench/results');
mkdirSync(outDir, { recursive: true });
writeFileSync(path.join(outDir, 'pages.json'), JSON.stringify({ date: new Date().toISOString(), ...results }, null, 2));
console.log('Written to mock-api/bench/results/pages.json');
