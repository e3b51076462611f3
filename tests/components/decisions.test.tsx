import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { USERS, buildDecision, buildPilot, buildScorecard } from './builders';
import { renderApp, signedInAs } from './renderApp';
import { analyticsOf, invalidResponse, listOf, oneOf, recordWrites, server } from './server';

const pilot = buildPilot();
/** The pilot's effects and simulation: no KPI, so nothing to estimate or simulate. */
const analytics = () => [...analyticsOf({ pilots: [pilot], kpis: [], measurements: [], trainings: [], feedback: [], decisions: [] }).handlers, listOf('kpis', [])];

describe('the decision log', () => {
  it('lists pilot, date, decision, who and why', async () => {
    signedInAs('executive');
    server.use(listOf('decisions', [buildDecision()]), listOf('pilots', [pilot]), listOf('users', USERS));
    renderApp('/decisions');
    expect(await screen.findByText('Extend')).toBeInTheDocument();
    expect(await screen.findByText('Online pay for water bills')).toBeInTheDocument();
    expect(await screen.findByText('Claire Dubois')).toBeInTheDocument();
    expect(screen.getByText('Encouraging results but not enough evidence yet.')).toBeInTheDocument();
  });
});

describe('recording a decision', () => {
  it('shows the scorecard beside the form and asks for a new end date when extending', async () => {
    signedInAs('executive');
    const create = recordWrites('post', 'decisions', () => invalidResponse({ newEndDate: "Must be after the pilot's current end date (2027-06-01)" }));
    server.use(create.handler, listOf('pilots', [pilot]), oneOf('pilots', [pilot]), ...analytics(), listOf('users', USERS), listOf('decisions', []), oneOf('scorecards', [buildScorecard({ readiness: 0.55 })]));
    renderApp('/decisions/create');
    const user = userEvent.setup();
    await user.type(await screen.findByRole('combobox', { name: /pilot/i }), 'Online');
    await user.click(await screen.findByRole('option', { name: 'Online pay for water bills' }));
    expect(await screen.findByText('Evidence: the current scorecard')).toBeInTheDocument();
    expect(screen.getByText('55%')).toBeInTheDocument();
    expect(screen.queryByLabelText(/new end date/i)).not.toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'Extend' }));
    await user.type(await screen.findByLabelText(/new end date/i), '2027-03-01');
    await user.type(screen.getByRole('textbox', { name: /rationale/i }), 'Needs a full annual cycle.');
    await user.click(screen.getByRole('button', { name: /save/i }));
    await waitFor(() => expect(create.bodies).toHaveLength(1));
    expect(create.bodies[0]).toMatchObject({ pilotId: 1, decision: 'extend', newEndDate: '2027-03-01', rationale: 'Needs a full annual cycle.' });
    expect(await screen.findByText("Must be after the pilot's current end date (2027-06-01)")).toBeInTheDocument();
  });
});

describe('a decision that overturns another, against the recommendation', () => {
  it('names the decision it overturns and asks the executive to confirm', async () => {
    signedInAs('executive');
    const create = recordWrites('post', 'decisions');
    const earlier = buildDecision({ id: 41, decision: 'extend', date: '2026-04-01' });
    server.use(
      create.handler,
      listOf('pilots', [pilot]),
      oneOf('pilots', [pilot]),
      ...analytics(),
      listOf('users', USERS),
      listOf('decisions', [earlier]),
      oneOf('scorecards', [buildScorecard({ readiness: 0.35, recommendation: 'stop' })]),
    );
    renderApp('/decisions/create');
    const user = userEvent.setup();
    await user.type(await screen.findByRole('combobox', { name: /pilot/i }), 'Online');
    await user.click(await screen.findByRole('option', { name: 'Online pay for water bills' }));
    expect(await screen.findByText(/This pilot was already decided \(Extend on Apr 1, 2026\): this decision overturns it/)).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'Generalize' }));
    expect(await screen.findByText('The evidence recommends "Stop", not "Generalize".')).toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: /rationale/i }), 'A national programme needs it now.');
    await user.click(screen.getByRole('button', { name: /save/i }));
    expect(await screen.findByText('Confirm, or choose the recommended decision')).toBeInTheDocument();
    expect(create.bodies).toHaveLength(0);
    await user.click(screen.getByRole('switch', { name: /I decide against the recommendation/ }));
    await user.click(screen.getByRole('button', { name: /save/i }));
    await waitFor(() => expect(create.bodies).toHaveLength(1));
    expect(create.bodies[0]).toMatchObject({ pilotId: 1, decision: 'generalize', supersedesId: 41, againstRecommendation: true });
  });
});

describe('a decision page', () => {
  it('shows the evidence frozen when it was taken beside today\'s figures', async () => {
    signedInAs('executive');
    const evidence = {
      capturedAt: '2026-03-01T09:00:00.000Z',
      scorecard: buildScorecard({ readiness: 0.78, recommendation: 'generalize' }),
      kpis: [{ kpiId: 10, name: 'Active users', unit: 'users', value: 3120, date: '2026-02-28' }],
    };
    server.use(
      oneOf('decisions', [buildDecision({ decision: 'generalize', newEndDate: null, evidence })]),
      oneOf('scorecards', [buildScorecard({ readiness: 0.91 })]),
      listOf('pilots', [pilot]),
      listOf('users', USERS),
    );
    renderApp('/decisions/40/show');
    const then = await screen.findByRole('region', { name: 'Evidence when decided (Mar 1, 2026)' });
    expect(then).toHaveTextContent('78%');
    expect(then).toHaveTextContent('Active users');
    expect(then).toHaveTextContent('3,120 users');
    expect(await screen.findByRole('region', { name: 'Today' })).toHaveTextContent('91%');
  });
});
