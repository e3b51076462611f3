/**
 * Decision analytics on screen: the pilot's effect against comparison sites and the generalization
 * simulator, on its page and in the decision form; both frozen on a decision's page.
 */
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { captureEvidence } from '@/domain/evidence';
import { defaultScenario, simulateGeneralization, simulationEvidenceOf } from '@/domain/simulation';
import type { Kpi, Measurement, MeasurementGroup } from '@/domain/types';
import { i18nProvider } from '@/providers/i18nProvider';
import { USERS, buildDecision, buildKpi, buildPilot, buildScorecard } from './builders';
import { renderApp, signedInAs } from './renderApp';
import { analyticsOf, listOf, oneOf, recordWrites, server } from './server';

const pilot = buildPilot({ startDate: '2025-06-15', budget: 50_000, targetUsers: 2_000 });
const adoption = buildKpi({ id: 1, name: 'Active users', kind: 'adoption', unit: 'users', unitKind: 'count', baseline: 0, target: 1_600 });
const time = buildKpi({ id: 2, name: 'Processing time', kind: 'time', unit: 'days', unitKind: 'duration', direction: 'decrease', baseline: 20, target: 8 });
const cost = buildKpi({ id: 3, name: 'Cost per transaction', kind: 'cost', unit: 'EUR', unitKind: 'currency', direction: 'decrease', baseline: 12, target: 6 });
const kpis: Kpi[] = [adoption, time, cost];

/** A year before the start and sixteen months after: the pilot's sites fall by up to 9 days (4 EUR), comparison sites stay put. */
function series(): Measurement[] {
  const measurements: Measurement[] = [];
  const add = (kpiId: number, date: string, value: number, group: MeasurementGroup = 'pilot') =>
    measurements.push({ id: measurements.length + 1, version: 1, pilotId: 1, kpiId, date, value, group });
  for (let month = -12; month < 16; month += 1) {
    const date = new Date(Date.UTC(2025, 6 + month, 1)).toISOString().slice(0, 10);
    const wiggle = (((month + 13) * 7) % 5) - 2;
    const ramp = month < 0 ? 0 : Math.min(1, (month + 1) / 4);
    add(2, date, 20 - 9 * ramp + wiggle * 0.3);
    add(2, date, 21 + wiggle * 0.2, 'comparison');
    add(3, date, 12 - 4 * ramp + wiggle * 0.1);
    add(3, date, 12.5 + wiggle * 0.1, 'comparison');
    if (month >= 0) add(1, date, Math.round(1_600 / (1 + Math.exp(-0.8 * (month - 5)))));
  }
  return measurements;
}
const measurements = series();
const sources = { pilots: [pilot], kpis, measurements, trainings: [], feedback: [], decisions: [] };

function servePilotPage() {
  const analytics = analyticsOf(sources);
  server.use(
    ...analytics.handlers,
    oneOf('pilots', [pilot]),
    listOf('pilots', [pilot]),
    listOf('kpis', kpis),
    listOf('measurements', measurements),
    listOf('decisions', []),
    listOf('users', USERS),
    oneOf('scorecards', [buildScorecard({ readiness: 0.8, recommendation: 'generalize' })]),
  );
  return analytics;
}

describe("a pilot's impact", () => {
  it('says how much more the KPI fell at the pilot sites, with its interval, and simulates generalizing', async () => {
    signedInAs('executive');
    const analytics = servePilotPage();
    renderApp('/pilots/1/show/impact');
    const effects = await screen.findByRole('region', { name: 'Effect against comparison sites' });
    await waitFor(() => expect(effects).toHaveTextContent(/Processing time fell [\d.]+ days more at the pilot's sites than at comparison sites, 95% CI [\d.]+ days to [\d.]+ days, from 28 months\./));
    expect(effects).toHaveTextContent(/Cost per transaction fell €[\d.]+ more/);
    const simulator = screen.getByRole('region', { name: 'If we generalize' });
    await waitFor(() => expect(simulator).toHaveTextContent(/Central case: generalizing to 10 more sites/));
    const user = userEvent.setup();
    const sites = screen.getByRole('spinbutton', { name: 'More sites' });
    await user.clear(sites);
    await user.type(sites, '40');
    await waitFor(() => expect(simulator).toHaveTextContent(/Central case: generalizing to 40 more sites/));
    expect(analytics.simulations.at(-1)).toEqual({ sites: '40', volumePerSite: '2000', rolloutCostPerSite: '50000' });
  });

  it('sets the sites from the whole target population', async () => {
    signedInAs('executive');
    const analytics = servePilotPage();
    renderApp('/pilots/1/show/impact');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('switch', { name: 'The whole target population' }));
    await user.type(screen.getByRole('spinbutton', { name: 'Target population (transactions a month)' }), '90000');
    // 90,000 transactions a month at 2,000 a site: 45 sites.
    await waitFor(() => expect(analytics.simulations.at(-1)).toMatchObject({ sites: '45' }));
    expect(screen.getByRole('spinbutton', { name: 'More sites' })).toHaveValue(45);
  });

  it('reads in French', async () => {
    signedInAs('executive');
    await i18nProvider.changeLocale('fr');
    try {
      servePilotPage();
      renderApp('/pilots/1/show/impact');
      const effects = await screen.findByRole('region', { name: 'Effet par rapport aux sites de comparaison' });
      await waitFor(() => expect(effects).toHaveTextContent(/Processing time a baissé de [\d,]+ jours de plus sur les sites de l’expérimentation/));
      await waitFor(() => expect(screen.getByRole('region', { name: 'Si l’on généralise' })).toHaveTextContent(/Scénario central : généraliser à 10 sites de plus/));
    } finally {
      await i18nProvider.changeLocale('en');
    }
  });

  it('says when the pilot is not measured at comparison sites', async () => {
    signedInAs('executive');
    const analytics = analyticsOf({ ...sources, measurements: measurements.filter((m) => m.group === 'pilot') });
    server.use(...analytics.handlers, oneOf('pilots', [pilot]), listOf('kpis', kpis), listOf('users', USERS));
    renderApp('/pilots/1/show/impact');
    expect(await screen.findByText(/No KPI of this pilot is measured at comparison sites yet/)).toBeInTheDocument();
  });
});

describe('deciding with the simulator', () => {
  it('sends the scenario the executive ran with the decision', async () => {
    signedInAs('executive');
    servePilotPage();
    const create = recordWrites('post', 'decisions');
    server.use(create.handler);
    renderApp(`/decisions/create?source=${encodeURIComponent(JSON.stringify({ pilotId: 1 }))}`);
    const user = userEvent.setup();
    await screen.findByText(/Processing time fell .* more at the pilot's sites/);
    await user.click(screen.getByRole('radio', { name: 'Generalize' }));
    await user.type(screen.getByRole('textbox', { name: /rationale/i }), 'It works and pays back.');
    const sites = screen.getByRole('spinbutton', { name: 'More sites' });
    await user.clear(sites);
    await user.type(sites, '25');
    await screen.findByText(/Central case: generalizing to 25 more sites/);
    await user.click(screen.getByRole('button', { name: /save/i }));
    await waitFor(() => expect(create.bodies).toHaveLength(1));
    expect(create.bodies[0]).toMatchObject({ pilotId: 1, decision: 'generalize', scenario: { sites: 25, volumePerSite: 2_000, rolloutCostPerSite: 50_000 } });
  });

  it('shows the frozen effect and simulation on the decision page', async () => {
    signedInAs('executive');
    const scenario = { ...defaultScenario(pilot), sites: 25 };
    const evidence = {
      ...captureEvidence({ pilot, kpis, measurements, trainings: [], feedback: [] }, '2026-10-20T10:00:00.000Z'),
      simulation: simulateGeneralization(simulationEvidenceOf(pilot, kpis, measurements), scenario),
    };
    server.use(
      oneOf('decisions', [buildDecision({ id: 40, decision: 'generalize', newEndDate: null, evidence })]),
      oneOf('scorecards', [buildScorecard()]),
      listOf('pilots', [pilot]),
      listOf('users', USERS),
    );
    renderApp('/decisions/40/show');
    const then = await screen.findByRole('region', { name: 'Evidence when decided (Oct 20, 2026)' });
    expect(then).toHaveTextContent(/Processing time fell .* more at the pilot's sites than at comparison sites/);
    const frozen = screen.getByRole('region', { name: 'Generalization simulated when the decision was recorded' });
    expect(frozen).toHaveTextContent('Scenario: 25 more sites, 2,000 transactions a month per site, rollout cost €50,000 per site.');
    expect(frozen).toHaveTextContent(/Central case: generalizing to 25 more sites/);
    expect(screen.getByRole('table', { name: 'Projected savings over 36 months, by case' })).toBeInTheDocument();
  });
});

describe('a measurement at comparison sites', () => {
  it('is recorded as such from the KPI card', async () => {
    signedInAs('manager');
    servePilotPage();
    const create = recordWrites('post', 'measurements');
    server.use(create.handler);
    renderApp('/pilots/1/show/kpis');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Record a measurement of Processing time' }));
    const dialog = await screen.findByRole('dialog');
    await user.type(screen.getByRole('spinbutton', { name: /value/i }), '18');
    await user.click(screen.getByRole('radio', { name: 'Comparison sites' }));
    await user.click(screen.getByRole('button', { name: /save/i }));
    await waitFor(() => expect(create.bodies).toHaveLength(1));
    expect(create.bodies[0]).toMatchObject({ kpiId: 2, value: 18, group: 'comparison' });
    expect(dialog).toBeTruthy();
  });
});
