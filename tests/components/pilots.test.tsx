import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { USERS, buildPilot, buildScorecard } from './builders';
import { renderApp, signedInAs } from './renderApp';
import { dashboardOf, invalidResponse, listOf, oneOf, recordListQueries, recordWrites, server } from './server';

const pilots = [
  buildPilot(),
  buildPilot({ id: 2, name: 'Digital mail room', stage: 'generalized', category: 'document-management', ownerId: 5 }),
];

describe('the pilots list', () => {
  it('shows the pilots with their stage and readiness', async () => {
    signedInAs('executive');
    server.use(listOf('pilots', pilots), listOf('users', USERS), listOf('scorecards', [buildScorecard(), buildScorecard({ id: 2, pilotId: 2, readiness: 0.81 })]));
    renderApp('/pilots');
    expect(await screen.findByText('Online pay for water bills')).toBeInTheDocument();
    const row = screen.getByText('Digital mail room').closest('tr') as HTMLElement;
    expect(within(row).getByText('Generalized')).toBeInTheDocument();
    expect(await within(row).findByText('81%')).toBeInTheDocument();
    expect(within(row).getByRole('progressbar', { name: 'Readiness' })).toBeInTheDocument();
  });

  it('sends the chosen filter to the API', async () => {
    signedInAs('executive');
    const list = recordListQueries('pilots', pilots);
    server.use(list.handler, listOf('users', USERS), listOf('scorecards', []));
    renderApp('/pilots');
    await screen.findByText('Online pay for water bills');
    const user = userEvent.setup();
    await user.click(screen.getByRole('combobox', { name: 'Stage' }));
    await user.click(await screen.findByRole('option', { name: 'Evaluating' }));
    await waitFor(() => expect(list.queries.at(-1)?.filter).toEqual({ stage: 'evaluating' }));
  });

  it('lets a project manager keep to the pilots they own', async () => {
    signedInAs('manager');
    const list = recordListQueries('pilots', pilots);
    server.use(list.handler, listOf('users', USERS), listOf('scorecards', []));
    renderApp('/pilots');
    await screen.findByText('Online pay for water bills');
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: /add filter/i }));
    await user.click(await screen.findByRole('menuitemcheckbox', { name: 'My pilots' }));
    await waitFor(() => expect(list.queries.at(-1)?.filter).toEqual({ ownerId: 2 }));
  });

  it('offers every region of the portfolio as a filter, from the API', async () => {
    signedInAs('executive');
    const list = recordListQueries('pilots', pilots);
    const facets = dashboardOf({ pilots: [...pilots, buildPilot({ id: 3, region: 'Occitanie' })], kpis: [], measurements: [], trainings: [], feedback: [], decisions: [] });
    server.use(list.handler, facets.handler, listOf('users', USERS), listOf('scorecards', []));
    renderApp(`/pilots?displayedFilters=${encodeURIComponent('{"region":true}')}`);
    await screen.findByText('Online pay for water bills');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('combobox', { name: 'Region' }));
    // Occitanie is not on the page of pilots shown: it comes from the facets of the whole portfolio.
    await user.click(await screen.findByRole('option', { name: 'Occitanie' }));
    await waitFor(() => expect(list.queries.at(-1)?.filter).toEqual({ region: 'Occitanie' }));
    expect(facets.queries.map((q) => q.figure)).toContain('facets');
  });
});

describe('creating a pilot', () => {
  it('sends what the manager typed, and the manager does not pick an owner', async () => {
    signedInAs('manager');
    const create = recordWrites('post', 'pilots');
    server.use(create.handler, listOf('pilots', []), listOf('users', USERS), listOf('scorecards', []));
    renderApp('/pilots/create');
    const user = userEvent.setup();
    await user.type(await screen.findByRole('textbox', { name: /^name/i }), 'Library in your pocket');
    await user.click(screen.getByRole('combobox', { name: /category/i }));
    await user.click(await screen.findByRole('option', { name: 'Mobile app' }));
    await user.type(screen.getByRole('textbox', { name: /department/i }), 'Culture and sport');
    await user.type(screen.getByRole('textbox', { name: /region/i }), 'Bretagne');
    await user.type(screen.getByLabelText(/start date/i), '2026-01-01');
    await user.type(screen.getByLabelText(/end date/i), '2026-12-31');
    await user.type(screen.getByRole('spinbutton', { name: /target users/i }), '22000');
    expect(screen.queryByRole('combobox', { name: /owner/i })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /save/i }));
    await waitFor(() => expect(create.bodies).toHaveLength(1));
    expect(create.bodies[0]).toMatchObject({
      name: 'Library in your pocket',
      category: 'mobile-app',
      department: 'Culture and sport',
      region: 'Bretagne',
      stage: 'proposed',
      startDate: '2026-01-01',
      endDate: '2026-12-31',
      targetUsers: 22000,
      published: false,
    });
    expect(create.bodies[0]).not.toHaveProperty('ownerId');
  });

  it('refuses an end date before the start date before calling the API', async () => {
    signedInAs('admin');
    const create = recordWrites('post', 'pilots');
    server.use(create.handler, listOf('users', USERS));
    renderApp('/pilots/create');
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText(/start date/i), '2026-06-01');
    await user.type(screen.getByLabelText(/end date/i), '2026-01-01');
    await user.click(screen.getByRole('button', { name: /save/i }));
    expect(await screen.findByText('Must not be before the start date')).toBeInTheDocument();
    expect(create.bodies).toHaveLength(0);
  });
});

describe('editing a pilot', () => {
  it('sends the change and shows the errors the server finds on their fields', async () => {
    signedInAs('admin');
    const update = recordWrites('put', 'pilots/:id', () => invalidResponse({ name: 'Already used by another pilot' }));
    server.use(update.handler, listOf('users', USERS), listOf('pilots', pilots), oneOf('pilots', pilots));
    renderApp('/pilots/1');
    const user = userEvent.setup();
    const name = await screen.findByRole('textbox', { name: /^name/i });
    await waitFor(() => expect(name).toHaveValue('Online pay for water bills'));
    await user.clear(name);
    await user.type(name, 'Digital mail room');
    await user.click(screen.getByRole('button', { name: /save/i }));
    await waitFor(() => expect(update.bodies).toHaveLength(1));
    expect(update.bodies[0]).toMatchObject({ id: 1, name: 'Digital mail room', ownerId: 2 });
    expect(await screen.findByText('Already used by another pilot')).toBeInTheDocument();
  });
});
