/**
 * Signing in and out, sessions, secrets that never leave the server, attribution from the
 * session, and the audit trail.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditEntry, Pilot, Training } from '@/domain/types';
import { call, DEMO_EMAILS, DEMO_PASSWORD, signIn, startApi, type TestApi } from '../support/apiServer';
import { buildDecision, buildPilot, buildTraining, buildUser } from '../support/builders';
import { runChildApi } from '../support/childServer';
import { readStore, storeEnv } from '../support/postgres';

let api: TestApi;
beforeAll(async () => {
  api = await startApi();
});
afterAll(() => api.close());

const login = (email: string, password: string) => call(`${api.url}/auth/login`, { method: 'POST', body: { email, password } });

describe('signing in', () => {
  it('returns a token and the user, without secrets', async () => {
    const response = await login('Manager@Example.org', DEMO_PASSWORD);
    expect(response.status).toBe(200);
    const body = response.body as { token: string; user: Record<string, unknown> };
    expect(body.user).toEqual({ id: 2, email: 'manager@example.org', fullName: 'Mehdi Benali', role: 'manager' });
    expect(body.token).toMatch(/^[A-Za-z0-9_-]{40,}$/);
    const me = await call(`${api.url}/auth/me`, { token: body.token });
    expect(me.body).toMatchObject(body.user);
  });

  it('gives the same 401 for a wrong email and a wrong password', async () => {
    const wrongPassword = await login(DEMO_EMAILS.trainer, 'not-the-password');
    const wrongEmail = await login('nobody@example.org', DEMO_PASSWORD);
    expect(wrongPassword.status).toBe(401);
    expect(wrongEmail.status).toBe(401);
    expect(wrongPassword.body).toEqual(wrongEmail.body);
  });

  it('refuses an email for 15 minutes after 10 failures, but not other emails', async () => {
    const email = 'pierre.lambert@example.org';
    for (let i = 0; i < 10; i += 1) expect((await login(email, `wrong-${i}`)).status).toBe(401);
    const blocked = await login(email, DEMO_PASSWORD);
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(800);
    expect((await login('julien.petit@example.org', DEMO_PASSWORD)).status).toBe(200);
  });

  it('needs a valid, unexpired token on every other call', async () => {
    const token = await signIn(api.url, DEMO_EMAILS.executive);
    const cases: [string, Record<string, string>][] = [
      ['missing', {}],
      ['malformed', { Authorization: 'Bearer' }],
      ['not a bearer', { Authorization: `Basic ${token}` }],
      ['unknown', { Authorization: `Bearer ${'x'.repeat(43)}` }],
    ];
    for (const [label, headers] of cases) {
      const response = await call(`${api.url}/pilots`, { headers });
      expect(response.status, label).toBe(401);
    }
    expect((await call(`${api.url}/pilots`, { token })).status).toBe(200);
  });

  it('ends the session on sign-out', async () => {
    const token = await signIn(api.url, DEMO_EMAILS.executive);
    expect((await call(`${api.url}/auth/logout`, { method: 'POST', token })).status).toBe(204);
    expect((await call(`${api.url}/pilots`, { token })).status).toBe(401);
    expect((await call(`${api.url}/auth/me`, { token })).status).toBe(401);
  });

  it('expires sessions', async () => {
    const shortLived = await startApi({ sessionTtlMs: 300 });
    expect((await shortLived.call('/pilots')).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect((await shortLived.call('/pilots')).status).toBe(401);
    await shortLived.close();
  });
});

describe('accounts', () => {
  it('an admin creates an account that can sign in, resets its password and deactivates it', async () => {
    const created = await api.call('/users', { method: 'POST', body: buildUser({ email: 'new.trainer@example.org', role: 'trainer', password: 'first-password-123' }) });
    expect(created.status).toBe(201);
    const id = (created.body as { id: number }).id;
    const token = await signIn(api.url, 'new.trainer@example.org', 'first-password-123');

    expect((await api.call(`/users/${id}`, { method: 'PUT', body: { password: 'second-password-456' } })).status).toBe(200);
    expect((await call(`${api.url}/pilots`, { token })).status).toBe(401);
    expect((await login('new.trainer@example.org', 'first-password-123')).status).toBe(401);
    const second = await signIn(api.url, 'new.trainer@example.org', 'second-password-456');

    expect((await api.call(`/users/${id}`, { method: 'PUT', body: { active: false } })).status).toBe(200);
    expect((await call(`${api.url}/pilots`, { token: second })).status).toBe(401);
    const refused = await login('new.trainer@example.org', 'second-password-456');
    expect(refused.status).toBe(403);
    expect((refused.body as { message: string }).message).toMatch(/deactivated/);
    expect((await login('new.trainer@example.org', 'wrong-password-000')).status).toBe(401);
  });

  it('shows others only names and roles, and refuses filters on hidden fields', async () => {
    const trainer = await api.as('trainer');
    const list = await trainer.call('/users?range=[0,2]');
    expect(list.body).toEqual([
      { id: 1, fullName: 'Alice Martin', role: 'admin' },
      { id: 2, fullName: 'Mehdi Benali', role: 'manager' },
      { id: 3, fullName: 'Claire Dubois', role: 'executive' },
    ]);
    expect((await trainer.call('/users/1')).body).toEqual({ id: 1, fullName: 'Alice Martin', role: 'admin' });
    expect((await trainer.call(`/users?filter=${encodeURIComponent('{"email":"admin@example.org"}')}`)).status).toBe(400);
    expect((await api.call('/users/1')).body).toMatchObject({ email: 'admin@example.org', active: true });
  });

  it('keeps an administrator from locking themselves out', async () => {
    expect((await api.call('/users/1', { method: 'PUT', body: { active: false } })).status).toBe(403);
    expect((await api.call('/users/1', { method: 'PUT', body: { role: 'trainer' } })).status).toBe(403);
  });
});

describe('secrets', () => {
  it('never appear in responses or in clear in the data file', async () => {
    const token = await signIn(api.url, DEMO_EMAILS.manager);
    await api.call('/users', { method: 'POST', body: buildUser({ password: 'a-secret-password-789' }) });
    const responses = await Promise.all(['/users', '/users/2', '/audit', '/auth/me'].map((p) => api.call(p)));
    for (const response of responses) {
      const text = JSON.stringify(response.body);
      expect(text).not.toMatch(/scrypt|passwordHash|tokenHash|demo-password|a-secret-password/);
      expect(text).not.toContain(token);
    }
    const file = (await api.readDataFile());
    expect(file).not.toContain(token);
    expect(file).not.toContain(DEMO_PASSWORD);
    expect(file).not.toContain('a-secret-password-789');
    expect(file).toMatch(/"passwordHash":"scrypt\$/);
  });
});

describe('attribution comes from the session', () => {
  it('sets trainerId and decidedBy to the signed-in user, whatever the client sends', async () => {
    const trainer = await api.as('trainer');
    const training = (await trainer.call('/trainings', { method: 'POST', body: { ...buildTraining(1), trainerId: 11 } })).body as Training;
    expect(training.trainerId).toBe(4);
    const executive = await api.as('executive');
    const pilot = (await api.call('/pilots', { method: 'POST', body: buildPilot() })).body as Pilot;
    const decision = (await executive.call('/decisions', { method: 'POST', body: { ...buildDecision(pilot.id), decidedBy: 1 } })).body as { decidedBy: number };
    expect(decision.decidedBy).toBe(3);
  });

  it('makes a manager the owner of the pilots they create, and only an admin changes owners', async () => {
    const manager = await api.as('manager');
    const pilot = (await manager.call('/pilots', { method: 'POST', body: buildPilot({ ownerId: 5 }) })).body as Pilot;
    expect(pilot.ownerId).toBe(2);
    const before = (await api.readDataFile());
    const refused = await manager.call(`/pilots/${pilot.id}`, { method: 'PUT', body: { ownerId: 5 } });
    expect(refused.status).toBe(403);
    expect((await api.readDataFile())).toBe(before);
    expect((await api.call(`/pilots/${pilot.id}`, { method: 'PUT', body: { ownerId: 5 } })).body).toMatchObject({ ownerId: 5 });
  });
});

describe('the audit trail', () => {
  const entries = async (filter: Record<string, unknown>) =>
    (await api.call(`/audit?sort=${encodeURIComponent('["id","ASC"]')}&filter=${encodeURIComponent(JSON.stringify(filter))}`)).body as AuditEntry[];

  it('records creates, updates with old and new values, and deletes', async () => {
    const manager = await api.as('manager');
    const pilot = (await manager.call('/pilots', { method: 'POST', body: buildPilot({ targetUsers: 500 }) })).body as Pilot;
    await manager.call(`/pilots/${pilot.id}`, { method: 'PUT', body: { targetUsers: 800, region: 'Normandie' } });
    await manager.call(`/pilots/${pilot.id}`, { method: 'DELETE' });

    const trail = await entries({ resource: 'pilots', recordId: pilot.id });
    expect(trail.map((e) => e.action)).toEqual(['create', 'update', 'delete']);
    expect(trail.every((e) => e.userId === 2 && !Number.isNaN(Date.parse(e.at)))).toBe(true);
    expect(trail[1].changes).toEqual({ targetUsers: { from: 500, to: 800 }, region: { from: 'Bretagne', to: 'Normandie' } });
    expect(trail[2].changes?.name).toEqual({ from: pilot.name, to: null });
  });

  it('records the stage change a decision makes', async () => {
    const pilot = (await api.call('/pilots', { method: 'POST', body: buildPilot({ stage: 'running' }) })).body as Pilot;
    await api.call(`/pilots/${pilot.id}`, { method: 'PUT', body: { stage: 'evaluating' } });
    await (await api.as('executive')).call('/decisions', { method: 'POST', body: buildDecision(pilot.id, { decision: 'generalize' }) });
    const [, , update] = await entries({ resource: 'pilots', recordId: pilot.id });
    expect(update).toMatchObject({ action: 'update', userId: 3, changes: { stage: { from: 'evaluating', to: 'generalized' } } });
  });

  it('records sign-ins, sign-outs and failed sign-ins, and a password reset without the password', async () => {
    const token = await signIn(api.url, 'marc.garnier@example.org');
    await call(`${api.url}/auth/logout`, { method: 'POST', token });
    await login('marc.garnier@example.org', 'wrong-password');
    const trail = await entries({ resource: 'auth', userId: 10 });
    expect(trail.map((e) => e.action)).toEqual(['login', 'logout', 'login-failed']);
    await api.call('/users/10', { method: 'PUT', body: { password: 'a-brand-new-password' } });
    const [reset] = await entries({ resource: 'users', recordId: 10, action: 'update' });
    expect(reset.changes).toEqual({ password: { from: null, to: '(reset)' } });
  });

  it('filters by date range and cannot be written', async () => {
    const today = new Date().toISOString().slice(0, 10);
    expect((await entries({ at_gte: today, at_lte: today })).length).toBeGreaterThan(0);
    expect(await entries({ at_lte: '2000-01-01' })).toEqual([]);
    for (const [method, pathname] of [['POST', '/audit'], ['PUT', '/audit/1'], ['DELETE', '/audit/1']]) {
      expect((await api.call(pathname, { method, body: method === 'DELETE' ? undefined : {} })).status).toBe(405);
    }
  });

  it('is stored as durably as the data', async () => {
    const trail = (await api.readDatabase()).audit;
    expect(trail.length).toBeGreaterThan(5);
    expect(trail.at(-1)).toEqual((await entries({})).at(-1));
  });
});

describe('a production start', () => {
  it('creates no demo account and says how to create the first admin', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'pilot-tracker-prod-'));
    const { output } = await runChildApi(dataDir, { NODE_ENV: 'production' });
    expect(output).toMatch(/npm run create-admin -- --email/);
    const db = await readStore(dataDir);
    expect(db.users).toEqual([]);
    expect(db.pilots).toEqual([]);

    const created = spawnSync(process.execPath, ['--import', 'tsx', 'mock-api/createAdmin.ts', '--email', 'chief@example.org', '--name', 'Chief Digital Officer'], {
      cwd: path.resolve(import.meta.dirname, '../..'),
      env: { ...process.env, DATA_DIR: dataDir, ...(await storeEnv(dataDir)) },
      input: 'a-strong-admin-password\na-strong-admin-password\n',
      encoding: 'utf8',
    });
    expect(created.status, created.stderr).toBe(0);
    const prod = await startApi({ dataDir }, { email: 'chief@example.org', password: 'a-strong-admin-password' });
    expect((await prod.call('/users')).body).toEqual([{ id: 1, email: 'chief@example.org', fullName: 'Chief Digital Officer', role: 'admin', active: true, version: 1 }]);
    await prod.close();
    rmSync(dataDir, { recursive: true, force: true });
  }, 60_000);
});
