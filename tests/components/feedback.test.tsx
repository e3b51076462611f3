import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { USERS, buildFeedback, buildPilot } from './builders';
import { renderApp, signedInAs } from './renderApp';
import { listOf, oneOf, recordListQueries, recordWrites, server } from './server';

const pilot = buildPilot();
const feedback = [buildFeedback(), buildFeedback({ id: 31, rating: 2, stakeholder: 'agent', comment: 'Crashes when attaching large scans.' })];

describe('the feedback list', () => {
  it('shows ratings as stars and filters by status', async () => {
    signedInAs('manager');
    const list = recordListQueries('feedback', feedback);
    server.use(list.handler, listOf('pilots', [pilot]), listOf('users', USERS));
    renderApp('/feedback');
    expect(await screen.findByText('Crashes when attaching large scans.')).toBeInTheDocument();
    expect(screen.getByRole('img', { name: '2 out of 5' })).toBeInTheDocument();
    const user = userEvent.setup();
    await user.click(screen.getByRole('combobox', { name: 'Status' }));
    await user.click(await screen.findByRole('option', { name: 'New' }));
    await waitFor(() => expect(list.queries.at(-1)?.filter).toEqual({ status: 'new' }));
  });

  it('marks the selected feedback addressed in one go', async () => {
    signedInAs('admin');
    const update = recordWrites('put', 'feedback/:id');
    server.use(update.handler, listOf('feedback', feedback), listOf('pilots', [pilot]), listOf('users', USERS));
    renderApp('/feedback');
    const user = userEvent.setup();
    await screen.findByText('Crashes when attaching large scans.');
    await user.click(screen.getByRole('checkbox', { name: /select all/i }));
    await user.click(screen.getByRole('button', { name: 'Mark addressed' }));
    await user.click(await screen.findByRole('button', { name: /confirm/i }));
    await waitFor(() => expect(update.bodies).toHaveLength(2));
    // Each record carries the version it was read with: one changed meanwhile would be refused.
    expect(update.bodies).toEqual([{ status: 'addressed', version: 1 }, { status: 'addressed', version: 1 }]);
  });
});

describe('recording feedback', () => {
  it('sends the rating, the stakeholder and the comment', async () => {
    signedInAs('trainer');
    const create = recordWrites('post', 'feedback');
    server.use(create.handler, listOf('pilots', [pilot]), oneOf('pilots', [pilot]), listOf('feedback', []), listOf('users', USERS));
    renderApp('/feedback/create');
    const user = userEvent.setup();
    await user.type(await screen.findByRole('combobox', { name: /pilot/i }), 'Online');
    await user.click(await screen.findByRole('option', { name: 'Online pay for water bills' }));
    await user.click(screen.getByRole('combobox', { name: /stakeholder/i }));
    await user.click(await screen.findByRole('option', { name: 'Agent' }));
    await user.click(screen.getByRole('radio', { name: '4' }));
    await user.type(screen.getByRole('textbox', { name: /comment/i }), 'Saves me an hour a day.');
    await user.click(screen.getByRole('button', { name: /save/i }));
    await waitFor(() => expect(create.bodies).toHaveLength(1));
    expect(create.bodies[0]).toMatchObject({ pilotId: 1, stakeholder: 'agent', rating: 4, comment: 'Saves me an hour a day.', status: 'new' });
  });
});
