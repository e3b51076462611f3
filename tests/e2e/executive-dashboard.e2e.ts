/**
 * The executive's minute: sign in, read the dashboard's charts, open the top candidate, decide to
 * generalize it with a rationale, and see the pilot and the dashboard follow.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { accessibilityViolations, openBrowserPage, screenshot, signIn } from './browser';

const browserPage = openBrowserPage();
const page = () => browserPage.page;
const baseUrl = inject('baseUrl');
let topCandidate = '';
let generalizedBefore = 0;

const candidates = () => page().getByRole('region', { name: 'Generalization candidates' });
const headline = () => page().getByRole('region', { name: 'Headline figures' });

async function generalizedCount(): Promise<number> {
  const chip = headline().getByRole('listitem').filter({ hasText: /^Generalized: / });
  return Number(/Generalized: (\d+)/.exec(await chip.innerText())?.[1]);
}

async function waitForCharts(p: Page) {
  await p.locator('.recharts-line-curve').first().waitFor();
  await p.locator('.matrix-point').first().waitFor();
}

describe("an executive's dashboard", () => {
  it('draws the charts with their data points', async () => {
    await signIn(page(), baseUrl, 'executive');
    await page().getByRole('heading', { name: 'Dashboard', level: 1 }).waitFor();
    await waitForCharts(page());
    const adoption = page().getByRole('region', { name: 'Adoption over time' });
    expect(await adoption.locator('svg.recharts-surface').count()).toBeGreaterThanOrEqual(1);
    expect(await adoption.locator('.recharts-line-curve').count()).toBeGreaterThanOrEqual(2);
    expect(await adoption.locator('.recharts-line-dot, .recharts-dot').count()).toBeGreaterThan(20);
    const matrix = page().getByRole('region', { name: 'Readiness matrix' });
    expect(await matrix.locator('.matrix-point').count()).toBeGreaterThan(10);
    expect(await page().getByRole('region', { name: 'Training coverage' }).locator('.recharts-bar-rectangle').count()).toBeGreaterThan(0);
    expect(await page().getByRole('region', { name: 'Satisfaction by stakeholder' }).locator('.recharts-line-curve').count()).toBeGreaterThan(0);
    generalizedBefore = await generalizedCount();
    await screenshot(page(), 'dashboard-light');
  });

  it('meets WCAG 2.1 AA (axe-core)', async () => {
    expect(await accessibilityViolations(page())).toEqual([]);
  });

  it('opens a pilot from its bubble in the readiness matrix', async () => {
    const matrix = page().getByRole('region', { name: 'Readiness matrix' });
    // A bubble no other covers (the smallest are drawn last, on top): pointing at it names the pilot.
    const bubbles = matrix.locator('.matrix-point');
    let bubble = bubbles.last();
    for (let i = (await bubbles.count()) - 1; i >= 0; i -= 1) {
      bubble = bubbles.nth(i);
      if (await bubble.hover({ trial: true, timeout: 200 }).then(() => true, () => false)) break;
    }
    await bubble.hover();
    await matrix.getByText(/^Target users:/).waitFor();
    const named = (await matrix.locator('.matrix-tooltip strong').innerText()).trim();
    await bubble.click();
    await page().waitForURL(/\/pilots\/\d+\/show$/);
    await page().getByRole('heading', { name: named }).first().waitFor();
    await page().getByRole('region', { name: 'Scorecard' }).waitFor();
    await page().goBack();
    await waitForCharts(page());
  });

  it('opens the top candidate', async () => {
    const top = candidates().getByRole('row').nth(1);
    topCandidate = (await top.getByRole('link').first().innerText()).trim();
    await top.getByRole('link', { name: topCandidate, exact: true }).click();
    await page().waitForURL(/\/pilots\/\d+\/show$/);
    await page().getByRole('region', { name: 'Outlook' }).locator('.recharts-line-curve').first().waitFor();
    await screenshot(page(), 'pilot-outlook');
    expect(await accessibilityViolations(page())).toEqual([]);
  });

  it('records a decision to generalize it, with a rationale', async () => {
    await page().getByRole('tab', { name: 'Decisions' }).click();
    await page().getByRole('link', { name: 'Record a decision' }).click();
    await expect.poll(() => page().getByRole('combobox', { name: /pilot/i }).inputValue()).toBe(topCandidate);
    await page().getByRole('radio', { name: 'Generalize' }).check();
    await page().getByRole('textbox', { name: /rationale/i }).fill('Adoption and impact above the gates in every region tried; roll out nationwide.');
    await screenshot(page(), 'decision-create');
    await page().getByRole('button', { name: /save/i }).click();
    await page().waitForURL(/\/pilots\/\d+\/show\/decisions$/);
    // The decision history shows it, following the recommendation (no flag).
    const history = page().getByRole('list', { name: 'Decision history' });
    await history.getByRole('link', { name: /^Generalize · / }).waitFor();
    expect(await history.getByText(/Against the recommendation/).count()).toBe(0);
    await page().getByRole('tab', { name: 'Overview' }).click();
    await page().getByText('Generalized', { exact: true }).first().waitFor();
  });

  it('sees the dashboard follow the decision', async () => {
    await page().getByRole('menuitem', { name: 'Dashboard' }).click();
    await waitForCharts(page());
    await expect.poll(() => generalizedCount()).toBe(generalizedBefore + 1);
    await candidates().getByRole('row').nth(1).waitFor();
    expect(await candidates().getByRole('link', { name: topCandidate, exact: true }).count()).toBe(0);
  });

  it('reads well in the dark theme', async () => {
    await page().getByRole('button', { name: /light\/dark mode/i }).click();
    await waitForCharts(page());
    await screenshot(page(), 'dashboard-dark');
    expect(await accessibilityViolations(page())).toEqual([]);
    await page().getByRole('button', { name: /light\/dark mode/i }).click();
  });

  it('reads in French', async () => {
    await page().getByRole('menuitem', { name: 'Dashboard' }).click();
    await page().getByRole('button', { name: /english/i }).click();
    await page().getByRole('menuitem', { name: 'Français' }).click();
    await page().getByRole('heading', { name: 'Tableau de bord', level: 1 }).waitFor();
    await page().getByRole('region', { name: 'Candidats à la généralisation' }).getByRole('row').nth(1).waitFor();
    await waitForCharts(page());
    await screenshot(page(), 'dashboard-fr');
    await page().getByRole('button', { name: /français/i }).click();
    await page().getByRole('menuitem', { name: 'English' }).click();
    await page().getByRole('heading', { name: 'Dashboard', level: 1 }).waitFor();
  });

  it('compares two pilots side by side', async () => {
    const rows = candidates().getByRole('row');
    await rows.nth(1).getByRole('checkbox').check();
    await rows.nth(2).getByRole('checkbox').check();
    await candidates().getByRole('link', { name: 'Compare (2)' }).click();
    await page().waitForURL(/\/compare$/);
    const scorecards = page().getByRole('region', { name: 'Scorecards' });
    await expect.poll(() => scorecards.getByRole('columnheader').count()).toBe(3);
    await page().locator('.recharts-line-curve').first().waitFor();
    await screenshot(page(), 'compare');
    expect(await accessibilityViolations(page())).toEqual([]);
  });

  it('fits a phone screen: wide tables and tabs scroll in their own box', async () => {
    await page().setViewportSize({ width: 390, height: 844 });
    const pageWidth = () => page().evaluate(() => document.documentElement.scrollWidth);
    await page().goto(`${baseUrl}/`);
    await waitForCharts(page());
    expect(await pageWidth()).toBeLessThanOrEqual(390);
    await screenshot(page(), 'dashboard-phone');
    await page().goto(`${baseUrl}/pilots/1/show`);
    await page().reload();
    await page().getByRole('region', { name: 'Scorecard' }).waitFor();
    expect(await pageWidth()).toBeLessThanOrEqual(390);
    await screenshot(page(), 'pilot-phone');
    await page().setViewportSize({ width: 1280, height: 800 });
  });
});
