/**
 * An executive opens a pilot's one-page report and Chromium prints it to PDF: one A4 page, with
 * the summary, scorecard, outlook, KPIs, training, satisfaction and decisions, in English or French.
 */
import { describe, expect, inject, it } from 'vitest';
import { openBrowserPage, screenshot, signIn } from './browser';

const browserPage = openBrowserPage();
const page = () => browserPage.page;
const baseUrl = inject('baseUrl');
/** "Council deliberations e-filing": KPIs, sessions, feedback, and a long rationale-free history. */
const PILOT_ID = 2;

/** Pages of a PDF as Chromium writes it: one `/Type /Page` object each. */
const pageCount = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;

describe("a pilot's printable report", () => {
  it('opens from the pilot page and prints on one A4 page', async () => {
    await signIn(page(), baseUrl, 'executive');
    await page().goto(`${baseUrl}/pilots/${PILOT_ID}/show`);
    await page().getByRole('link', { name: 'Report' }).click();
    const report = page().getByRole('article', { name: 'Council deliberations e-filing' });
    await report.locator('.recharts-line-curve').first().waitFor();
    await page().emulateMedia({ media: 'print' });
    for (const text of ['Scorecard', 'Outlook', 'KPIs against target', 'Training and satisfaction', 'Decisions', 'Readiness']) {
      await report.getByRole('heading', { name: text }).or(report.getByText(text, { exact: false }).first()).first().waitFor();
    }
    expect(await report.getByRole('table', { name: 'KPIs against target' }).getByRole('row').count()).toBeGreaterThan(2);
    expect(await page().getByRole('button', { name: 'Print or save as PDF' }).isVisible()).toBe(false);
    await screenshot(page(), 'pilot-report-print');
    const pdf = await page().pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pageCount(pdf)).toBe(1);
    await page().emulateMedia({ media: 'screen' });
  });

  it('reads in French', async () => {
    await page().goto(`${baseUrl}/pilots/${PILOT_ID}/show`);
    await page().getByRole('button', { name: /english/i }).click();
    await page().getByRole('menuitem', { name: 'Français' }).click();
    await page().getByRole('link', { name: 'Rapport' }).click();
    await page().getByRole('heading', { name: 'Indicateurs par rapport à la cible' }).waitFor();
    await page().getByRole('article').locator('.recharts-line-curve').first().waitFor();
    await page().emulateMedia({ media: 'print' });
    const pdf = await page().pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
    expect(pageCount(pdf)).toBe(1);
    await screenshot(page(), 'pilot-report-fr');
    await page().emulateMedia({ media: 'screen' });
  });
});
