/**
 * Integration tokens: created by a manager for their pilots (or an administrator), the secret
 * shown once and only its hash kept, allowed nothing but recording what its scopes name for its
 * pilots, audited as the token, revoked for good.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditEntry, IntegrationToken, Measurement } from '@/domain/types';
import { call, startApi, type TestApi } from '../support/apiServer';
import { buildTraining } from '../support/builders';

let api: TestApi;
let ownPilot: number;
let otherPilot: number;
let ownKpi: number;
let otherKpi: number;
beforeAll(async () => {
  api = await startApi();
  const db = (await api.readDatabase());
  ownPilot = db.pilots.find((p) => p.ownerId === 2 && db.kpis.some((k) => k.pilotId === p.id))!.id;
  otherPilot = db.pilots.find((p) => p.ownerId !== 2 && db.kpis.some((k) => k.pilotId === p.id))!.id;
  ownKpi = db.kpis.find((k) => k.pilotId === ownPilot && k.kind === 'adoption')!.id;
  otherKpi = db.kpis.find((k) => k.pilotId === otherPilot)!.id;
});
afterAll(() => api.close());

const withToken = (secret: string | null, pathname: string, init: Parameters<typeof call>[1] = {}) => call(`${api.url}${pathname}`, { ...init, token: secret });

describe('an integration token', () => {
  let secret = '';
  let token: IntegrationToken;

  it('is created by a manager for their own pilots; the secret is shown once, only its hash kept', async () => {
    const manager = await api.as('manager');
    const response = await manager.call('/tokens', { method: 'POST', body: { name: 'Matomo monthly users', pilotIds: [ownPilot], scopes: ['measurements'] } });
    expect(response.status).toBe(201);
    ({ token: secret, ...token } = response.body as IntegrationToken & { token: string });
    expect(secret).toMatch(/^pt_[A-Za-z0-9_-]{43}$/);
    expect(token).toMatchObject({ name: 'Matomo monthly users', pilotIds: [ownPilot], scopes: ['measurements'], userId: 2, lastUsedAt: null });
    const file = (await api.readDataFile());
    expect(file).not.toContain(secret);
    expect(file).toContain('"tokenHash"');
    expect((await manager.call(`/tokens/${token.id}`)).body).not.toHaveProperty('token');
    expect((await manager.call(`/tokens/${token.id}`)).body).not.toHaveProperty('tokenHash');
  });

  it("refuses a manager's token for someone else's pilot, and bad scopes", async () => {
    const manager = await api.as('manager');
    const response = await manager.call('/tokens', { method: 'POST', body: { name: 'x', pilotIds: [otherPilot], scopes: ['decisions'] } });
    expect(response.status).toBe(400);
    expect((response.body as { errors: Record<string, string> }).errors).toMatchObject({ pilotIds: expect.stringMatching(/only choose pilots you own/), scopes: expect.stringMatching(/measurements, trainings/) });
    expect((await (await api.as('executive')).call('/tokens', { method: 'POST', body: { name: 'x', pilotIds: [ownPilot], scopes: ['measurements'] } })).status).toBe(403);
  });

  it("records a month's active users, audited as the token, and shows its last use", async () => {
    const response = await withToken(secret, '/measurements', { method: 'POST', body: { kpiId: ownKpi, date: '2026-10-15', value: 1234 } });
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    const measurement = response.body as Measurement;
    const entry = (await api.readDatabase()).audit.find((e: AuditEntry) => e.resource === 'measurements' && e.recordId === measurement.id);
    expect(entry).toMatchObject({ action: 'create', userId: 2, tokenId: token.id });
    const listed = (await (await api.as('manager')).call('/tokens')).body as IntegrationToken[];
    expect(listed.find((t) => t.id === token.id)?.lastUsedAt).toEqual(expect.any(String));
  });

  it('may do nothing else: no other pilot, no other resource, no reading, no other scope', async () => {
    expect((await withToken(secret, '/measurements', { method: 'POST', body: { kpiId: otherKpi, date: '2026-10-15', value: 1 } })).status).toBe(403);
    expect((await withToken(secret, '/measurements')).status).toBe(403);
    expect((await withToken(secret, '/pilots/1', { method: 'PUT', body: { name: 'x' } })).status).toBe(403);
    expect((await withToken(secret, '/trainings', { method: 'POST', body: buildTraining(ownPilot) })).status).toBe(403);
    expect((await withToken(secret, '/tokens')).status).toBe(403);
    expect((await withToken(secret, '/auth/me')).status).toBe(403);
  });

  it('imports a file of measurements for its pilots only', async () => {
    const csv = `kpiId;date;value\n${ownKpi};01/09/2026;1100\n${otherKpi};01/09/2026;5\n`;
    const response = await withToken(secret, '/imports/measurements?dryRun=true', { method: 'POST', rawBody: csv, contentType: 'text/csv' });
    expect(response.status).toBe(200);
    expect((response.body as { errors: unknown[] }).errors).toEqual([{ row: 3, field: 'kpiId', message: `This integration token may only record for pilots ${ownPilot}` }]);
  });

  it('is revoked for good, and an administrator sees every token', async () => {
    expect(((await api.call('/tokens')).body as IntegrationToken[]).map((t) => t.id)).toContain(token.id);
    const otherManagerView = (await (await api.as('trainer')).call('/tokens')).status;
    expect(otherManagerView).toBe(403);
    expect((await (await api.as('manager')).call(`/tokens/${token.id}`, { method: 'DELETE' })).status).toBe(200);
    const refused = await withToken(secret, '/measurements', { method: 'POST', body: { kpiId: ownKpi, date: '2026-10-16', value: 1 } });
    expect(refused.status).toBe(401);
    expect((await api.readDatabase()).tokens.find((t) => t.id === token.id)).toBeUndefined();
  });

  it('records training sessions when its scopes say so, as its creator', async () => {
    const created = await api.call('/tokens', { method: 'POST', body: { name: 'LMS sessions', pilotIds: [ownPilot], scopes: ['trainings'] } });
    const lms = (created.body as { token: string }).token;
    const response = await withToken(lms, '/trainings', { method: 'POST', body: buildTraining(ownPilot) });
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    expect(response.body).toMatchObject({ trainerId: 1 });
  });
});
