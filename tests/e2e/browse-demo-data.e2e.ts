/**
 * A first visit: the built app loads in Chromium, lists the demo pilots from the real API, and
 * opens one.
 */
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { screenshot, signIn, openBrowserPage } from './browser';

const browserPage = openBrowserPage();
const page = () => browserPage.page;
const baseUrl = inject('baseUrl');

beforeAll(async () => {
  await signIn(page(), baseUrl, 'admin');
});

describe('browsing the demo data', () => {
  it('lists the pilots served by the API', async () => {
    await page().goto(`${baseUrl}/pilots?order=ASC&sort=id`);
    await page().getByText('Paperless civil registry').first().waitFor();
    const rows = page().locator('table tbody tr');
    expect(await rows.count()).toBe(10);
    // Other journeys may have added pilots to the shared data: at least the 30 of the demo.
    const total = Number(/1-10 of (\d+)/.exec(await page().getByText(/1-10 of \d+/).first().innerText())?.[1]);
    expect(total).toBeGreaterThanOrEqual(30);
    await screenshot(page(), 'pilots-list');
  });

  it('opens a pilot from the list', async () => {
    await page().getByText('Paperless civil registry').first().click();
    await page().waitForURL(/\/pilots\/1\/show$/);
    await page().getByText('History of changes').waitFor();
    await page().getByText('Electronic document management for birth').first().waitFor();
    // Other journeys share the data (the executive's may have generalized this pilot): its history is not assumed empty.
  });

  it("records a change and shows it in the pilot's history", async () => {
    await page().getByRole('link', { name: /edit/i }).click();
    const region = page().getByRole('textbox', { name: /region/i });
    await region.fill('Normandie');
    await page().getByRole('button', { name: /save/i }).click();
    await page().waitForURL(/\/pilots\/1\/show$/);
    await page().getByText('Region: Île-de-France → Normandie').waitFor();
    await screenshot(page(), 'pilot-page');
  });

  it('lists the computed scorecards', async () => {
    await page().goto(`${baseUrl}/scorecards`);
    await page().locator('table tbody tr').first().waitFor();
    expect(await page().locator('table tbody tr').count()).toBeGreaterThan(0);
    await screenshot(page(), 'scorecards-list');
  });
});
