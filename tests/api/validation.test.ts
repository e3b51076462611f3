/**
 * Bad input gets a clear error naming the field, and nothing is lost: the data file is the same
 * byte for byte after every refused write.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type CallInit, type TestApi } from '../support/apiServer';
import { buildDecision, buildFeedback, buildKpi, buildMeasurement, buildPilot, buildTraining, buildUser } from '../support/builders';

let api: TestApi;
beforeAll(async () => {
  api = await startApi();
});
afterAll(() => api.close());

/** Sends a write that must be refused with `status`, and checks the data file did not change. */
async function expectRefused(path: string, init: CallInit, status: number) {
  const before = (await api.readDataFile());
  const response = await api.call(path, init);
  expect(response.status, JSON.stringify(response.body)).toBe(status);
  expect((await api.readDataFile())).toBe(before);
  return response.body as { message: string; errors?: Record<string, string> };
}

const post = (resource: string, body: unknown) => expectRefused(`/${resource}`, { method: 'POST', body }, 400);

interface InvalidCase {
  resource: string;
  body: Record<string, unknown>;
  field: string;
  reason: RegExp;
}

const invalidCases: InvalidCase[] = [
  // users
  { resource: 'users', body: buildUser({ email: 'not-an-email' }), field: 'email', reason: /valid email/ },
  { resource: 'users', body: buildUser({ email: 'Manager@Example.org ' }), field: 'email', reason: /Already used/ },
  { resource: 'users', body: { ...buildUser(), role: 'superuser' }, field: 'role', reason: /one of/ },
  { resource: 'users', body: { ...buildUser(), fullName: undefined }, field: 'fullName', reason: /Required/ },
  { resource: 'users', body: buildUser({ password: 'short' }), field: 'password', reason: /at least 12/ },
  { resource: 'users', body: { ...buildUser(), password: undefined }, field: 'password', reason: /Required/ },
  // pilots
  { resource: 'pilots', body: { ...buildPilot(), name: '' }, field: 'name', reason: /Required/ },
  { resource: 'pilots', body: buildPilot({ name: 'Paperless civil registry' }), field: 'name', reason: /Already used/ },
  { resource: 'pilots', body: { ...buildPilot(), category: 'blockchain' }, field: 'category', reason: /one of/ },
  { resource: 'pilots', body: { ...buildPilot(), targetUsers: 0 }, field: 'targetUsers', reason: /greater than 0/ },
  { resource: 'pilots', body: { ...buildPilot(), targetUsers: '500' }, field: 'targetUsers', reason: /number/ },
  { resource: 'pilots', body: { ...buildPilot(), budget: -1 }, field: 'budget', reason: /at least 0/ },
  { resource: 'pilots', body: buildPilot({ endDate: '2025-12-31' }), field: 'endDate', reason: /before the start/ },
  { resource: 'pilots', body: { ...buildPilot(), startDate: '2026-02-30' }, field: 'startDate', reason: /YYYY-MM-DD/ },
  { resource: 'pilots', body: buildPilot({ ownerId: 999 }), field: 'ownerId', reason: /No user with id 999/ },
  { resource: 'pilots', body: buildPilot({ ownerId: 3 }), field: 'ownerId', reason: /manager role/ },
  { resource: 'pilots', body: { ...buildPilot(), published: 'yes' }, field: 'published', reason: /true or false/ },
  { resource: 'pilots', body: { ...buildPilot(), colour: 'blue' }, field: 'colour', reason: /Unknown field/ },
  // kpis
  { resource: 'kpis', body: buildKpi(999), field: 'pilotId', reason: /No pilot with id 999/ },
  { resource: 'kpis', body: buildKpi(1, { target: 30 }), field: 'target', reason: /above the baseline/ },
  { resource: 'kpis', body: buildKpi(1, { direction: 'decrease', target: 95 }), field: 'target', reason: /below the baseline/ },
  { resource: 'kpis', body: { ...buildKpi(1), kind: 'happiness' }, field: 'kind', reason: /one of/ },
  { resource: 'kpis', body: buildKpi(1, { kind: 'adoption', unit: 'users', unitKind: 'count', baseline: 0, target: 100 }), field: 'kind', reason: /already has an adoption KPI/ },
  // measurements
  { resource: 'measurements', body: buildMeasurement(99999), field: 'kpiId', reason: /No KPI/ },
  { resource: 'measurements', body: { ...buildMeasurement(1), value: 'many' }, field: 'value', reason: /number/ },
  { resource: 'measurements', body: { ...buildMeasurement(1), date: '01/03/2026' }, field: 'date', reason: /YYYY-MM-DD/ },
  { resource: 'measurements', body: { ...buildMeasurement(1), note: 'x'.repeat(501) }, field: 'note', reason: /500 characters/ },
  // trainings
  { resource: 'trainings', body: buildTraining(1, { completed: 13 }), field: 'completed', reason: /exceed/ },
  { resource: 'trainings', body: buildTraining(1, { participants: -1 }), field: 'participants', reason: /at least 0/ },
  { resource: 'trainings', body: buildTraining(1, { participants: 2.5 }), field: 'participants', reason: /whole number/ },
  { resource: 'trainings', body: buildTraining(1, { satisfaction: 6 }), field: 'satisfaction', reason: /at most 5/ },
  { resource: 'trainings', body: { ...buildTraining(1), format: 'webinar' }, field: 'format', reason: /one of/ },
  // feedback
  { resource: 'feedback', body: buildFeedback(1, { rating: 0 }), field: 'rating', reason: /at least 1/ },
  { resource: 'feedback', body: buildFeedback(1, { comment: 'x'.repeat(2001) }), field: 'comment', reason: /2000 characters/ },
  { resource: 'feedback', body: { ...buildFeedback(1), stakeholder: 'journalist' }, field: 'stakeholder', reason: /one of/ },
  { resource: 'feedback', body: { ...buildFeedback(1), status: 'closed' }, field: 'status', reason: /one of/ },
  { resource: 'feedback', body: buildFeedback(12345), field: 'pilotId', reason: /No pilot/ },
  // decisions
  // (pilot 2 is evaluating, with no decision yet)
  { resource: 'decisions', body: buildDecision(2, { rationale: '  ' }), field: 'rationale', reason: /Required/ },
  { resource: 'decisions', body: buildDecision(2, { decision: 'extend' }), field: 'newEndDate', reason: /Required when/ },
  { resource: 'decisions', body: buildDecision(2, { decision: 'extend', newEndDate: '2020-01-01' }), field: 'newEndDate', reason: /after the pilot's current end date/ },
  { resource: 'decisions', body: { ...buildDecision(2), decision: 'pause' }, field: 'decision', reason: /one of/ },
];

describe('every resource refuses invalid records with 400 and the field at fault', () => {
  it.each(invalidCases)('$resource: $field ($reason)', async ({ resource, body, field, reason }) => {
    const refused = await post(resource, body);
    expect(refused.message).toBeTruthy();
    expect(refused.errors?.[field]).toMatch(reason);
  });

  it('validates the merged record on update, and names the field', async () => {
    const refused = await expectRefused('/pilots/1', { method: 'PUT', body: { endDate: '2000-01-01' } }, 400);
    expect(refused.errors).toEqual({ endDate: 'Must not be before the start date' });
    const wrongType = await expectRefused('/trainings/1', { method: 'PUT', body: { completed: 'all' } }, 400);
    expect(wrongType.errors?.completed).toMatch(/number/);
  });

  it('reports every wrong field at once', async () => {
    const refused = await post('pilots', { name: 'Only a name' });
    expect(Object.keys(refused.errors ?? {}).sort()).toEqual(['category', 'department', 'endDate', 'ownerId', 'region', 'startDate', 'targetUsers']);
  });
});

describe('the HTTP surface', () => {
  it('refuses malformed JSON, other content types and bodies that are too large', async () => {
    expect((await expectRefused('/pilots', { method: 'POST', rawBody: '{"name": ' }, 400)).message).toMatch(/not valid JSON/);
    await expectRefused('/pilots', { method: 'POST', rawBody: 'name=x', contentType: 'application/x-www-form-urlencoded' }, 415);
    await expectRefused('/pilots', { method: 'POST', body: [buildPilot()] }, 400);
    await expectRefused('/feedback', { method: 'POST', body: buildFeedback(1, { comment: 'x'.repeat(200_000) }) }, 413);
  });

  it('answers 404 for unknown resources, ids and routes, without a stack trace', async () => {
    for (const path of ['/unicorns', '/pilots/99999', '/pilots/abc', '/pilots/1/kpis', '/db', '/_sequences']) {
      const { status, body } = await api.call(path);
      expect(status, path).toBe(404);
      expect(JSON.stringify(body)).not.toMatch(/at .*\.(js|ts):\d+/);
    }
  });

  it('refuses list queries it does not understand', async () => {
    const cases: [string, string][] = [
      ['filter={"colour":"blue"}', 'colour'],
      ['filter={"targetUsers_gte":"many"}', 'targetUsers_gte'],
      ['filter={"stage":"dreaming"}', 'stage'],
      ['sort=["colour","ASC"]', 'sort'],
      ['sort=["name","SIDEWAYS"]', 'sort'],
      ['range=[10,2]', 'range'],
      ['filter=not-json', 'filter'],
      ['_sort=name', '_sort'],
    ];
    for (const [query, field] of cases) {
      const { status, body } = await api.call(`/pilots?${encodeURI(query)}`);
      expect(status, query).toBe(400);
      expect((body as { errors: Record<string, string> }).errors, query).toHaveProperty(field);
    }
  });

  it('searches text with q and bounds numbers and dates', async () => {
    const { body } = await api.call(`/pilots?filter=${encodeURIComponent(JSON.stringify({ q: 'PAYMENT', targetUsers_gte: 5000, startDate_lte: '2026-12-31' }))}`);
    const pilots = body as { name: string; summary: string; targetUsers: number }[];
    expect(pilots.length).toBeGreaterThan(0);
    for (const p of pilots) {
      expect(`${p.name} ${p.summary}`.toLowerCase()).toContain('payment');
      expect(p.targetUsers).toBeGreaterThanOrEqual(5000);
    }
  });

  it('exposes Content-Range to other origins', async () => {
    const { headers } = await api.call(`/pilots?range=[0,4]`);
    expect(headers.get('content-range')).toMatch(/^pilots 0-4\/\d+$/);
    expect(headers.get('access-control-expose-headers')).toContain('Content-Range');
  });
});

describe('ids and references', () => {
  it('ignores a client-sent id on create and an id in an update body', async () => {
    const created = await api.call(`/feedback`, { method: 'POST', body: { ...buildFeedback(1), id: 1 } });
    expect(created.status).toBe(201);
    const id = (created.body as { id: number }).id;
    expect(id).not.toBe(1);
    const updated = await api.call(`/feedback/${id}`, { method: 'PUT', body: { id: 2, rating: 2 } });
    expect(updated.body).toMatchObject({ id, rating: 2 });
    expect((await api.call(`/feedback/2`)).body).not.toMatchObject({ rating: 2, id });
  });

  it('never reuses the id of a deleted record', async () => {
    const first = (await api.call(`/feedback`, { method: 'POST', body: buildFeedback(1) })).body as { id: number };
    await api.call(`/feedback/${first.id}`, { method: 'DELETE' });
    const next = (await api.call(`/feedback`, { method: 'POST', body: buildFeedback(1) })).body as { id: number };
    expect(next.id).toBeGreaterThan(first.id);
  });

  it('sets a measurement pilot from its KPI, whatever the client sends', async () => {
    const kpi = (await api.call(`/kpis/5`)).body as { pilotId: number };
    const created = await api.call(`/measurements`, { method: 'POST', body: { ...buildMeasurement(5), pilotId: 999 } });
    expect(created.body).toMatchObject({ kpiId: 5, pilotId: kpi.pilotId });
  });

  it('refuses to delete what others depend on, saying what, and deletes nothing', async () => {
    const pilot = await expectRefused('/pilots/1', { method: 'DELETE' }, 409);
    expect(pilot.message).toMatch(/kpis.*measurements.*trainings.*feedback/);
    const kpi = await expectRefused('/kpis/1', { method: 'DELETE' }, 409);
    expect(kpi.message).toMatch(/\d+ measurements/);
    const user = await expectRefused('/users/2', { method: 'DELETE' }, 409);
    expect(user.message).toMatch(/pilots/);
  });

  it('keeps a manager who owns pilots a manager', async () => {
    const refused = await expectRefused('/users/2', { method: 'PUT', body: { role: 'trainer' } }, 400);
    expect(refused.errors?.role).toMatch(/owns \d+ pilot/);
  });

  it('keeps a recorded decision\'s outcome', async () => {
    const refused = await expectRefused('/decisions/1', { method: 'PUT', body: { decision: 'stop' } }, 400);
    expect(refused.errors?.decision).toMatch(/record a new decision/);
  });

  it('refuses writes to the computed scorecards', async () => {
    await expectRefused('/scorecards', { method: 'POST', body: { readiness: 1 } }, 405);
    await expectRefused('/scorecards/1', { method: 'DELETE' }, 405);
  });
});

describe('recording a decision moves the pilot', () => {
  it.each([
    ['generalize', 'generalized'],
    ['stop', 'stopped'],
  ] as const)('%s -> %s', async (decision, stage) => {
    const pilot = (await api.call(`/pilots`, { method: 'POST', body: buildPilot() })).body as { id: number };
    const recorded = await api.call(`/decisions`, { method: 'POST', body: buildDecision(pilot.id, { decision }) });
    expect(recorded.status).toBe(201);
    expect((await api.call(`/pilots/${pilot.id}`)).body).toMatchObject({ stage });
    expect((await api.readDatabase()).pilots.find((p) => p.id === pilot.id)?.stage).toBe(stage);
  });

  it('extend -> running, with the new end date', async () => {
    const pilot = (await api.call(`/pilots`, { method: 'POST', body: buildPilot({ stage: 'running' }) })).body as { id: number };
    await api.call(`/decisions`, { method: 'POST', body: buildDecision(pilot.id, { decision: 'extend', newEndDate: '2027-06-30' }) });
    expect((await api.call(`/pilots/${pilot.id}`)).body).toMatchObject({ stage: 'running', endDate: '2027-06-30' });
  });
});

describe('text that PostgreSQL cannot store', () => {
  const NUL = String.fromCharCode(0);
  const LONE_SURROGATE = String.fromCharCode(0xd83d);

  it('is refused in a field, on every store alike, naming the field', async () => {
    const pilot = await post('pilots', buildPilot({ name: `Paper${NUL}less permits` }));
    expect(pilot.errors?.name).toMatch(/NUL characters/);
    const feedback = await expectRefused('/feedback/1', { method: 'PUT', body: { comment: `Great ${LONE_SURROGATE} app` } }, 400);
    expect(feedback.errors?.comment).toMatch(/unpaired surrogates/);
  });

  it('is refused in a key or deep in a body, and at sign-in, before anything is written', async () => {
    const decision = await post('decisions', { ...buildDecision(1), scenario: { [`si${NUL}tes`]: 3 } });
    expect(Object.keys(decision.errors ?? {})).toEqual([`scenario.si${NUL}tes`]);
    const signIn = await expectRefused('/auth/login', { method: 'POST', body: { email: `x${NUL}@example.org`, password: 'whatever' }, token: null }, 400);
    expect(signIn.errors?.email).toMatch(/NUL characters/);
  });

  it('is refused in a list filter, which PostgreSQL could not run', async () => {
    // JSON escapes: a NUL, and half of an emoji.
    for (const filter of ['{"q":"paper\\u0000less"}', '{"name":"\\ud83d"}']) {
      const response = await api.call(`/pilots?filter=${encodeURIComponent(filter)}`);
      expect(response.status, filter).toBe(400);
      expect((response.body as { errors: Record<string, string> }).errors.filter).toMatch(/NUL characters or unpaired surrogates/);
    }
    expect((await api.call(`/pilots?filter=${encodeURIComponent('{"q":"👍"}')}`)).status).toBe(200);
  });

  it('is accepted when the surrogates are paired (an emoji)', async () => {
    const created = await api.call('/feedback', { method: 'POST', body: buildFeedback(1, { comment: 'Great app 👍' }) });
    expect(created.status).toBe(201);
    expect((await api.readDatabase()).feedback.find((f) => f.id === (created.body as { id: number }).id)?.comment).toBe('Great app 👍');
  });
});
