/** A project manager creates an integration token for one of their pilots and copies its secret, shown once. */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { IntegrationToken } from '@/domain/types';
import { USERS, buildPilot } from './builders';
import { renderApp, signedInAs } from './renderApp';
import { listOf, recordListQueries, recordWrites, server } from './server';

const token: IntegrationToken = { id: 3, name: 'Matomo monthly users', userId: 2, pilotIds: [1], scopes: ['measurements'], createdAt: '2026-11-20T09:00:00.000Z', lastUsedAt: null };

describe('integration tokens', () => {
  it('lists a manager\'s tokens with their last use', async () => {
    signedInAs('manager');
    server.use(listOf('tokens', [token, { ...token, id: 4, name: 'LMS', scopes: ['trainings'], lastUsedAt: '2026-11-25T08:30:00.000Z' }]), listOf('pilots', [buildPilot()]), listOf('users', USERS));
    renderApp('/tokens');
    const row = (await screen.findByText('Matomo monthly users')).closest('tr')!;
    expect(within(row).getByText('Never used')).toBeInTheDocument();
    expect(within(row).getByText('Measurements')).toBeInTheDocument();
    expect(await within(row).findByText('Online pay for water bills')).toBeInTheDocument();
    expect(within(screen.getByText('LMS').closest('tr')!).getByText('Training sessions')).toBeInTheDocument();
  });

  it('creates one for the pilots the manager owns and shows the secret once', async () => {
    signedInAs('manager');
    const create = recordWrites('post', 'tokens', (body) => new Response(JSON.stringify({ ...token, ...body, token: 'pt_s3cr3t-shown-once' }), { status: 201, headers: { 'Content-Type': 'application/json' } }));
    const pilots = recordListQueries('pilots', [buildPilot()]);
    server.use(create.handler, pilots.handler, listOf('tokens', []), listOf('users', USERS));
    renderApp('/tokens/create');
    const user = userEvent.setup();
    await user.type(await screen.findByRole('textbox', { name: /name/i }), 'Matomo monthly users');
    await user.click(screen.getByRole('combobox', { name: /pilots/i }));
    await user.click(await screen.findByRole('option', { name: 'Online pay for water bills' }));
    await user.click(screen.getByRole('button', { name: /save/i }));
    await waitFor(() => expect(create.bodies).toHaveLength(1));
    expect(create.bodies[0]).toEqual({ name: 'Matomo monthly users', pilotIds: [1], scopes: ['measurements'] });
    // The pilot picker offers only the manager's own pilots.
    expect(pilots.queries.some((q) => q.filter.ownerId === 2)).toBe(true);
    const dialog = await screen.findByRole('dialog', { name: 'Your new integration token' });
    expect(within(dialog).getByRole('textbox', { name: 'Token' })).toHaveValue('pt_s3cr3t-shown-once');
    expect(within(dialog).getByText(/shown only once/)).toBeInTheDocument();
  });
});
