/**
 * Decision analytics over HTTP: measurements at comparison sites, the pilot's effect against them,
 * the generalization simulator, candidates ranked by net benefit, and both frozen into a decision.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KpiEffect } from '@/domain/comparison';
import type { Simulation } from '@/domain/simulation';
import type { CandidatesPage, Decision, Kpi, Measurement, Pilot, Scorecard } from '@/domain/types';
import { startApi, type TestApi } from '../support/apiServer';
import { buildDecision, buildKpi, buildMeasurement, buildPilot } from '../support/builders';

let api: TestApi;
beforeAll(async () => {
  api = await startApi();
});
afterAll(() => api.close());

async function created<T>(pathname: string, body: unknown): Promise<T> {
  const response = await api.call(pathname, { method: 'POST', body });
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return response.body as T;
}

describe('measurements at comparison sites', () => {
  let kpi: Kpi;
  beforeAll(async () => {
    const pilot = await created<Pilot>('/pilots', buildPilot());
    kpi = await created<Kpi>('/kpis', buildKpi(pilot.id));
  });

  it('belong to the pilot sites unless said otherwise, and take one value per date at each group', async () => {
    const atPilot = await created<Measurement>('/measurements', buildMeasurement(kpi.id, { date: '2026-03-01', value: 40 }));
    expect(atPilot.group).toBe('pilot');
    const atComparison = await created<Measurement>('/measurements', buildMeasurement(kpi.id, { date: '2026-03-01', value: 38, group: 'comparison' }));
    expect(atComparison.group).toBe('comparison');
    const twin = await api.call('/measurements', { method: 'POST', body: buildMeasurement(kpi.id, { date: '2026-03-01', value: 39, group: 'comparison' }) });
    expect(twin.status).toBe(409);
    expect(twin.body).toMatchObject({ existingId: atComparison.id, errors: { date: expect.stringMatching(/comparison sites/) } });
  });

  it('refuses a group that does not exist', async () => {
    const response = await api.call('/measurements', { method: 'POST', body: buildMeasurement(kpi.id, { group: 'elsewhere' as Measurement['group'] }) });
    expect(response.status).toBe(400);
    expect((response.body as { errors: Record<string, string> }).errors.group).toMatch(/pilot, comparison/);
  });

  it('never change the scorecard', async () => {
    const before = (await api.call('/scorecards/1')).body as Scorecard;
    await created('/measurements', buildMeasurement(2, { date: '2026-11-02', value: 1, group: 'comparison' }));
    expect((await api.call('/scorecards/1')).body).toEqual(before);
  });
});

describe("the pilot's effect against its comparison sites", () => {
  it('shows the demo pilot whose processing time fell more at its sites, with its interval and months', async () => {
    const executive = await api.as('executive');
    const response = await executive.call('/pilots/1/effects');
    expect(response.status).toBe(200);
    const [time] = response.body as KpiEffect[];
    expect(time).toMatchObject({ kpiId: 2, status: 'estimated', verdict: 'improved', monthsBefore: 12 });
    if (time.status !== 'estimated') return;
    expect(time.effect).toBeLessThan(-5);
    expect(time.low).toBeLessThan(time.effect);
    expect(time.high).toBeLessThan(0);
  });

  it('shows the demo pilot that improved no more than its comparison sites', async () => {
    const effects = (await api.call('/pilots/2/effects')).body as KpiEffect[];
    expect(effects.length).toBeGreaterThan(0);
    expect(effects.every((e) => e.status === 'estimated' && e.verdict === 'no-clear-effect' && e.low <= 0 && e.high >= 0)).toBe(true);
  });

  it('is empty for a pilot without comparison sites, and follows the API conventions', async () => {
    expect((await api.call('/pilots/3/effects')).body).toEqual([]);
    expect((await api.call('/pilots/99999/effects')).status).toBe(404);
    expect((await api.call('/pilots/1/effects', { method: 'POST', body: {} })).status).toBe(405);
    expect((await api.call('/pilots/1/effects?x=1')).status).toBe(400);
    expect((await api.call('/pilots/1/effects', { token: null })).status).toBe(401);
  });
});

describe('the generalization simulator', () => {
  it("projects the pilot's default scenario: ten sites like the pilot's", async () => {
    const pilot = (await api.call('/pilots/1')).body as Pilot;
    const simulation = (await api.call('/pilots/1/simulation')).body as Simulation;
    expect(simulation).toMatchObject({ status: 'simulated', months: 36, scenario: { sites: 10, volumePerSite: pilot.targetUsers, rolloutCostPerSite: pilot.budget } });
    if (simulation.status !== 'simulated') return;
    expect(simulation.cost.spreadFrom).toBe('comparison');
    expect(simulation.cases.central.cumulativeNetBenefit).toHaveLength(37);
    expect(simulation.cases.low.netBenefit).toBeLessThanOrEqual(simulation.cases.central.netBenefit);
    expect(simulation.cases.central.netBenefit).toBeLessThanOrEqual(simulation.cases.high.netBenefit);
  });

  it('takes the scenario from the query: twice the sites, twice the savings', async () => {
    const one = (await api.call('/pilots/1/simulation?sites=5&volumePerSite=1000&rolloutCostPerSite=0')).body as Simulation;
    const two = (await api.call('/pilots/1/simulation?sites=10&volumePerSite=1000&rolloutCostPerSite=0')).body as Simulation;
    if (one.status !== 'simulated' || two.status !== 'simulated') throw new Error('not simulated');
    expect(two.cases.central.annualSaving).toBeCloseTo(2 * one.cases.central.annualSaving, 6);
  });

  it('refuses a scenario it cannot run, field by field', async () => {
    const response = await api.call('/pilots/1/simulation?sites=0&volumePerSite=lots');
    expect(response.status).toBe(400);
    expect((response.body as { errors: Record<string, string> }).errors).toMatchObject({ sites: 'Must be at least 1', volumePerSite: 'Must be a number' });
    expect((await api.call('/pilots/1/simulation?budget=3')).status).toBe(400);
  });

  it('says what is missing for a pilot without a cost per transaction', async () => {
    const pilot = await created<Pilot>('/pilots', buildPilot());
    expect((await api.call(`/pilots/${pilot.id}/simulation`)).body).toMatchObject({ status: 'not-enough-data', reason: 'no-cost-kpi' });
  });
});

describe('candidates ranked by what generalizing them would bring', () => {
  it('puts the largest net benefit first, those that cannot be simulated last', async () => {
    const page = (await api.call(`/dashboard/candidates?rankBy=netBenefit&range=${encodeURIComponent('[0,49]')}`)).body as CandidatesPage;
    const benefits = page.data.map((c) => c.projection?.netBenefit ?? Number.NEGATIVE_INFINITY);
    expect(benefits).toEqual([...benefits].sort((a, b) => b - a));
    expect(page.data[0].projection?.netBenefit).toBeGreaterThan(0);
    expect((await api.call('/dashboard/candidates?rankBy=size')).status).toBe(400);
  });
});

describe('a decision keeps the effects and the simulation the executive saw', () => {
  it('freezes both into its evidence, the scenario simulated by the server', async () => {
    const executive = await api.as('executive');
    const scenario = { sites: 25, volumePerSite: 800, rolloutCostPerSite: 15_000 };
    const seen = (await executive.call('/pilots/4/simulation?sites=25&volumePerSite=800&rolloutCostPerSite=15000')).body as Simulation;
    const response = await executive.call('/decisions', { method: 'POST', body: { ...buildDecision(4, { decision: 'extend', newEndDate: '2028-12-31', supersedesId: 3 }), scenario } });
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    const decision = response.body as Decision & { scenario?: unknown };
    expect(decision.scenario).toBeUndefined();
    expect(decision.evidence?.simulation).toEqual(seen);
    expect(decision.evidence?.effects).toEqual((await executive.call('/pilots/4/effects')).body);
    expect((await api.readDatabase()).decisions.find((d) => d.id === decision.id)?.evidence?.simulation).toEqual(seen);
    // The scenario is part of the evidence: it cannot be sent again later.
    const later = await api.call(`/decisions/${decision.id}`, { method: 'PUT', body: { scenario: { ...scenario, sites: 99 } } });
    expect(later.status).toBe(400);
    expect((later.body as { errors: Record<string, string> }).errors.scenario).toMatch(/cannot be changed/);
  });

  it('refuses a scenario that is not one', async () => {
    const response = await api.call('/decisions', { method: 'POST', body: { ...buildDecision(6), scenario: { sites: -1, volumePerSite: 1, rolloutCostPerSite: 1 } } });
    expect(response.status).toBe(400);
    expect((response.body as { errors: Record<string, string> }).errors.scenario).toBe('Must be at least 1');
  });
});
