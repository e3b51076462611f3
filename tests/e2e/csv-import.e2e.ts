/**
 * A project manager imports a month's figures exported from French Excel (Windows-1252, `;`,
 * decimal commas, DD/MM/YYYY, the pilot and KPI by name) from the measurements list, and sees
 * the KPI's chart take them.
 */
import { describe, expect, inject, it } from 'vitest';
import { accessibilityViolations, openBrowserPage, screenshot, signIn } from './browser';

const browserPage = openBrowserPage();
const page = () => browserPage.page;
const baseUrl = inject('baseUrl');
/** "Parking fines e-payment", a pilot of the demo manager; its completion rate has 30 measurements. */
const PILOT_ID = 16;
const FILE = 'pilotId;kpiId;date;value;note\r\nParking fines e-payment;Completion rate;15/09/2026;91,5;Relevé de septembre\r\nParking fines e-payment;Completion rate;15/10/2026;92,5;Relevé d’octobre\r\n'.replace('’', "'");

describe('importing a CSV file from French Excel', () => {
  it('checks the file, imports it, and the chart shows the new measurements', async () => {
    await signIn(page(), baseUrl, 'manager');
    await page().goto(`${baseUrl}/pilots/${PILOT_ID}/show/kpis`);
    const card = page().getByRole('article', { name: 'Completion rate' });
    await card.getByText(/^Completion rate: 30 measurements/).waitFor();

    await page().getByRole('menuitem', { name: 'Measurements' }).click();
    await page().getByRole('button', { name: 'Import' }).click();
    const dialog = page().getByRole('dialog', { name: 'Import Measurements from a CSV file' });
    await dialog.getByLabel('Choose a CSV file').setInputFiles({ name: 'releves.csv', mimeType: 'text/csv', buffer: Buffer.from(FILE, 'latin1') });
    await dialog.getByRole('button', { name: 'Check the file' }).click();
    await dialog.getByText(/^2 rows: 2 to create, 0 to update, 0 already there, 0 problem\(s\)/).waitFor();
    expect(await dialog.getByRole('table', { name: 'The first rows, as they would be stored' }).getByText('Relevé de septembre').count()).toBe(1);
    await screenshot(page(), 'csv-import');
    expect(await accessibilityViolations(page())).toEqual([]);
    await dialog.getByRole('button', { name: 'Import' }).click();
    await page().getByText('Imported: 2 created, 0 updated, 0 already there').waitFor();

    await page().goto(`${baseUrl}/pilots/${PILOT_ID}/show/kpis`);
    await page().reload();
    await page().getByRole('article', { name: 'Completion rate' }).getByText(/^Completion rate: 32 measurements/).waitFor();
  });
});
