/**
 * Two people edit the same pilot at once, each in a browser of their own: the first save goes
 * through; the second is told someone else changed the pilot, sees both changes, and applies
 * theirs again on top: the pilot ends up with both, nothing silently lost.
 */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { chromiumPath, screenshot, signIn, watchContentSecurityPolicy } from './browser';

const baseUrl = inject('baseUrl');
/** A pilot of the demo manager that the other journeys leave alone. */
const PILOT_ID = 21;

let browser: Browser;
const contexts: BrowserContext[] = [];
let first: Page;
let second: Page;
const refusals: string[][] = [];

beforeAll(async () => {
  browser = await chromium.launch({ headless: true, executablePath: chromiumPath(), args: ['--headless', '--no-sandbox', '--disable-gpu'] });
  for (let i = 0; i < 2; i += 1) contexts.push(await browser.newContext({ viewport: { width: 1280, height: 900 } }));
  [first, second] = await Promise.all(contexts.map((c) => c.newPage()));
  refusals.push(...[first, second].map(watchContentSecurityPolicy));
  await Promise.all([signIn(first, baseUrl, 'admin'), signIn(second, baseUrl, 'manager')]);
});
afterAll(async () => {
  await browser?.close();
  expect(refusals.flat(), 'Content-Security-Policy refusals').toEqual([]);
});

const editPage = async (page: Page) => {
  await page.goto(`${baseUrl}/pilots/${PILOT_ID}`);
  await page.getByRole('spinbutton', { name: /target users/i }).waitFor();
};

describe('two people editing the same pilot', () => {
  it('tells the second, who applies their change on top of the first', async () => {
    await Promise.all([editPage(first), editPage(second)]);
    const region = await second.getByRole('textbox', { name: /^region/i }).inputValue();

    await first.getByRole('spinbutton', { name: /target users/i }).fill('12345');
    await first.getByRole('button', { name: /save/i }).click();
    await first.waitForURL(/\/show$/);

    await second.getByRole('textbox', { name: /^region/i }).fill('Corse');
    await second.getByRole('button', { name: /save/i }).click();
    const dialog = second.getByRole('dialog', { name: 'Someone else changed this record' });
    await dialog.waitFor();
    await expect.poll(() => dialog.getByRole('row').count()).toBe(3);
    expect(await dialog.textContent()).toContain('12,345');
    expect(await dialog.textContent()).toContain('Corse');
    await screenshot(second, 'conflict-dialog');

    await dialog.getByRole('button', { name: 'Apply my change again' }).click();
    await second.waitForURL(/\/show$/);
    await second.reload();
    await second.getByText('Corse', { exact: true }).first().waitFor();
    await second.getByText('12,345', { exact: true }).first().waitFor();
    expect(region).not.toBe('Corse');
  });
});
