/**
 * What a device sends after recording offline: each record carries an `Idempotency-Key`, so that
 * sending it twice (a retry after a lost reply, a queue flushed from two tabs) creates it once,
 * and the answer survives a restart with the record.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Training } from '@/domain/types';
import { startApi, type TestApi } from '../support/apiServer';
import { buildMeasurement, buildTraining } from '../support/builders';

let api: TestApi;
let pilotId: number;
let kpiId: number;
beforeAll(async () => {
  api = await startApi();
  const db = (await api.readDatabase());
  pilotId = db.pilots.find((p) => p.ownerId === 2 && db.kpis.some((k) => k.pilotId === p.id))!.id;
  kpiId = db.kpis.find((k) => k.pilotId === pilotId)!.id;
});
afterAll(() => api.close());

const trainingsTitled = async (title: string) => (await api.readDatabase()).trainings.filter((t) => t.title === title);

describe('a creation sent with an Idempotency-Key', () => {
  it('creates one session however often it is sent, and answers each time as the first time', async () => {
    const trainer = await api.as('trainer');
    const key = randomUUID();
    const session = buildTraining(pilotId, { title: `Town hall session ${key}` });
    const first = await trainer.call('/trainings', { method: 'POST', body: session, headers: { 'Idempotency-Key': key } });
    expect(first.status).toBe(201);
    expect(first.headers.get('idempotent-replayed')).toBeNull();
    const again = await trainer.call('/trainings', { method: 'POST', body: session, headers: { 'Idempotency-Key': key } });
    expect(again.status).toBe(201);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(again.body).toEqual(first.body);
    expect(await trainingsTitled(session.title)).toHaveLength(1);
    // Two at once, as from two tabs flushing the same queue.
    const key2 = randomUUID();
    const other = buildTraining(pilotId, { title: `Second session ${key2}` });
    const both = await Promise.all([1, 2].map(() => trainer.call('/trainings', { method: 'POST', body: other, headers: { 'Idempotency-Key': key2 } })));
    expect(both.map((r) => r.status)).toEqual([201, 201]);
    expect((both[0].body as Training).id).toBe((both[1].body as Training).id);
    expect(await trainingsTitled(other.title)).toHaveLength(1);
  });

  it('without a key, creates what it is sent, as before', async () => {
    const trainer = await api.as('trainer');
    const session = buildTraining(pilotId, { title: `No key ${randomUUID()}` });
    await trainer.call('/trainings', { method: 'POST', body: session });
    await trainer.call('/trainings', { method: 'POST', body: session });
    expect(await trainingsTitled(session.title)).toHaveLength(2);
  });

  it('refuses the same key with another record (422), and a malformed key (400)', async () => {
    const manager = await api.as('manager');
    const key = randomUUID();
    const measurement = buildMeasurement(kpiId, { value: 10 });
    expect((await manager.call('/measurements', { method: 'POST', body: measurement, headers: { 'Idempotency-Key': key } })).status).toBe(201);
    const reused = await manager.call('/measurements', { method: 'POST', body: { ...measurement, value: 11 }, headers: { 'Idempotency-Key': key } });
    expect(reused.status).toBe(422);
    expect(reused.body).toMatchObject({ message: expect.stringMatching(/already used/) });
    const malformed = await manager.call('/measurements', { method: 'POST', body: buildMeasurement(kpiId), headers: { 'Idempotency-Key': 'short' } });
    expect(malformed.status).toBe(400);
  });

  it("is one person's key: another account's identical key is a request of its own", async () => {
    const key = randomUUID();
    const session = buildTraining(pilotId, { title: `Shared key ${key}` });
    const trainer = await api.as('trainer');
    const admin = await api.as('admin');
    await trainer.call('/trainings', { method: 'POST', body: session, headers: { 'Idempotency-Key': key } });
    const byAdmin = await admin.call('/trainings', { method: 'POST', body: session, headers: { 'Idempotency-Key': key } });
    expect(byAdmin.headers.get('idempotent-replayed')).toBeNull();
    expect(await trainingsTitled(session.title)).toHaveLength(2);
  });

  it('keeps the answer on disk with the record: sent again after a restart, nothing more is created', async () => {
    const key = randomUUID();
    const session = buildTraining(pilotId, { title: `Before restart ${key}` });
    const dataDir = mkdtempSync(path.join(tmpdir(), 'pilot-tracker-restart-'));
    const before = await startApi({ dataDir });
    const first = await (await before.as('trainer')).call('/trainings', { method: 'POST', body: session, headers: { 'Idempotency-Key': key } });
    expect((await before.readDatabase()).replies.some((r) => r.key === key)).toBe(true);
    await before.close();
    const restarted = await startApi({ dataDir });
    try {
      const again = await (await restarted.as('trainer')).call('/trainings', { method: 'POST', body: session, headers: { 'Idempotency-Key': key } });
      expect(again.body).toEqual(first.body);
      expect((await restarted.readDatabase()).trainings.filter((t) => t.title === session.title)).toHaveLength(1);
    } finally {
      await restarted.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

});
