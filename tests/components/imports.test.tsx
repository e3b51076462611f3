/** Importing a CSV file from a list: pick, match the columns, check, import; the columns remembered. */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import type { ImportReport } from '@/domain/imports';
import { USERS, buildKpi, buildMeasurement, buildPilot } from './builders';
import { renderApp, signedInAs } from './renderApp';
import { API, listOf, server } from './server';

const report = (overrides: Partial<ImportReport> = {}): ImportReport => ({
  dryRun: true,
  total: 2,
  valid: 2,
  errors: [],
  create: 2,
  update: 0,
  unchanged: 0,
  encoding: 'windows-1252',
  separator: ';',
  columns: ['kpiId', 'Date', 'Valeur'],
  mapping: {},
  preview: [{ row: 2, action: 'create', record: { kpiId: 10, date: '2026-10-01', value: 12.5 } }],
  ...overrides,
});

/** Answers each import call with the next report; records the query and the file received. */
function importCalls(...reports: { status: number; body: ImportReport & { message?: string } }[]) {
  const calls: { query: Record<string, string>; text: string; contentType: string | null }[] = [];
  server.use(
    http.post(`${API}/imports/measurements`, async ({ request }) => {
      calls.push({ query: Object.fromEntries(new URL(request.url).searchParams.entries()), text: await request.text(), contentType: request.headers.get('content-type') });
      const next = reports[Math.min(calls.length - 1, reports.length - 1)];
      return HttpResponse.json(next.body, { status: next.status });
    }),
  );
  return calls;
}

const file = () => new File(['kpiId;Date;Valeur\r\n10;01/10/2026;12,5\r\n10;01/11/2026;-3\r\n'], 'relevés.csv', { type: 'text/csv' });

describe('importing measurements from a CSV file', () => {
  it('matches the columns, shows the problems by line, then imports once the file is right', async () => {
    signedInAs('manager');
    server.use(listOf('measurements', [buildMeasurement()]), listOf('pilots', [buildPilot()]), listOf('kpis', [buildKpi()]), listOf('users', USERS));
    const calls = importCalls(
      { status: 200, body: report({ valid: 1, create: 1, errors: [{ row: 3, field: 'value', message: 'Must be at least 0' }] }) },
      { status: 200, body: report() },
      { status: 200, body: report({ dryRun: false }) },
    );
    renderApp('/measurements');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Import' }));
    const dialog = await screen.findByRole('dialog', { name: 'Import Measurements from a CSV file' });
    expect(within(dialog).getByRole('link', { name: 'Download the template' })).toHaveAttribute('href', '/api/imports/measurements/template');
    await user.upload(within(dialog).getByLabelText('Choose a CSV file'), file());
    // kpiId and Date are recognised by name; "Valeur" is chosen for the value.
    expect(await within(dialog).findByRole('combobox', { name: 'KPI *' })).toHaveTextContent('kpiId');
    expect(within(dialog).getByRole('combobox', { name: 'Date *' })).toHaveTextContent('Date');
    await user.click(within(dialog).getByRole('combobox', { name: 'Value *' }));
    await user.click(await screen.findByRole('option', { name: 'Valeur' }));

    await user.click(within(dialog).getByRole('button', { name: 'Check the file' }));
    const problems = await within(dialog).findByRole('table', { name: 'Problems, by line of the file' });
    expect(within(problems).getByRole('row', { name: '3 value Must be at least 0' })).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Import' })).toBeDisabled();
    expect(calls[0].query).toEqual({ dryRun: 'true', update: 'false', mapping: JSON.stringify({ kpiId: 'kpiId', date: 'Date', value: 'Valeur' }) });
    expect(calls[0].contentType).toBe('text/csv');
    expect(calls[0].text).toContain('10;01/11/2026;-3');

    await user.click(within(dialog).getByRole('button', { name: 'Check the file' }));
    await within(dialog).findByText(/2 rows: 2 to create, 0 to update, 0 already there, 0 problem\(s\)/);
    await user.click(within(dialog).getByRole('button', { name: 'Import' }));
    expect(await screen.findByText('Imported: 2 created, 0 updated, 0 already there')).toBeInTheDocument();
    expect(calls[2].query.dryRun).toBe('false');
  });

  it('remembers the columns chosen for the next file of the same resource', async () => {
    signedInAs('manager');
    localStorage.setItem('RaStore.import.mapping.measurements', JSON.stringify({ value: 'Valeur' }));
    server.use(listOf('measurements', [buildMeasurement()]), listOf('pilots', [buildPilot()]), listOf('kpis', [buildKpi()]), listOf('users', USERS));
    renderApp('/measurements');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Import' }));
    const dialog = await screen.findByRole('dialog');
    await user.upload(within(dialog).getByLabelText('Choose a CSV file'), file());
    await waitFor(() => expect(within(dialog).getByRole('combobox', { name: 'Value *' })).toHaveTextContent('Valeur'));
  });

  it('is not offered to an executive, who records no measurements', async () => {
    signedInAs('executive');
    server.use(listOf('measurements', [buildMeasurement()]), listOf('pilots', [buildPilot()]), listOf('kpis', [buildKpi()]), listOf('users', USERS));
    renderApp('/measurements');
    await screen.findByRole('button', { name: 'Export' });
    expect(screen.queryByRole('button', { name: 'Import' })).not.toBeInTheDocument();
  });
});
