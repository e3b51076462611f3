/**
 * At 390 px (a phone): every page's title is whole, nothing is wider than the screen, the
 * dashboard's filters fold behind one button, the candidates are cards, and each list names
 * what its records belong to. Screenshots under tests/e2e/output/phone-*.png.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, screenshot, submitSignIn, DEMO_ACCOUNTS } from './browser';

const baseUrl = inject('baseUrl');
let browser: Browser;
let page: Page;
beforeAll(async () => {
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
});
afterAll(() => browser.close());

const LIST = '.RaList-content li';
const PAGES: { path: string; title: string; ready: string }[] = [
  { path: '/', title: 'Dashboard', ready: 'text=Pilots by stage' },
  { path: '/pilots', title: 'Pilots', ready: LIST },
  { path: '/kpis', title: 'KPIs', ready: LIST },
  { path: '/measurements', title: 'Measurements', ready: LIST },
  { path: '/trainings', title: 'Trainings', ready: LIST },
  { path: '/feedback', title: 'Feedback', ready: LIST },
  { path: '/decisions', title: 'Decisions', ready: LIST },
  { path: '/scorecards', title: 'Scorecards', ready: 'table tbody tr' },
  { path: '/trainings/create', title: 'Create Training', ready: 'form input' },
];

/** Whether the page title shows whole (not cut) and the page is no wider than the screen. */
const layout = () =>
  page.evaluate(() => {
    const title = document.querySelector<HTMLElement>('#react-admin-title');
    return { pageWidth: document.documentElement.scrollWidth, titleCut: title ? title.scrollWidth > title.clientWidth + 1 : true, title: title?.textContent ?? '' };
  });

describe('on a phone', () => {
  it.each(PAGES)('$path: whole title, nothing wider than the screen', async ({ path, title, ready }) => {
    // On a phone the menu is folded: signed in once the dashboard's title shows.
    if (path === '/') {
      await submitSignIn(page, baseUrl, DEMO_ACCOUNTS.admin, 'demo-password');
      await page.waitForURL(`${baseUrl}/`);
    }
    await page.goto(`${baseUrl}${path}`);
    await page.locator(ready).first().waitFor();
    await page.waitForTimeout(500);
    const { pageWidth, titleCut, title: shown } = await layout();
    expect(shown).toBe(title);
    expect(titleCut).toBe(false);
    expect(pageWidth).toBeLessThanOrEqual(390);
    await screenshot(page, `phone${path === '/' ? '-dashboard' : path.replaceAll('/', '-')}`);
  });

  it("folds the dashboard's filters behind one button, and shows the candidates as cards", async () => {
    await page.goto(`${baseUrl}/`);
    const toggle = page.getByRole('button', { name: 'Filters', exact: true });
    await toggle.waitFor();
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await page.getByRole('combobox', { name: 'Category' }).isVisible()).toBe(false);
    await toggle.click();
    await page.getByRole('combobox', { name: 'Category' }).waitFor();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    await page.getByText('Generalization candidates').first().scrollIntoViewIfNeeded().catch(() => undefined);
    await page.mouse.wheel(0, 3000);
    const candidates = page.getByRole('list', { name: 'Generalization candidates' });
    await candidates.getByRole('listitem').first().waitFor();
    expect(await candidates.getByRole('listitem').count()).toBeGreaterThan(0);
    expect(await page.getByRole('region', { name: 'Generalization candidates' }).locator('table').count()).toBe(0);
    await candidates.getByRole('listitem').first().scrollIntoViewIfNeeded();
    await screenshot(page, 'phone-candidates');
  });

  it("names the pilot of each training session and measurement, and offers the languages in the user menu", async () => {
    await page.goto(`${baseUrl}/trainings`);
    await page.locator(LIST).first().waitFor();
    const pilots = (await page.evaluate(() => fetch('/api/pilots?range=[0,99]').then((r) => r.json()))) as { name: string }[];
    const firstItem = page.locator(LIST).first();
    await expect.poll(async () => (await firstItem.innerText()).includes('·')).toBe(true);
    const text = await firstItem.innerText();
    expect(pilots.some((p) => text.includes(p.name))).toBe(true);
    const title = page.locator('#react-admin-title');
    await page.getByRole('button', { name: /profile/i }).click();
    await page.getByRole('menuitem', { name: 'Français' }).click();
    await expect.poll(() => title.textContent()).toBe('Formations');
    await page.getByRole('button', { name: /profil/i }).click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await expect.poll(() => title.textContent()).toBe('Trainings');
  });
});
