/**
 * The evidence chain holds: measurements obey their KPI's unit and the calendar, decisions alone
 * move pilots to a decided stage and overturn each other explicitly, and no one's save silently
 * overwrites another's. Every refusal stores nothing.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateData } from '../../mock-api/seed';
import { todayIso } from '@/domain/format';
import type { AuditEntry, Decision, Feedback, Kpi, Measurement, Pilot, Scorecard } from '@/domain/types';
import { onPostgres } from '../support/postgres';
import { startApi, type CallInit, type TestApi } from '../support/apiServer';
import { buildDecision, buildFeedback, buildKpi, buildMeasurement, buildPilot } from '../support/builders';

let api: TestApi;
beforeAll(async () => {
  api = await startApi();
});
afterAll(() => api.close());

const tomorrow = () => new Date(Date.parse(`${todayIso()}T12:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/** Calls the API and checks the answer's status and that the data file did not change. */
async function refused(pathname: string, init: CallInit, status: number) {
  const before = (await api.readDataFile());
  const response = await api.call(pathname, init);
  expect(response.status, JSON.stringify(response.body)).toBe(status);
  expect((await api.readDataFile())).toBe(before);
  return response.body as { message: string; errors?: Record<string, string>; current?: Record<string, unknown>; existingId?: number };
}

async function created<T>(pathname: string, body: unknown): Promise<T> {
  const response = await api.call(pathname, { method: 'POST', body });
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return response.body as T;
}

describe('measurement rules', () => {
  let pilot: Pilot;
  let users: Kpi;
  let percent: Kpi;
  beforeAll(async () => {
    pilot = await created<Pilot>('/pilots', buildPilot());
    users = await created<Kpi>('/kpis', buildKpi(pilot.id, { name: 'Active users', kind: 'adoption', unit: 'users', unitKind: 'count', baseline: 0, target: 400 }));
    percent = await created<Kpi>('/kpis', buildKpi(pilot.id));
  });

  it('refuses a negative count and a percentage above 100, naming the value', async () => {
    expect((await refused('/measurements', { method: 'POST', body: buildMeasurement(users.id, { value: -5 }) }, 400)).errors?.value).toMatch(/at least 0/);
    expect((await refused('/measurements', { method: 'POST', body: buildMeasurement(percent.id, { value: 101 }) }, 400)).errors?.value).toMatch(/at most 100/);
    await created('/measurements', buildMeasurement(percent.id, { value: 100 }));
  });

  it('refuses a date after today (the server\'s), and takes today', async () => {
    expect((await refused('/measurements', { method: 'POST', body: buildMeasurement(users.id, { date: tomorrow() }) }, 400)).errors?.date).toMatch(/not be after today/);
    await created('/measurements', buildMeasurement(users.id, { date: todayIso(), value: 12 }));
  });

  it('keeps one value per KPI and date: a second one is a 409 naming the first', async () => {
    const first = await created<Measurement>('/measurements', buildMeasurement(users.id, { date: '2026-05-01', value: 40 }));
    const twin = await refused('/measurements', { method: 'POST', body: buildMeasurement(users.id, { date: '2026-05-01', value: 41 }) }, 409);
    expect(twin.existingId).toBe(first.id);
    expect(twin.errors?.date).toMatch(new RegExp(`measurement ${first.id}`));
    // Moving another measurement onto that date is refused the same way.
    const other = await created<Measurement>('/measurements', buildMeasurement(users.id, { date: '2026-06-01', value: 50 }));
    await refused(`/measurements/${other.id}`, { method: 'PUT', body: { date: '2026-05-01' } }, 409);
    // Another KPI may be measured that day.
    await created('/measurements', buildMeasurement(percent.id, { date: '2026-05-01', value: 60 }));
    // Deleted, its date is free again; moved, its old date too.
    expect((await api.call(`/measurements/${first.id}`, { method: 'DELETE' })).status).toBe(200);
    await created('/measurements', buildMeasurement(users.id, { date: '2026-05-01', value: 42 }));
    expect((await api.call(`/measurements/${other.id}`, { method: 'PUT', body: { ...other, date: '2026-07-01' } })).status).toBe(200);
    await created('/measurements', buildMeasurement(users.id, { date: '2026-06-01', value: 43 }));
  });

  it('takes one of two values sent at once for the same KPI and date, and refuses the other', async () => {
    const body = buildMeasurement(users.id, { date: '2026-03-03', value: 30 });
    const answers = await Promise.all([0, 1].map(() => api.call('/measurements', { method: 'POST', body })));
    expect(answers.map((a) => a.status).sort()).toEqual([201, 409]);
  });

  it('bounds a KPI\'s baseline and target by its unit kind, and a rating by its scale', async () => {
    expect((await refused('/kpis', { method: 'POST', body: buildKpi(pilot.id, { baseline: 40, target: 120 }) }, 400)).errors?.target).toMatch(/at most 100/);
    const rating = buildKpi(pilot.id, { name: 'Mark out of 10', kind: 'custom', unit: '/10', unitKind: 'rating', baseline: 5, target: 8 });
    expect((await refused('/kpis', { method: 'POST', body: rating }, 400)).errors?.scaleMax).toMatch(/Required for a rating/);
    const marked = await created<Kpi>('/kpis', { ...rating, scaleMax: 10 });
    expect((await refused('/measurements', { method: 'POST', body: buildMeasurement(marked.id, { value: 11 }) }, 400)).errors?.value).toMatch(/at most 10/);
    expect((await refused('/kpis', { method: 'POST', body: { ...buildKpi(pilot.id), scaleMax: 10 } }, 400)).errors?.scaleMax).toMatch(/Only a rating/);
  });

  it('refuses a unit kind that would put existing measurements out of range', async () => {
    const kpi = await created<Kpi>('/kpis', buildKpi(pilot.id, { name: 'Waiting time', kind: 'time', unit: 'minutes', unitKind: 'duration', direction: 'decrease', baseline: 300, target: 60 }));
    await created('/measurements', buildMeasurement(kpi.id, { value: 250 }));
    const body = await refused(`/kpis/${kpi.id}`, { method: 'PUT', body: { unitKind: 'rating', scaleMax: 10, baseline: 9, target: 2 } }, 400);
    expect(body.errors?.unitKind).toMatch(/1 measurement/);
  });
});

describe('decisions govern stages', () => {
  it('starts a new pilot proposed or running, never decided', async () => {
    for (const stage of ['generalized', 'stopped', 'evaluating']) {
      expect((await refused('/pilots', { method: 'POST', body: buildPilot({ stage: stage as Pilot['stage'] }) }, 400)).errors?.stage).toMatch(/starts as proposed or running/);
    }
  });

  it('refuses a direct change to generalized or stopped, and out of them', async () => {
    const pilot = await created<Pilot>('/pilots', buildPilot());
    expect((await refused(`/pilots/${pilot.id}`, { method: 'PUT', body: { stage: 'generalized' } }, 400)).errors?.stage).toMatch(/Only a decision/);
    expect((await api.call(`/pilots/${pilot.id}`, { method: 'PUT', body: { stage: 'evaluating' } })).status).toBe(200);
    await created('/decisions', buildDecision(pilot.id, { decision: 'stop' }));
    expect((await refused(`/pilots/${pilot.id}`, { method: 'PUT', body: { stage: 'running' } }, 400)).errors?.stage).toMatch(/only a new decision/);
    // The whole record, as a form sends it, with the stage unchanged, is fine.
    const stopped = (await api.call(`/pilots/${pilot.id}`)).body as Pilot;
    expect((await api.call(`/pilots/${pilot.id}`, { method: 'PUT', body: { ...stopped, summary: 'Stopped in November.' } })).status).toBe(200);
  });

  it('asks a second decision to name the one it overturns', async () => {
    const pilot = await created<Pilot>('/pilots', buildPilot());
    const first = await created<Decision>('/decisions', buildDecision(pilot.id, { decision: 'stop', date: '2026-10-01' }));
    const missing = await refused('/decisions', { method: 'POST', body: buildDecision(pilot.id, { decision: 'generalize' }) }, 409);
    expect(missing.errors?.supersedesId).toMatch(new RegExp(`decision ${first.id}`));
    await refused('/decisions', { method: 'POST', body: buildDecision(pilot.id, { decision: 'generalize', supersedesId: 1 }) }, 409);
    const second = await created<Decision>('/decisions', buildDecision(pilot.id, { decision: 'generalize', supersedesId: first.id, rationale: 'New evidence from the spring survey.' }));
    expect(second.supersedesId).toBe(first.id);
    expect(((await api.call(`/pilots/${pilot.id}`)).body as Pilot).stage).toBe('generalized');
    // The first can no longer be overturned, and a superseded decision cannot be deleted.
    await refused('/decisions', { method: 'POST', body: buildDecision(pilot.id, { decision: 'stop', supersedesId: first.id }) }, 409);
    await refused(`/decisions/${first.id}`, { method: 'DELETE' }, 409);
  });

  it('takes a first decision as a form sends it, overturning nothing (supersedesId null)', async () => {
    const pilot = await created<Pilot>('/pilots', buildPilot());
    const decision = await created<Decision>('/decisions', buildDecision(pilot.id, { decision: 'extend', newEndDate: '2027-09-30', supersedesId: null }));
    expect(decision.supersedesId).toBeNull();
    expect((await refused('/decisions', { method: 'POST', body: buildDecision(pilot.id + 1000, { supersedesId: null }) }, 400)).errors?.pilotId).toMatch(/No pilot/);
  });

  it('asks to confirm a decision against the recommendation, and records that it was', async () => {
    const pilot = await created<Pilot>('/pilots', buildPilot());
    // A new pilot has no data: the recommendation is to wait, so generalizing goes against it.
    const unconfirmed = await refused('/decisions', { method: 'POST', body: buildDecision(pilot.id, { decision: 'generalize', againstRecommendation: false }) }, 409);
    expect(unconfirmed.errors?.againstRecommendation).toMatch(/insufficient-data/);
    const confirmed = await created<Decision>('/decisions', buildDecision(pilot.id, { decision: 'generalize', againstRecommendation: true }));
    expect(confirmed.againstRecommendation).toBe(true);
    expect(confirmed.evidence?.scorecard.recommendation).toBe('insufficient-data');
    // Following the recommendation is recorded as such, whatever the client says.
    const other = await created<Pilot>('/pilots', buildPilot());
    const extension = await created<Decision>('/decisions', buildDecision(other.id, { decision: 'extend', newEndDate: '2027-06-30', againstRecommendation: true }));
    expect(extension.againstRecommendation).toBe(false);
  });
});

describe('one recommendation on every figure', () => {
  it('is the same in the scorecards, the candidates and the matrix the API serves', async () => {
    const cards = (await api.call('/scorecards?range=[0,999]')).body as Scorecard[];
    const byPilot = new Map(cards.map((c) => [c.pilotId, c.recommendation]));
    const candidates = (await api.dataProvider.getCandidates({}, { range: [0, 49] })).data;
    const matrix = await api.dataProvider.getReadinessMatrix({});
    expect(candidates.length).toBeGreaterThan(10);
    for (const c of candidates) expect(c.scorecard.recommendation).toBe(byPilot.get(c.pilot.id));
    for (const p of matrix.points) expect(p.recommendation).toBe(byPilot.get(p.pilotId));
    expect(new Set(cards.map((c) => c.recommendation))).toEqual(new Set(['generalize', 'extend', 'stop', 'insufficient-data']));
  });
});

describe('no lost updates', () => {
  it('gives every record a version and an ETag', async () => {
    const response = await api.call('/pilots/1');
    const pilot = response.body as Pilot;
    expect(pilot.version).toBeGreaterThanOrEqual(1);
    expect(response.headers.get('etag')).toBe(`"${pilot.version}"`);
  });

  it('refuses the second of two edits based on the same version, with the current record, and loses nothing', async () => {
    const manager = await api.as('manager');
    const pilot = await created<Pilot>('/pilots', buildPilot({ ownerId: 2 }));
    const [first, second] = [pilot, pilot];
    const saved = await manager.call(`/pilots/${pilot.id}`, { method: 'PUT', body: { ...first, targetUsers: 900 } });
    expect(saved.status).toBe(200);
    expect((saved.body as Pilot).version).toBe(pilot.version + 1);
    const stale = await refused(`/pilots/${pilot.id}`, { method: 'PUT', body: { ...second, region: 'Occitanie' } }, 409);
    expect(stale.current).toMatchObject({ id: pilot.id, targetUsers: 900, region: 'Bretagne', version: pilot.version + 1 });
    expect((await api.readDatabase()).pilots.find((p) => p.id === pilot.id)).toMatchObject({ targetUsers: 900, region: 'Bretagne' });
    // Re-applied on the current version, the second change goes through, and keeps the first.
    const reapplied = await api.call(`/pilots/${pilot.id}`, { method: 'PUT', body: { ...(stale.current as object), region: 'Occitanie' } });
    expect(reapplied.body).toMatchObject({ targetUsers: 900, region: 'Occitanie', version: pilot.version + 2 });
  });

  it('checks If-Match on updates and deletes', async () => {
    const pilot = await created<Pilot>('/pilots', buildPilot());
    await refused(`/pilots/${pilot.id}`, { method: 'PUT', body: { summary: 'x' }, headers: { 'If-Match': '"7"' } }, 409);
    await refused(`/pilots/${pilot.id}`, { method: 'DELETE', headers: { 'If-Match': '"7"' } }, 409);
    await refused(`/pilots/${pilot.id}`, { method: 'DELETE', headers: { 'If-Match': 'seven' } }, 400);
    expect((await api.call(`/pilots/${pilot.id}`, { method: 'DELETE', headers: { 'If-Match': `"${pilot.version}"` } })).status).toBe(200);
  });

  it('moves a pilot to a new version when a decision changes its stage', async () => {
    const pilot = await created<Pilot>('/pilots', buildPilot());
    await created('/decisions', buildDecision(pilot.id, { decision: 'stop' }));
    // A form opened before the decision cannot put the stage back.
    await refused(`/pilots/${pilot.id}`, { method: 'PUT', body: { ...pilot, summary: 'Edited meanwhile' } }, 409);
  });

  it('checks each record of a bulk update', async () => {
    const client = api.dataProvider;
    const [a, b] = [await created<Feedback>('/feedback', buildFeedback(1)), await created<Feedback>('/feedback', buildFeedback(1))];
    await api.call(`/feedback/${b.id}`, { method: 'PUT', body: { ...b, status: 'acknowledged' } });
    const versions = { [a.id]: a.version, [b.id]: b.version };
    await expect(client.updateMany('feedback', { ids: [a.id, b.id], data: { status: 'addressed' }, meta: { versions } })).rejects.toMatchObject({ status: 409 });
    const stored = (await api.readDatabase()).feedback;
    expect(stored.find((f) => f.id === a.id)?.status).toBe('addressed');
    expect(stored.find((f) => f.id === b.id)?.status).toBe('acknowledged');
  });
});

describe('the activity of a pilot', () => {
  it('files every change under its pilot, and filters by it', async () => {
    const pilot = await created<Pilot>('/pilots', buildPilot());
    const kpi = await created<Kpi>('/kpis', buildKpi(pilot.id));
    await created('/measurements', buildMeasurement(kpi.id));
    const filter = encodeURIComponent(JSON.stringify({ pilotId: pilot.id }));
    const entries = (await api.call(`/audit?filter=${filter}&sort=["id","ASC"]`)).body as AuditEntry[];
    expect(entries.map((e) => [e.action, e.resource])).toEqual([
      ['create', 'pilots'],
      ['create', 'kpis'],
      ['create', 'measurements'],
    ]);
    const update = await api.call(`/pilots/${pilot.id}`, { method: 'PUT', body: { summary: 'New summary' } });
    expect(update.status).toBe(200);
    const [last] = (await api.call(`/audit?filter=${filter}&sort=["id","DESC"]&range=[0,0]`)).body as AuditEntry[];
    expect(last.changes).toEqual({ summary: { from: 'Anglers request and pay their permit online.', to: 'New summary' } });
  });
});

describe('data written before the rules', () => {
  it.skipIf(onPostgres)('is reported at start, rule by rule, and kept as it is', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'pilot-tracker-rules-'));
    const db = generateData();
    const kpi = db.kpis.find((k) => k.kind === 'adoption')!;
    const legacyKpi = { ...kpi } as Partial<Kpi>;
    delete legacyKpi.unitKind;
    db.kpis = db.kpis.map((k) => (k.id === kpi.id ? (legacyKpi as Kpi) : k));
    const base = { kpiId: kpi.id, pilotId: kpi.pilotId, version: 1 };
    // Written before measurement groups existed: no `group` (the upgrade puts them at the pilot's sites).
    const written = [{ id: 90001, ...base, date: '2020-01-01', value: -5 }, { id: 90002, ...base, date: '2099-01-01', value: 3 }, { id: 90003, ...base, date: '2099-01-01', value: 4 }];
    db.measurements.push(...(written as Measurement[]));
    db._sequences.measurements = 90004;
    writeFileSync(path.join(dataDir, 'db.json'), JSON.stringify(db));
    const lines: string[] = [];
    const legacy = await startApi({ dataDir, log: (line) => lines.push(line) });
    try {
      expect(lines.find((l) => l.includes('[measurement-out-of-range]'))).toMatch(/^Data check: 1 /);
      expect(lines.find((l) => l.includes('[measurement-in-future]'))).toMatch(/^Data check: 2 /);
      expect(lines.find((l) => l.includes('[measurement-same-date]'))).toMatch(/^Data check: 1 /);
      const kept = (await legacy.call('/measurements/90001')).body as Measurement;
      expect(kept.value).toBe(-5);
      // The older KPI got the unit kind its unit says.
      expect(((await legacy.call(`/kpis/${kpi.id}`)).body as Kpi).unitKind).toBe('count');
    } finally {
      await legacy.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
