/** The activity screen names records and fields as people do: no ids, no raw JSON, no enum codes. */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { AuditEntry } from '@/domain/types';
import { USERS, buildPilot } from './builders';
import { renderApp, signedInAs } from './renderApp';
import { listOf, recordListQueries, server } from './server';

const pilot = buildPilot();
const entries: AuditEntry[] = [
  {
    id: 3,
    at: '2026-11-20T10:00:00.000Z',
    userId: 2,
    action: 'update',
    resource: 'pilots',
    recordId: 1,
    pilotId: 1,
    changes: { stage: { from: 'running', to: 'evaluating' }, ownerId: { from: 2, to: 4 }, published: { from: false, to: true } },
  },
  { id: 2, at: '2026-11-19T10:00:00.000Z', userId: 2, action: 'delete', resource: 'trainings', recordId: 9, pilotId: 1, changes: { title: { from: 'Getting started', to: null } } },
];

describe('the activity screen', () => {
  it('names the record with a link, and translates fields and values', async () => {
    signedInAs('admin');
    const list = recordListQueries('audit', entries);
    server.use(list.handler, listOf('pilots', [pilot]), listOf('users', USERS));
    renderApp('/audit');
    const row = (await screen.findByRole('link', { name: 'Online pay for water bills' })).closest('tr') as HTMLElement;
    expect(within(row).getByRole('link', { name: 'Online pay for water bills' })).toHaveAttribute('href', '/pilots/1/show');
    expect(within(row).getByText(/Stage: Running → Evaluating/)).toBeInTheDocument();
    expect(await within(row).findByText(/Owner: Mehdi Benali → Thomas Leroy/)).toBeInTheDocument();
    expect(within(row).getByText(/Published: No → Yes/)).toBeInTheDocument();
    expect(row).not.toHaveTextContent('running');
    expect(screen.getByText('Getting started (deleted)')).toBeInTheDocument();

    const user = userEvent.setup();
    await user.type(screen.getByRole('combobox', { name: 'Pilot' }), 'Online');
    await user.click(await screen.findByRole('option', { name: 'Online pay for water bills' }));
    await waitFor(() => expect(list.queries.at(-1)?.filter).toEqual({ pilotId: 1 }));
  });
});
