import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { todayIso } from '@/domain/format';
import { USERS, buildPilot, buildScorecard, buildTraining } from './builders';
import { renderApp, signedInAs } from './renderApp';
import { listOf, oneOf, recordListQueries, recordWrites, server } from './server';

const pilot = buildPilot();

describe("the trainer's sessions", () => {
  it('lists their own sessions first, newest first', async () => {
    signedInAs('trainer');
    const list = recordListQueries('trainings', [buildTraining()]);
    server.use(list.handler, listOf('pilots', [pilot]), listOf('users', USERS));
    renderApp('/trainings');
    expect(await screen.findByText('Getting started')).toBeInTheDocument();
    expect(list.queries[0]).toMatchObject({ filter: { trainerId: 4 }, sort: ['date', 'DESC'] });
    expect(screen.getByText('My sessions')).toBeInTheDocument();
  });

  it('records a completed session with the quick form, showing the coverage of the pilot chosen', async () => {
    signedInAs('trainer');
    const create = recordWrites('post', 'trainings');
    server.use(create.handler, listOf('pilots', [pilot]), oneOf('pilots', [pilot]), listOf('users', USERS), oneOf('scorecards', [buildScorecard({ trainingCoverage: 0.3 })]), listOf('trainings', []));
    renderApp('/trainings/create');
    const user = userEvent.setup();
    await user.type(await screen.findByRole('combobox', { name: /pilot/i }), 'Online');
    await user.click(await screen.findByRole('option', { name: 'Online pay for water bills' }));
    expect(await screen.findByText('30%')).toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: /title/i }), 'Helping users online');
    await user.type(screen.getByRole('spinbutton', { name: /participants/i }), '14');
    await user.type(screen.getByRole('spinbutton', { name: /^completed/i }), '15');
    await user.click(screen.getByRole('button', { name: /save/i }));
    expect(await screen.findByText('Must not exceed the number of participants')).toBeInTheDocument();
    await user.clear(screen.getByRole('spinbutton', { name: /^completed/i }));
    await user.type(screen.getByRole('spinbutton', { name: /^completed/i }), '13');
    await user.click(screen.getByRole('button', { name: /save/i }));
    await waitFor(() => expect(create.bodies).toHaveLength(1));
    expect(create.bodies[0]).toEqual({
      pilotId: 1,
      title: 'Helping users online',
      date: todayIso(),
      format: 'in-person',
      durationHours: 3,
      participants: 14,
      completed: 13,
    });
  });
});
