/**
 * Anyone, signed out, opens the open-data page: the published pilots with their adoption and
 * outcomes, filtered by region, category and period, and the files of the Data Package; and the
 * API reference for integrators.
 */
import { describe, expect, inject, it } from 'vitest';
import { accessibilityViolations, openBrowserPage, screenshot } from './browser';

const browserPage = openBrowserPage();
const page = () => browserPage.page;
const baseUrl = inject('baseUrl');

describe('the public open-data page', () => {
  it('lists the published pilots without signing in, and links to the files', async () => {
    await page().goto(`${baseUrl}/open-data`);
    const table = page().getByRole('table', { name: /published pilots?$/ });
    await table.getByRole('row').nth(1).waitFor();
    const total = (await table.getByRole('row').count()) - 1;
    expect(total).toBeGreaterThan(3);
    expect(await page().getByRole('link', { name: 'datapackage.json' }).getAttribute('href')).toBe('/open-data/datapackage.json');
    const csv = await page().request.get(`${baseUrl}/open-data/pilots.csv`);
    expect((await csv.text()).trim().split('\r\n')).toHaveLength(total + 1);
    await screenshot(page(), 'open-data');
    expect(await accessibilityViolations(page())).toEqual([]);
  });

  it('filters by region, category and period', async () => {
    const table = page().getByRole('table', { name: /published pilots?$/ });
    const count = async () => (await table.getByRole('row').count()) - 1;
    const before = await count();
    const region = (await table.getByRole('row').nth(1).getByRole('cell').nth(1).innerText()).trim();
    await page().getByRole('combobox', { name: 'Region' }).click();
    await page().getByRole('option', { name: region, exact: true }).click();
    await expect.poll(count).toBeLessThan(before);
    expect(await table.getByRole('cell', { name: region, exact: true }).count()).toBe(await count());
    await page().getByLabel('Running until (month)').fill('2000-01');
    await expect.poll(count).toBe(0);
  });

  it('links to a readable API reference for integrators, also without signing in', async () => {
    await page().getByRole('link', { name: 'API reference for integrators' }).click();
    const measurements = page().getByRole('region', { name: 'measurements' });
    await measurements.getByRole('row', { name: /POST \/measurements/ }).waitFor();
    expect(await page().getByRole('region', { name: 'imports' }).getByText('/imports/{resource}', { exact: true }).count()).toBe(1);
    await screenshot(page(), 'api-reference');
    expect(await accessibilityViolations(page())).toEqual([]);
  });
});
