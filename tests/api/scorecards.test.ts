import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayIso } from '@/domain/format';
import { computeScorecards } from '@/domain/scorecard';
import type { Scorecard } from '@/domain/types';
import { startApi, type TestApi } from '../support/apiServer';
import { buildMeasurement } from '../support/builders';

let api: TestApi;
beforeAll(async () => {
  api = await startApi();
});
afterAll(() => api.close());

const allScorecards = async () => (await api.call(`/scorecards?sort=${encodeURIComponent('["pilotId","ASC"]')}`)).body as Scorecard[];

describe('scorecards', () => {
  it('equal the domain formulas on the seed', async () => {
    expect(await allScorecards()).toEqual(computeScorecards((await api.readDatabase()), todayIso()));
  });

  it('follow new measurements at once', async () => {
    const adoption = (await api.readDatabase()).kpis.find((k) => k.kind === 'adoption' && k.pilotId === 1)!;
    const pilot = (await api.readDatabase()).pilots.find((p) => p.id === 1)!;
    await api.call(`/measurements`, { method: 'POST', body: buildMeasurement(adoption.id, { date: todayIso(), value: pilot.targetUsers }) });
    const card = (await api.call(`/scorecards/1`)).body as Scorecard;
    expect(card.adoptionRate).toBe(1);
    expect(await allScorecards()).toEqual(computeScorecards((await api.readDatabase()), todayIso()));
  });

  it('answer 404 for a pilot that does not exist', async () => {
    expect((await api.call(`/scorecards/9999`)).status).toBe(404);
  });
});
