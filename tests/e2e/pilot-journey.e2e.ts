/**
 * The everyday journey: a project manager creates a pilot, adds a KPI from a template, records
 * three measurements and sees the chart and the scorecard change; a trainer records a session
 * and some feedback; the manager marks it addressed; the screen turns French.
 */
import { describe, expect, inject, it } from 'vitest';
import { openBrowserPage, screenshot, signIn, signOut } from './browser';

const browserPage = openBrowserPage();
const page = () => browserPage.page;
const baseUrl = inject('baseUrl');
const PILOT = 'Online fishing permits';
let pilotUrl = '';

describe("a project manager's pilot", () => {
  it('creates the pilot', async () => {
    await signIn(page(), baseUrl, 'manager');
    await page().getByRole('menuitem', { name: 'Pilots', exact: true }).click();
    await page().getByRole('link', { name: /create/i }).waitFor();
    await page().locator('table tbody tr').first().waitFor();
    await screenshot(page(), 'pilots-list');
    await page().getByRole('link', { name: /create/i }).click();
    await page().getByRole('textbox', { name: /^name/i }).fill(PILOT);
    await page().getByRole('combobox', { name: /category/i }).click();
    await page().getByRole('option', { name: 'Online procedure' }).click();
    await page().getByRole('textbox', { name: /department/i }).fill('Environment');
    await page().getByRole('textbox', { name: /region/i }).fill('Bretagne');
    await page().getByLabel(/start date/i).fill('2026-06-01');
    await page().getByLabel(/end date/i).fill('2027-05-31');
    await page().getByRole('spinbutton', { name: /target users/i }).fill('1000');
    // The counter agents who will run it: what training coverage is measured against.
    await page().getByRole('spinbutton', { name: /agents to train/i }).fill('40');
    await screenshot(page(), 'pilot-create');
    await page().getByRole('button', { name: /save/i }).click();
    await page().waitForURL(/\/pilots\/\d+\/show$/);
    pilotUrl = page().url();
    await page().getByText('Not enough data', { exact: true }).waitFor();
  });

  it('adds a KPI from a template', async () => {
    await page().getByRole('tab', { name: 'KPIs' }).click();
    await page().getByRole('link', { name: 'Add a KPI' }).click();
    await page().getByRole('button', { name: 'Active users' }).click();
    await page().getByRole('spinbutton', { name: /baseline/i }).fill('0');
    await page().getByRole('spinbutton', { name: /target/i }).fill('800');
    await screenshot(page(), 'kpi-create');
    await page().getByRole('button', { name: /save/i }).click();
    await page().waitForURL(/\/pilots\/\d+\/show\/kpis$/);
    await page().getByRole('heading', { name: 'Active users' }).waitFor();
  });

  it('records three measurements and sees the chart', async () => {
    for (const [date, value] of [['2026-09-01', '100'], ['2026-10-01', '250'], ['2026-11-01', '400']]) {
      await page().getByRole('button', { name: 'Record a measurement of Active users' }).click();
      const dialog = page().getByRole('dialog');
      await dialog.getByRole('spinbutton', { name: /value/i }).fill(value);
      await dialog.getByLabel(/date/i).fill(date);
      await dialog.getByRole('button', { name: /save/i }).click();
      await dialog.waitFor({ state: 'hidden' });
    }
    await page().getByText('Active users: 3 measurements; latest 400 users').waitFor();
    expect(await page().locator('.recharts-line-curve').count()).toBe(1);
    expect(await page().locator('.recharts-line-dot, .recharts-dot').count()).toBeGreaterThanOrEqual(3);
    // Baseline and target both drawn, though every value is still below the target.
    expect(await page().locator('.recharts-reference-line-line').count()).toBe(2);
    await screenshot(page(), 'pilot-kpis');
  });

  it('sees the scorecard change', async () => {
    await page().getByRole('tab', { name: 'Overview' }).click();
    const scorecard = page().getByRole('region', { name: 'Scorecard' });
    await scorecard.getByText('40%').first().waitFor();
    await scorecard.getByText('Stop').waitFor();
    await screenshot(page(), 'pilot-overview');
    await signOut(page());
  });
});

describe('a trainer', () => {
  it("records a session from the pilot's page and sees the coverage", async () => {
    await signIn(page(), baseUrl, 'trainer');
    await page().goto(`${pilotUrl}/trainings`);
    await page().getByText('Training coverage: – of the agents to train').waitFor();
    await page().getByRole('link', { name: 'Record a session' }).click();
    await expect.poll(() => page().getByRole('combobox', { name: /pilot/i }).inputValue()).toBe(PILOT);
    await page().getByRole('textbox', { name: /title/i }).fill('Getting started for counter agents');
    await page().getByRole('spinbutton', { name: /participants/i }).fill('12');
    await page().getByRole('spinbutton', { name: /^completed/i }).fill('10');
    await screenshot(page(), 'training-create');
    await page().getByRole('button', { name: /save/i }).click();
    await page().getByRole('cell', { name: 'Getting started for counter agents' }).waitFor();
    await screenshot(page(), 'trainings-list');
    await page().goto(`${pilotUrl}/trainings`);
    await page().getByText('Training coverage: 25% of the agents to train').waitFor();
  });

  it("records feedback from the pilot's page", async () => {
    await page().getByRole('tab', { name: 'Feedback' }).click();
    await page().getByRole('link', { name: 'Record feedback' }).click();
    await expect.poll(() => page().getByRole('combobox', { name: /pilot/i }).inputValue()).toBe(PILOT);
    await page().getByRole('combobox', { name: /stakeholder/i }).click();
    await page().getByRole('option', { name: 'Agent' }).click();
    await page().getByRole('radio', { name: '4' }).check();
    await page().getByRole('textbox', { name: /comment/i }).fill('Permits issued in two minutes instead of two days.');
    await screenshot(page(), 'feedback-create');
    await page().getByRole('button', { name: /save/i }).click();
    await page().waitForURL(/\/feedback$/);
    await page().getByRole('cell', { name: 'Permits issued in two minutes instead of two days.' }).waitFor();
    await signOut(page());
  });
});

describe('the manager', () => {
  it('marks the feedback addressed', async () => {
    await signIn(page(), baseUrl, 'manager');
    await page().getByRole('menuitem', { name: 'Feedback' }).click();
    const row = page().getByRole('row').filter({ hasText: 'Permits issued in two minutes' });
    await row.waitFor();
    await page().waitForLoadState('networkidle');
    await screenshot(page(), 'feedback-before-addressed');
    await row.getByRole('checkbox').click();
    await page().getByRole('button', { name: 'Mark addressed' }).click();
    await page().getByRole('button', { name: /confirm/i }).click();
    await row.getByText('Addressed').waitFor();
    await screenshot(page(), 'feedback-list');
  });

  it('reads the decision log and the scorecards', async () => {
    await page().getByRole('menuitem', { name: 'Decisions' }).click();
    await page().locator('table tbody tr').first().waitFor();
    await screenshot(page(), 'decisions-list');
    await page().getByRole('menuitem', { name: 'Scorecards' }).click();
    await page().locator('table tbody tr').first().waitFor();
    await screenshot(page(), 'scorecards');
  });

  it('turns the screen French', async () => {
    await page().getByRole('menuitem', { name: 'Pilots', exact: true }).click();
    await page().getByRole('button', { name: /english/i }).click();
    await page().getByRole('menuitem', { name: 'Français' }).click();
    await page().getByRole('menuitem', { name: 'Expérimentations', exact: true }).waitFor();
    await page().getByText('Étape').first().waitFor();
    // Dates and numbers follow the chosen language: 1 December 2023, 3 200 users.
    await page().getByRole('cell', { name: '01/12/2023' }).first().waitFor();
    await page().getByRole('cell', { name: /^3\s200$/ }).first().waitFor();
    await screenshot(page(), 'pilots-list-fr');
  });

  it('reads well in the dark theme', async () => {
    await page().getByRole('button', { name: /thème|theme/i }).click();
    await page().goto(pilotUrl);
    await page().getByRole('region', { name: 'Bilan' }).waitFor();
    await screenshot(page(), 'pilot-overview-dark-fr');
  });
});
