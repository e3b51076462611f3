/**
 * An executive opens a pilot measured at comparison sites, reads its effect and interval, runs
 * the generalization simulator, records a decision, and finds both frozen on the decision's page.
 */
import { describe, expect, inject, it } from 'vitest';
import { accessibilityViolations, openBrowserPage, screenshot, signIn } from './browser';

const browserPage = openBrowserPage();
const page = () => browserPage.page;
const baseUrl = inject('baseUrl');
/** "Paperless civil registry": its processing time and cost per transaction are measured at comparison sites too. */
const PILOT_ID = 1;

describe("an executive weighs a pilot's effect and what generalizing it would bring", () => {
  it('sees the effect against comparison sites, with its interval and the months behind it', async () => {
    await signIn(page(), baseUrl, 'executive');
    await page().goto(`${baseUrl}/pilots/${PILOT_ID}/show/impact`);
    const effects = page().getByRole('region', { name: 'Effect against comparison sites' });
    const statement = effects.getByText(/^Processing time fell .+ more at the pilot's sites than at comparison sites, 95% CI .+ to .+, from \d+ months\.$/);
    await statement.waitFor();
    expect(await effects.getByText('Improved', { exact: true }).count()).toBeGreaterThan(0);
  });

  it('runs the simulator: more sites, more savings, with the three cases charted', async () => {
    const simulator = page().getByRole('region', { name: 'If we generalize' });
    await simulator.getByText(/^Central case: generalizing to 10 more sites/).waitFor();
    await simulator.locator('.recharts-line-curve').nth(2).waitFor();
    const table = simulator.getByRole('table', { name: /Projected savings over 36 months/ });
    expect(await table.getByRole('columnheader').allInnerTexts()).toEqual(['', 'Low', 'Central', 'High']);
    await simulator.getByRole('spinbutton', { name: 'Rollout cost per site' }).fill('20000');
    await simulator.getByRole('spinbutton', { name: 'More sites' }).fill('40');
    await simulator.getByText(/^Central case: generalizing to 40 more sites would bring .+ net over 36 months/).waitFor();
    await screenshot(page(), 'pilot-impact');
    expect(await accessibilityViolations(page())).toEqual([]);
  });

  it('sees the comparison sites as a second line on the KPI chart, the start marked', async () => {
    await page().getByRole('tab', { name: 'KPIs' }).click();
    const card = page().getByRole('article', { name: 'Processing time' });
    await card.getByText(/Comparison sites \(dashed line\): \d+ measurements/).waitFor();
    await expect.poll(() => card.locator('.recharts-line-curve').count()).toBe(2);
    await card.getByText('Pilot start', { exact: true }).waitFor();
    await screenshot(page(), 'kpi-comparison');
  });

  it('records a decision with the scenario it ran, and finds effect and simulation frozen on the decision', async () => {
    await page().getByRole('tab', { name: 'Decisions' }).click();
    await page().getByRole('link', { name: 'Record a decision' }).click();
    await page().getByText(/^Processing time fell .+ more at the pilot's sites/).waitFor();
    await page().getByRole('radio', { name: 'Generalize' }).check();
    await page().getByRole('textbox', { name: /rationale/i }).fill('Processing time fell far more than at comparison sites; generalize to 25 registries.');
    await page().getByRole('spinbutton', { name: 'Rollout cost per site' }).fill('20000');
    await page().getByRole('spinbutton', { name: 'More sites' }).fill('25');
    await page().getByText(/^Central case: generalizing to 25 more sites/).waitFor();
    const seen = await page().getByText(/^Central case: generalizing to 25 more sites/).innerText();
    await screenshot(page(), 'decision-simulation');
    await page().getByRole('button', { name: /save/i }).click();
    await page().waitForURL(/\/pilots\/\d+\/show\/decisions$/);

    await page().getByRole('list', { name: 'Decision history' }).getByRole('link', { name: /^Generalize · / }).first().click();
    await page().waitForURL(/\/decisions\/\d+\/show$/);
    await page().getByText(/^Processing time fell .+ more at the pilot's sites than at comparison sites, 95% CI/).waitFor();
    const frozen = page().getByRole('region', { name: 'Generalization simulated when the decision was recorded' });
    await frozen.getByText(/^Scenario: 25 more sites/).waitFor();
    expect(await frozen.getByText(/^Central case:/).innerText()).toBe(seen);
    await screenshot(page(), 'decision-frozen-analytics');
    expect(await accessibilityViolations(page())).toEqual([]);
  });
});
