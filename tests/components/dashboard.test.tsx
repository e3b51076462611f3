/**
 * The executive dashboard's widgets, with MSW answering each figure as the API would (the domain's
 * functions over a small hand-made portfolio).
 */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { buildPortfolio, readinessMatrix, type DashboardSources } from '@/domain/dashboard';
import type { Measurement } from '@/domain/types';
import { USERS, buildDecision, buildFeedback, buildKpi, buildMeasurement, buildPilot, buildScorecard, buildTraining } from './builders';
import { renderApp, signedInAs } from './renderApp';
import { API, analyticsOf, dashboardOf, invalidResponse, listOf, server } from './server';

const TODAY = '2026-11-26';
let nextId = 500;
/** Adoption measurements: `users` active users on the 1st of each month from `start`. */
const monthly = (kpiId: number, pilotId: number, start: number, users: number[]): Measurement[] =>
  users.map((value, i) => buildMeasurement({ id: (nextId += 1), kpiId, pilotId, date: `2026-${String(start + i).padStart(2, '0')}-01`, value }));

const PORTFOLIO: DashboardSources = {
  pilots: [
    buildPilot({ id: 1, name: 'Online pay for water bills', stage: 'running', category: 'e-payment', region: 'Bretagne', targetUsers: 1000, agentsToTrain: 1000, startDate: '2026-01-01' }),
    buildPilot({ id: 2, name: 'Paperless building permits', stage: 'evaluating', category: 'document-management', region: 'Occitanie', targetUsers: 500, startDate: '2025-06-01', endDate: '2026-09-30' }),
    buildPilot({ id: 3, name: 'Open budget data', stage: 'generalized', category: 'open-data', region: 'Bretagne', targetUsers: 200, startDate: '2025-01-01', endDate: '2026-06-30' }),
    buildPilot({ id: 4, name: 'Library in your pocket', stage: 'running', category: 'mobile-app', region: 'Occitanie', targetUsers: 800 }),
  ],
  kpis: [
    buildKpi({ id: 11, pilotId: 1, name: 'Active users', kind: 'adoption', unit: 'users', baseline: 0, target: 800 }),
    buildKpi({ id: 12, pilotId: 1, name: 'Completion rate', baseline: 40, target: 90 }),
    buildKpi({ id: 21, pilotId: 2, name: 'Active users', kind: 'adoption', unit: 'users', baseline: 0, target: 400 }),
    buildKpi({ id: 22, pilotId: 2, name: 'Completion rate', baseline: 40, target: 90 }),
    buildKpi({ id: 31, pilotId: 3, name: 'Active users', kind: 'adoption', unit: 'users', baseline: 0, target: 150 }),
    buildKpi({ id: 32, pilotId: 3, name: 'Datasets reused', kind: 'custom', unit: 'datasets', baseline: 0, target: 10 }),
  ],
  measurements: [
    ...monthly(11, 1, 3, [50, 120, 220, 330, 430, 510, 560, 600]),
    buildMeasurement({ id: 80, kpiId: 12, pilotId: 1, date: '2026-10-01', value: 80 }),
    ...monthly(21, 2, 5, [60, 55, 50, 50]),
    buildMeasurement({ id: 81, kpiId: 22, pilotId: 2, date: '2026-08-01', value: 45 }),
    ...monthly(31, 3, 1, [100, 150, 170, 180]),
    buildMeasurement({ id: 82, kpiId: 32, pilotId: 3, date: '2026-05-01', value: 9 }),
  ],
  trainings: [buildTraining({ id: 90, pilotId: 1, date: '2026-10-05', participants: 600, completed: 600 }), buildTraining({ id: 91, pilotId: 1, date: '2026-08-05', participants: 20, completed: 20 })],
  feedback: [
    buildFeedback({ id: 95, pilotId: 1, date: '2026-10-10', stakeholder: 'agent', rating: 5 }),
    buildFeedback({ id: 96, pilotId: 1, date: '2026-08-10', stakeholder: 'citizen', rating: 4 }),
    buildFeedback({ id: 97, pilotId: 2, date: '2026-10-11', stakeholder: 'citizen', rating: 2 }),
  ],
  decisions: [
    buildDecision({
      id: 99,
      pilotId: 3,
      date: '2026-10-01',
      decision: 'generalize',
      newEndDate: null,
      againstRecommendation: true,
      evidence: { capturedAt: '2026-10-01T10:00:00.000Z', scorecard: buildScorecard({ pilotId: 3, recommendation: 'extend' }), kpis: [] },
    }),
  ],
};

function openDashboard(role: 'executive' | 'manager' = 'executive', route = '/') {
  signedInAs(role);
  const figures = dashboardOf(PORTFOLIO, TODAY);
  server.use(figures.handler, listOf('users', USERS), listOf('decisions', PORTFOLIO.decisions), listOf('pilots', PORTFOLIO.pilots));
  renderApp(route);
  return figures;
}

const region = (name: string) => screen.findByRole('region', { name });

describe('the executive dashboard', () => {
  it('shows the headline figures against the previous quarter, each leading to its records', async () => {
    openDashboard();
    const headline = await region('Headline figures');
    expect(await within(headline).findByText('Generalized: 1 (+1)')).toBeInTheDocument();
    const pending = within(headline).getByRole('link', { name: /Decisions pending/ });
    // Pilot 2 (ended in September) is evaluating now; pilot 3 was at the end of Q3, then generalized in October.
    expect(pending).toHaveTextContent('Decisions pending (evaluating)10 since Q3 2026 (1)');
    expect(decodeURIComponent(pending.getAttribute('href') ?? '')).toBe('/pilots?filter={"stage":"evaluating"}');
    expect(within(headline).getByRole('link', { name: /Agents trained this quarter so far/ })).toHaveTextContent('Agents trained this quarter so far600+580 since Q3 2026 (20)');
  });

  it('ranks the candidates with their evidence, and lets an executive record a decision', async () => {
    openDashboard();
    const candidates = await region('Generalization candidates');
    const rows = (await within(candidates).findAllByRole('row')).slice(1);
    expect(rows.map((row) => within(row).getAllByRole('link')[0].textContent)).toEqual(['Online pay for water bills', 'Paperless building permits', 'Library in your pocket']);
    const top = rows[0];
    expect(within(top).getByRole('listitem', { name: 'Traction: pass' })).toBeInTheDocument();
    expect(within(top).getByRole('listitem', { name: 'Trained: pass' })).toBeInTheDocument();
    // Readiness, transfer-ready and impact pass: the one rule recommends generalizing.
    expect(within(top).getByText('Generalize')).toBeInTheDocument();
    expect(within(top).getByRole('link', { name: '9 measurements' })).toBeInTheDocument();
    // Its growth is slowing below 80%: the S-curve levels off at 62%.
    expect(within(top).getByText('80% not within 24 months')).toBeInTheDocument();
    expect(within(top).getByText('30% reached in Jun 2026')).toBeInTheDocument();
    const decide = within(top).getByRole('link', { name: 'Decide on Online pay for water bills' });
    expect(decodeURIComponent(decide.getAttribute('href') ?? '')).toBe('/decisions/create?source={"pilotId":1}');
    expect(within(rows[2]).getByRole('listitem', { name: 'Traction: unknown' })).toBeInTheDocument();
  });

  it('forecasts the share of target users the executive chooses', async () => {
    const figures = openDashboard();
    const candidates = await region('Generalization candidates');
    const top = (await within(candidates).findAllByRole('row'))[1];
    expect(within(top).getByText('80% not within 24 months')).toBeInTheDocument();
    fireEvent.mouseDown(screen.getByRole('combobox', { name: 'Forecast target' }));
    fireEvent.click(await screen.findByRole('option', { name: '50%' }));
    expect(await within(candidates).findByText('50% reached in Aug 2026')).toBeInTheDocument();
    expect(figures.queries.filter((q) => q.figure === 'candidates').map((q) => q.params.share)).toEqual([0.8, 0.5]);
    const adoption = await region('Adoption over time');
    fireEvent.click(within(adoption).getByText('Show the figures as a table'));
    expect(await within(adoption).findByRole('columnheader', { name: 'Forecast (50% of target users)' })).toBeInTheDocument();
  });

  it('offers no decision button to a project manager', async () => {
    openDashboard('manager');
    const candidates = await region('Generalization candidates');
    await within(candidates).findByText('Online pay for water bills');
    expect(within(candidates).queryByRole('link', { name: /Decide on/ })).not.toBeInTheDocument();
  });

  it('draws adoption by pilot, and by category on demand, with a table behind the chart', async () => {
    const figures = openDashboard();
    const adoption = await region('Adoption over time');
    expect(await within(adoption).findByText(/Monthly adoption rate of 2 of the 2 pilots under way/)).toBeInTheDocument();
    fireEvent.click(within(adoption).getByRole('button', { name: 'Category' }));
    expect(await within(adoption).findByText(/Mean monthly adoption rate of 2 pilots under way, by category/)).toBeInTheDocument();
    expect(figures.queries.filter((q) => q.figure === 'adoption').map((q) => q.params.groupBy)).toEqual([undefined, 'category'].map((g) => g ?? 'pilot'));
    fireEvent.click(within(adoption).getByText('Show the figures as a table'));
    const payment = await within(adoption).findByRole('link', { name: 'E-payment' });
    expect(decodeURIComponent(payment.getAttribute('href') ?? '')).toBe('/pilots?filter={"category":"e-payment"}');
  });

  it('places the pilots on the readiness matrix, each leading to its page', async () => {
    openDashboard();
    const matrix = await region('Readiness matrix');
    expect(
      await within(matrix).findByText(
        '3 pilots placed by adoption and KPI attainment, coloured by recommendation: Generalize: 2, Extend: 0, Stop: 1, Not enough data: 0. 1 without enough data.',
      ),
    ).toBeInTheDocument();
    fireEvent.click(within(matrix).getByText('Show the figures as a table'));
    // Quadrants say what they show; what to do is the recommendation, the one the scorecards give.
    const row = (await within(matrix).findByRole('link', { name: 'Paperless building permits' })).closest('tr') as HTMLElement;
    expect(within(row).getByText('Low adoption, low impact')).toBeInTheDocument();
    expect(within(row).getByText('Stop')).toBeInTheDocument();
    expect(await within(matrix).findByRole('link', { name: 'Paperless building permits' })).toHaveAttribute('href', '/pilots/2/show');
  });

  it('says which pilots the matrix draws when there are more than it can draw, and counts them all', async () => {
    openDashboard();
    const { points } = readinessMatrix(buildPortfolio(PORTFOLIO, TODAY), {});
    const byRecommendation = { generalize: 30_000, extend: 12_000, stop: 9_999, 'insufficient-data': 1 };
    server.use(http.get(`${API}/dashboard/matrix`, () => HttpResponse.json({ points: points.slice(0, 2), placed: 52_000, byRecommendation, withoutData: 7 })));
    const matrix = await region('Readiness matrix');
    expect(
      await within(matrix).findByText(
        '52,000 pilots placed by adoption and KPI attainment, coloured by recommendation: Generalize: 30,000, Extend: 12,000, Stop: 9,999, Not enough data: 1. 7 without enough data. ' +
          'The 2 pilots with the most target users are drawn, of 52,000: filter by region, department or category to see the others.',
      ),
    ).toBeInTheDocument();
  });

  it('lists the latest decisions, flagging those taken against the recommendation', async () => {
    openDashboard();
    const decisions = await region('Latest decisions');
    expect(await within(decisions).findByText('1 latest decision shown, 1 against the recommendation')).toBeInTheDocument();
    expect(await within(decisions).findByRole('link', { name: 'Open budget data' })).toHaveAttribute('href', '/pilots/3/show/decisions');
    expect(within(decisions).getByText('Against the recommendation (Extend)')).toBeInTheDocument();
    expect(within(decisions).getByRole('link', { name: 'Decisions against the recommendation' })).toHaveAttribute(
      'href',
      `/decisions?filter=${encodeURIComponent('{"againstRecommendation":true}')}`,
    );
  });

  it('shows training coverage and satisfaction by stakeholder', async () => {
    openDashboard();
    const coverage = await region('Training coverage');
    expect(await within(coverage).findByText(/of the agents to train of the 3 pilots under way are trained/)).toBeInTheDocument();
    const satisfaction = await region('Satisfaction by stakeholder');
    const agent = await within(satisfaction).findByRole('link', { name: 'Agent' });
    expect(decodeURIComponent(agent.getAttribute('href') ?? '')).toBe('/feedback?filter={"stakeholder":"agent"}');
    expect(within(satisfaction).getByText('5 / 5 · 1 response')).toBeInTheDocument();
    expect(within(satisfaction).getByText('3 / 5 · 2 responses')).toBeInTheDocument();
  });

  it('narrows every figure with the filters', async () => {
    const figures = openDashboard();
    const candidates = await region('Generalization candidates');
    await within(candidates).findByText('Online pay for water bills');
    fireEvent.mouseDown(screen.getByRole('combobox', { name: 'Region' }));
    fireEvent.click(await screen.findByRole('option', { name: 'Occitanie' }));
    expect(await within(candidates).findByText('Paperless building permits')).toBeInTheDocument();
    await waitFor(() => expect(within(candidates).queryByText('Online pay for water bills')).not.toBeInTheDocument());
    const narrowed = new Set(figures.queries.filter((q) => (q.params.filter as { region?: string } | undefined)?.region === 'Occitanie').map((q) => q.figure));
    expect([...narrowed].sort()).toEqual(['adoption', 'candidates', 'headline', 'matrix', 'training']);
  });
});

describe('when something is wrong', () => {
  it('says at once that a period ends before it starts, and does not send it', async () => {
    const figures = openDashboard();
    await region('Generalization candidates');
    fireEvent.change(screen.getByLabelText('From (month)'), { target: { value: '2026-06' } });
    fireEvent.change(screen.getByLabelText('To (month)'), { target: { value: '2026-01' } });
    expect(await screen.findByText('Must not be before the start date')).toBeInTheDocument();
    await waitFor(() => expect(figures.queries.some((q) => (q.params.filter as { from?: string } | undefined)?.from === '2026-06')).toBe(true));
    expect(figures.queries.some((q) => (q.params.filter as { to?: string } | undefined)?.to === '2026-01')).toBe(false);
  });

  it("shows the API's reason when a figure cannot be had, instead of loading forever", async () => {
    signedInAs('executive');
    server.use(dashboardOf(PORTFOLIO, TODAY).handler, listOf('users', USERS), listOf('decisions', PORTFOLIO.decisions));
    server.use(http.get(`${API}/dashboard/headline`, () => invalidResponse({ to: 'Must not be before the start of the period' })));
    renderApp('/');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('This figure could not be loaded: Invalid input: see the fields in error — to: Must not be before the start of the period');
    expect(await region('Generalization candidates')).toBeInTheDocument();
  });
});

describe('comparing pilots', () => {
  it('puts the chosen pilots side by side', async () => {
    localStorage.setItem('RaStore.dashboard.compare.pilots', JSON.stringify([2, 1]));
    server.use(listOf('pilots', PORTFOLIO.pilots), listOf('kpis', PORTFOLIO.kpis), ...analyticsOf(PORTFOLIO, TODAY).handlers);
    const figures = openDashboard('executive', '/compare');
    const scorecards = await region('Scorecards');
    await waitFor(() =>
      expect(within(scorecards).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['', 'Paperless building permits', 'Online pay for water bills']),
    );
    expect(within(scorecards).getByRole('rowheader', { name: 'KPI attainment: Completion rate' })).toBeInTheDocument();
    expect(figures.queries.find((q) => q.figure === 'candidates')?.params.ids).toEqual([2, 1]);
    expect(await within(await region('Adoption over time')).findByText('Monthly adoption rate of the 2 pilots compared')).toBeInTheDocument();
    // Neither is measured at comparison sites; what generalizing each would bring, when it can be simulated.
    const effects = within(scorecards).getByRole('row', { name: /^Effect against comparison sites/ });
    await waitFor(() => expect(within(effects).getAllByText('No comparison sites')).toHaveLength(2));
    expect(within(scorecards).getByRole('rowheader', { name: 'Net benefit of generalizing (10 sites, 36 months)' })).toBeInTheDocument();
  });
});
