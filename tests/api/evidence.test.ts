/** A decision keeps the evidence it was taken on, whatever happens to the pilot afterwards. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Decision, Kpi, Scorecard } from '@/domain/types';
import { startApi, type TestApi } from '../support/apiServer';
import { todayIso } from '@/domain/format';
import { buildDecision, buildMeasurement, buildPilot } from '../support/builders';

let api: TestApi;
beforeAll(async () => {
  api = await startApi();
});
afterAll(() => api.close());

describe('the evidence snapshot of a decision', () => {
  it('equals the scorecard and latest KPI values at that moment, and does not move afterwards', async () => {
    const executive = await api.as('executive');
    const pilotId = 2;
    const before = (await api.call(`/scorecards/${pilotId}`)).body as Scorecard;
    const recorded = await executive.call('/decisions', { method: 'POST', body: buildDecision(pilotId, { decision: 'generalize' }) });
    expect(recorded.status).toBe(201);
    const decision = recorded.body as Decision;
    expect(decision.evidence?.scorecard).toEqual(before);
    const kpis = (await api.call(`/kpis?filter=${encodeURIComponent(JSON.stringify({ pilotId }))}`)).body as Kpi[];
    expect(decision.evidence?.kpis.map((k) => k.kpiId).sort()).toEqual(kpis.map((k) => k.id).sort());
    expect(Date.parse(decision.evidence?.capturedAt ?? '')).not.toBeNaN();

    const adoption = kpis.find((k) => k.kind === 'adoption')!;
    await api.call('/measurements', { method: 'POST', body: buildMeasurement(adoption.id, { date: todayIso(), value: 1 }) });
    const after = (await api.call(`/scorecards/${pilotId}`)).body as Scorecard;
    expect(after).not.toEqual(before);
    expect(((await api.call(`/decisions/${decision.id}`)).body as Decision).evidence).toEqual(decision.evidence);
  });

  it('cannot be set or edited by a client', async () => {
    const forged = { capturedAt: '2020-01-01T00:00:00.000Z', scorecard: { readiness: 1 }, kpis: [] };
    const pilot = (await api.call('/pilots', { method: 'POST', body: buildPilot() })).body as { id: number };
    const created = await api.call('/decisions', { method: 'POST', body: { ...buildDecision(pilot.id, { decision: 'stop' }), evidence: forged } });
    const decision = created.body as Decision;
    expect(decision.evidence?.capturedAt).not.toBe(forged.capturedAt);
    const updated = await api.call(`/decisions/${decision.id}`, { method: 'PUT', body: { rationale: 'Reworded', evidence: forged } });
    expect((updated.body as Decision).evidence).toEqual(decision.evidence);
    expect((updated.body as Decision).rationale).toBe('Reworded');
  });

  it('cannot be filtered or sorted on', async () => {
    expect((await api.call(`/decisions?sort=${encodeURIComponent('["evidence","ASC"]')}`)).status).toBe(400);
    expect((await api.call(`/decisions?filter=${encodeURIComponent('{"evidence":1}')}`)).status).toBe(400);
  });
});
