import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { i18nProvider } from '@/providers/i18nProvider';
import { todayIso } from '@/domain/format';
import { USERS, buildKpi, buildMeasurement, buildPilot, buildScorecard } from './builders';
import { renderApp, signedInAs } from './renderApp';
import { API, invalidResponse, listOf, oneOf, recordListQueries, recordWrites, server } from './server';

const pilot = buildPilot();

describe('adding a KPI to a pilot', () => {
  it('starts from a template and sends the KPI', async () => {
    signedInAs('manager');
    const create = recordWrites('post', 'kpis');
    server.use(create.handler, listOf('pilots', [pilot]), oneOf('pilots', [pilot]), listOf('kpis', []), listOf('users', USERS));
    renderApp('/kpis/create');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Processing time' }));
    const pilotInput = screen.getByRole('combobox', { name: /pilot/i });
    await user.type(pilotInput, 'Online');
    await user.click(await screen.findByRole('option', { name: 'Online pay for water bills' }));
    await user.type(screen.getByRole('spinbutton', { name: /baseline/i }), '20');
    await user.type(screen.getByRole('spinbutton', { name: /target/i }), '25');
    await user.click(screen.getByRole('button', { name: /save/i }));
    expect(await screen.findByText('Must be below the baseline for a KPI that should decrease')).toBeInTheDocument();
    await user.clear(screen.getByRole('spinbutton', { name: /target/i }));
    await user.type(screen.getByRole('spinbutton', { name: /target/i }), '8');
    await user.click(screen.getByRole('button', { name: /save/i }));
    await waitFor(() => expect(create.bodies).toHaveLength(1));
    expect(create.bodies[0]).toEqual({ pilotId: 1, name: 'Processing time', kind: 'time', unit: 'days', unitKind: 'duration', scaleMax: null, direction: 'decrease', baseline: 20, target: 8 });
  });

  it('shows the server error on its field', async () => {
    signedInAs('manager');
    const create = recordWrites('post', 'kpis', () => invalidResponse({ kind: 'This pilot already has an adoption KPI ("Active users")' }));
    server.use(create.handler, listOf('pilots', [pilot]), oneOf('pilots', [pilot]), listOf('users', USERS));
    renderApp('/kpis/create');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Active users' }));
    await user.type(screen.getByRole('combobox', { name: /pilot/i }), 'Online');
    await user.click(await screen.findByRole('option', { name: 'Online pay for water bills' }));
    await user.type(screen.getByRole('spinbutton', { name: /baseline/i }), '0');
    await user.type(screen.getByRole('spinbutton', { name: /target/i }), '3000');
    await user.click(screen.getByRole('button', { name: /save/i }));
    expect(await screen.findByText('This pilot already has an adoption KPI ("Active users")')).toBeInTheDocument();
  });
});

describe("a pilot's KPIs", () => {
  it('records a measurement in two clicks, dated today', async () => {
    signedInAs('manager');
    const kpi = buildKpi();
    const create = recordWrites('post', 'measurements');
    server.use(
      create.handler,
      oneOf('pilots', [pilot]),
      listOf('kpis', [kpi]),
      listOf('measurements', [buildMeasurement()]),
      listOf('users', USERS),
      oneOf('scorecards', [buildScorecard()]),
    );
    renderApp('/pilots/1/show/kpis');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Record a measurement of Completion rate' }));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByRole('spinbutton', { name: /value/i }), '72');
    await user.click(within(dialog).getByRole('button', { name: /save/i }));
    await waitFor(() => expect(create.bodies).toHaveLength(1));
    expect(create.bodies[0]).toEqual({ kpiId: 10, date: todayIso(), value: 72, group: 'pilot' });
  });

  it('says at once what the API would refuse: a negative count, a date after today, in the user\'s language', async () => {
    signedInAs('manager');
    const kpi = buildKpi({ name: 'Active users', kind: 'adoption', unit: 'users', unitKind: 'count', baseline: 0, target: 3000 });
    const create = recordWrites('post', 'measurements');
    server.use(create.handler, oneOf('pilots', [pilot]), listOf('kpis', [kpi]), listOf('measurements', []), listOf('users', USERS), oneOf('scorecards', [buildScorecard()]));
    window.localStorage.setItem('RaStore.locale', JSON.stringify('fr'));
    renderApp('/pilots/1/show/kpis');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: /Active users/ }));
    const dialog = await screen.findByRole('dialog');
    // The unit of a template is translated.
    const value = within(dialog).getByRole('spinbutton', { name: /utilisateurs/ });
    await user.type(value, '-5');
    const date = within(dialog).getByLabelText(/date/i);
    await user.clear(date);
    await user.type(date, '2099-01-01');
    await user.click(within(dialog).getByRole('button', { name: /enregistrer/i }));
    expect(await within(dialog).findByText('Doit être au moins 0')).toBeInTheDocument();
    expect(within(dialog).getByText(/Ne peut pas être postérieure à aujourd’hui/)).toBeInTheDocument();
    expect(create.bodies).toHaveLength(0);
    await i18nProvider.changeLocale('en');
  });

  it('deletes a measurement with an undo, and sends nothing when undone', async () => {
    signedInAs('admin');
    const deletes: string[] = [];
    server.use(
      http.delete(`${API}/measurements/:id`, ({ params }) => {
        deletes.push(String(params.id));
        return HttpResponse.json(buildMeasurement());
      }),
      oneOf('pilots', [pilot]),
      listOf('kpis', [buildKpi()]),
      listOf('measurements', [buildMeasurement()]),
      listOf('users', USERS),
      oneOf('scorecards', [buildScorecard()]),
    );
    renderApp('/pilots/1/show/kpis');
    const user = userEvent.setup();
    await user.click(await screen.findByText('The measurement'));
    await user.click(await screen.findByRole('button', { name: /delete the measurement of/i }));
    await user.click(await screen.findByRole('button', { name: /undo/i }));
    // Back, and the API was never asked.
    expect(await screen.findByText('The measurement')).toBeInTheDocument();
    expect(deletes).toEqual([]);
  });

  it('edits a measurement in its table', async () => {
    signedInAs('admin');
    const update = recordWrites('put', 'measurements/:id');
    server.use(update.handler, oneOf('pilots', [pilot]), listOf('kpis', [buildKpi()]), listOf('measurements', [buildMeasurement()]), listOf('users', USERS), oneOf('scorecards', [buildScorecard()]));
    renderApp('/pilots/1/show/kpis');
    const user = userEvent.setup();
    await user.click(await screen.findByText('The measurement'));
    await user.click(await screen.findByRole('button', { name: /edit the measurement of/i }));
    const value = screen.getByRole('spinbutton', { name: 'Value' });
    await user.clear(value);
    await user.type(value, '66.5');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(update.bodies).toHaveLength(1));
    expect(update.bodies[0]).toMatchObject({ date: '2026-10-01', value: 66.5 });
  });
});

describe('the KPIs list', () => {
  it('shows the units of the templates in the reader\'s language', async () => {
    signedInAs('executive');
    await i18nProvider.changeLocale('fr');
    try {
      server.use(listOf('kpis', [buildKpi({ name: 'Utilisateurs actifs', kind: 'adoption', unit: 'users', unitKind: 'count' }), buildKpi({ id: 11, unit: 'dossiers' })]), listOf('pilots', [pilot]), listOf('users', USERS));
      renderApp('/kpis');
      expect(await screen.findByRole('cell', { name: 'utilisateurs' })).toBeInTheDocument();
      // A unit of the user's own is shown as written.
      expect(screen.getByRole('cell', { name: 'dossiers' })).toBeInTheDocument();
    } finally {
      await i18nProvider.changeLocale('en');
    }
  });
});

describe('the measurements list', () => {
  it('filters by pilot and date range', async () => {
    signedInAs('executive');
    const list = recordListQueries('measurements', [buildMeasurement()]);
    server.use(list.handler, listOf('pilots', [pilot]), listOf('kpis', [buildKpi()]), listOf('users', USERS));
    renderApp('/measurements');
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('From'), '2026-01-01');
    await waitFor(() => expect(list.queries.at(-1)?.filter).toEqual({ date_gte: '2026-01-01' }));
    await user.type(screen.getByRole('combobox', { name: 'Pilot' }), 'Online');
    await user.click(await screen.findByRole('option', { name: 'Online pay for water bills' }));
    await waitFor(() => expect(list.queries.at(-1)?.filter).toEqual({ date_gte: '2026-01-01', pilotId: 1 }));
    expect(list.queries.at(-1)?.sort).toEqual(['date', 'DESC']);
  });
});
