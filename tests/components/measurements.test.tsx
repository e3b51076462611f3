import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { USERS, buildKpi, buildPilot } from './builders';
import { renderApp, signedInAs } from './renderApp';
import { listOf, oneOf, recordWrites, server } from './server';

const water = buildPilot();
const permits = buildPilot({ id: 2, name: 'Paperless building permits' });
const kpis = [buildKpi({ id: 10, pilotId: 1, name: 'Completion rate' }), buildKpi({ id: 11, pilotId: 2, name: 'Completion rate' })];

describe("a manager's figures", () => {
  it('picks the KPI by its name and its pilot, since many pilots measure a completion rate', async () => {
    signedInAs('manager');
    const create = recordWrites('post', 'measurements');
    server.use(create.handler, listOf('kpis', kpis), oneOf('kpis', kpis), listOf('pilots', [water, permits]), oneOf('pilots', [water, permits]), listOf('users', USERS), listOf('measurements', []));
    renderApp('/measurements/create');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('combobox', { name: /kpi/i }));
    expect(await screen.findByRole('option', { name: 'Completion rate · Online pay for water bills' })).toBeInTheDocument();
    await user.click(screen.getByRole('option', { name: 'Completion rate · Paperless building permits' }));
    await user.type(screen.getByRole('spinbutton', { name: /value/i }), '64');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(create.bodies).toHaveLength(1));
    expect(create.bodies[0]).toMatchObject({ kpiId: 11, value: 64 });
  });
});
