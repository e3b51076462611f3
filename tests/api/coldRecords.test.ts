/**
 * Measurements, trainings, feedback and decisions, which the PostgreSQL store keeps to itself (the
 * server holds only those not committed yet, and a few bytes per record for its checks): written,
 * checked, counted, read a pilot at a time and imported as the JSON store's, which holds them all
 * in memory. The API cases
 * run on both stores; then how the records leave memory once committed, but not while a read of the
 * store that may have missed them is under way, on the server's own parts.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import jsonServer from 'json-server';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Request, Response } from 'express';
import { coldRecords } from '../../mock-api/coldRecords';
import { setTarget } from '../../mock-api/context';
import { applyWrites } from '../../mock-api/middlewares/writes';
import { portfolioOf } from '../../mock-api/portfolio';
import { createData } from '../../mock-api/database';
import { emptyDatabase, generateData } from '../../mock-api/seed';
import { markChanged } from '../../mock-api/store/changes';
import { createPostgresStore } from '../../mock-api/store/postgres/postgresStore';
import type { ColdSource, Store } from '../../mock-api/store/types';
import type { AnyRecord } from '../../mock-api/context';
import type { Database, Decision, Feedback, Measurement, Training } from '../../src/domain/types';
import { todayIso } from '../../src/domain/format';
import { startApi, type TestApi } from '../support/apiServer';
import { buildFeedback, buildMeasurement, buildPilot, buildTraining } from '../support/builders';
import { databaseFor, onPostgres } from '../support/postgres';

describe('measurements, trainings, feedback and decisions, whichever store holds them', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startApi();
  });
  afterAll(async () => api.close());

  it('are replaced and deleted once committed, a change made meanwhile by someone else refused', async () => {
    const created = await api.call('/feedback', { method: 'POST', body: buildFeedback(1, { comment: 'first' }) });
    const stored = created.body as Feedback;
    const replaced = await api.call(`/feedback/${stored.id}`, { method: 'PUT', body: { ...stored, status: 'acknowledged' } });
    expect(replaced.body).toMatchObject({ id: stored.id, status: 'acknowledged', version: 2 });

    // Two managers answer the same feedback from the same version: one wins, the other is told.
    const current = replaced.body as Feedback;
    const answers = await Promise.all(['addressed', 'new'].map((status) => api.call(`/feedback/${stored.id}`, { method: 'PUT', body: { ...current, status } })));
    expect(answers.map((a) => a.status).sort()).toEqual([200, 409]);
    const read = (await api.call(`/feedback/${stored.id}`)).body as Feedback;
    expect(read.version).toBe(3);
    // The one told gets the record as it now is, to apply its change over again.
    const refusal = answers.find((a) => a.status === 409)!.body as { current: Feedback };
    expect(refusal.current).toEqual(read);

    expect((await api.call(`/feedback/${stored.id}`, { method: 'DELETE', headers: { 'If-Match': '"2"' } })).status).toBe(409);
    expect((await api.call(`/feedback/${stored.id}`, { method: 'DELETE' })).status).toBe(200);
    expect((await api.call(`/feedback/${stored.id}`)).status).toBe(404);
    expect((await api.call(`/feedback/${stored.id}`, { method: 'PUT', body: read })).status).toBe(404);
    const audit = (await api.call(`/audit?filter=${encodeURIComponent(JSON.stringify({ resource: 'feedback', recordId: stored.id }))}`)).body as { action: string; changes?: Record<string, unknown> }[];
    expect(audit.map((e) => e.action).sort()).toEqual(['create', 'delete', 'update', 'update']);
  });

  it('keep their pilot and their trainer from being deleted, counted exactly', async () => {
    const pilot = (await api.call('/pilots', { method: 'POST', body: buildPilot({ ownerId: 2 }) })).body as { id: number };
    const trainer = await api.as('trainer');
    for (const title of ['Prise en main', 'Approfondissement']) {
      expect((await trainer.call('/trainings', { method: 'POST', body: buildTraining(pilot.id, { title }) })).status).toBe(201);
    }
    expect((await api.call('/feedback', { method: 'POST', body: buildFeedback(pilot.id) })).status).toBe(201);
    const refused = await api.call(`/pilots/${pilot.id}`, { method: 'DELETE' });
    expect(refused.status).toBe(409);
    expect((refused.body as { message: string }).message).toMatch(/2 trainings, 1 feedback depend on it/);

    const db = await api.readDatabase();
    const trainerId = db.users.find((u) => u.role === 'trainer')!.id;
    const given = db.trainings.filter((t) => t.trainerId === trainerId).length;
    const user = await api.call(`/users/${trainerId}`, { method: 'DELETE' });
    expect((user.body as { message: string }).message).toContain(`${given} trainings`);

    // Once they are gone, so may the pilot be.
    for (const t of db.trainings.filter((r) => r.pilotId === pilot.id)) expect((await api.call(`/trainings/${t.id}`, { method: 'DELETE' })).status).toBe(200);
    for (const f of db.feedback.filter((r) => r.pilotId === pilot.id)) expect((await api.call(`/feedback/${f.id}`, { method: 'DELETE' })).status).toBe(200);
    expect((await api.call(`/pilots/${pilot.id}`, { method: 'DELETE' })).status).toBe(200);
  });

  it("are in a decision's evidence as soon as they are recorded", async () => {
    const pilot = (await api.call('/pilots', { method: 'POST', body: buildPilot({ ownerId: 2, agentsToTrain: 100 }) })).body as { id: number };
    const trainer = await api.as('trainer');
    await trainer.call('/trainings', { method: 'POST', body: buildTraining(pilot.id, { participants: 40, completed: 40, date: todayIso() }) });
    await api.call('/feedback', { method: 'POST', body: buildFeedback(pilot.id, { rating: 5, stakeholder: 'citizen' }) });
    const executive = await api.as('executive');
    const decided = await executive.call('/decisions', { method: 'POST', body: { pilotId: pilot.id, decision: 'stop', date: todayIso(), rationale: 'Not needed any more', againstRecommendation: true } });
    expect(decided.status).toBe(201);
    const { evidence } = decided.body as Decision;
    expect(evidence?.scorecard.trainingCoverage).toBeCloseTo(0.4);
    // On a scale of 0 to 1: every rating was 5.
    expect(evidence?.scorecard.satisfaction).toBe(1);
  });

  it('keep the date of a KPI they were stored on before the server started: a second value for it is refused', async () => {
    const stored = (await api.readDatabase()).measurements.find((m) => m.group === 'comparison')!;
    const twin = await api.call('/measurements', { method: 'POST', body: buildMeasurement(stored.kpiId, { date: stored.date, group: stored.group, value: stored.value }) });
    expect(twin.status).toBe(409);
    expect(twin.body).toMatchObject({ existingId: stored.id });
  });

  it("count at start as the pilots' decisions, the data checks finding none missing", async () => {
    const lines: string[] = [];
    const other = await startApi({ log: (line) => lines.push(line) });
    try {
      const db = await other.readDatabase();
      expect(db.pilots.some((p) => p.stage === 'generalized' || p.stage === 'stopped')).toBe(true);
      expect(lines.filter((line) => line.includes('decided-without-decision'))).toEqual([]);
    } finally {
      await other.close();
    }
  });

  it("measurements that break today's rules are counted at start, read from wherever the store keeps them", async () => {
    const db = generateData({ pilots: 6 });
    const kpi = db.kpis.find((k) => k.kind === 'adoption')!;
    const base = { kpiId: kpi.id, pilotId: kpi.pilotId, group: 'pilot', version: 1 } as const;
    db.measurements.push({ id: 90001, ...base, date: '2020-01-01', value: -5 }, { id: 90002, ...base, date: '2099-01-01', value: 3 }, { id: 90003, ...base, date: '2099-01-01', value: 4 });
    db._sequences.measurements = 90004;
    const lines: string[] = [];
    const other = await startApi({ seed: () => db, log: (line) => lines.push(line) });
    try {
      expect(lines.find((l) => l.includes('[measurement-out-of-range]'))).toMatch(/^Data check: 1 /);
      expect(lines.find((l) => l.includes('[measurement-in-future]'))).toMatch(/^Data check: 2 /);
      expect(lines.find((l) => l.includes('[measurement-same-date]'))).toMatch(/^Data check: 1 /);
      // Kept as they are.
      expect(((await other.call('/measurements/90001')).body as Measurement).value).toBe(-5);
    } finally {
      await other.close();
    }
  });

  it('are imported over the ones stored, matched by their natural key', async () => {
    const pilot = (await api.call('/pilots', { method: 'POST', body: buildPilot({ ownerId: 2, name: 'Import des sessions' }) })).body as { id: number; name: string };
    const trainer = await api.as('trainer');
    const first = (await trainer.call('/trainings', { method: 'POST', body: buildTraining(pilot.id, { title: 'Prise en main', date: '2026-09-15', completed: 5 }) })).body as Training;
    const file = `pilotId;title;date;format;durationHours;participants;completed\n${pilot.name};Prise en main;15/09/2026;in-person;3,5;12;11\n${pilot.name};Suite;16/09/2026;in-person;2;10;9\n`;
    const imported = await trainer.call('/imports/trainings?dryRun=false&update=true', { method: 'POST', rawBody: file, contentType: 'text/csv' });
    expect(imported.body).toMatchObject({ create: 1, update: 1 });
    const sessions = (await api.call(`/trainings?filter=${encodeURIComponent(JSON.stringify({ pilotId: pilot.id }))}`)).body as Training[];
    expect(sessions.map((s) => [s.id === first.id, s.title, s.completed, s.version])).toEqual([
      [true, 'Prise en main', 11, 2],
      [false, 'Suite', 9, 1],
    ]);
  });
});

/** A store that writes nothing, holding feedback "in the database" (`rows`) that its reads can be made to overtake. */
function memoryStore(rows: AnyRecord[]) {
  let release: (() => void) | undefined;
  let readStarted: (() => void) | undefined;
  const cold: ColdSource = {
    collections: ['trainings', 'feedback'],
    async *keys(collection) {
      if (collection === 'feedback') yield rows.map((r) => ({ id: r.id, version: Number(r.version), pilotId: Number(r.pilotId) }));
    },
    async ofPilots(collection, pilotIds) {
      const found = collection === 'feedback' ? rows.filter((r) => pilotIds.includes(r.pilotId as number)) : [];
      readStarted?.();
      await new Promise((resolve) => setTimeout(resolve, 20));
      return found.map((r) => ({ ...r }));
    },
    measurementsOn: () => Promise.resolve([]),
    get: (collection, id) => Promise.resolve(collection === 'feedback' ? rows.find((r) => r.id === id) : undefined),
  };
  const store: Store = {
    location: 'memory',
    load: () => Promise.resolve(emptyDatabase()),
    // Durable when the test says: then "in the database".
    commit: (changes) =>
      new Promise<void>((resolve) => {
        release = () => {
          rows.push(...((changes.put.feedback ?? []) as AnyRecord[]));
          resolve();
        };
      }),
    cold,
  };
  return { store, release: () => release?.(), readStarted: () => new Promise<void>((resolve) => (readStarted = resolve)) };
}

/** Measurements "in the database" (`stored`, which commits write to), with the reads the server makes of them. */
function measurementsStore(stored: AnyRecord[]) {
  const reads: string[] = [];
  let keyReads = 0;
  const source: ColdSource = {
    collections: ['measurements'],
    async *keys(_collection, fields) {
      keyReads += 1;
      yield stored.map((r) => Object.fromEntries(['id', ...fields].map((f) => [f, r[f] as number | string])));
    },
    ofPilots: async () => stored,
    measurementsOn: async ({ kpiId, date }) => {
      reads.push(`KPI ${kpiId} on ${date}`);
      return stored.filter((r) => r.kpiId === kpiId && r.date === date);
    },
    get: async (_collection, id) => stored.find((r) => r.id === id),
  };
  const db = emptyDatabase();
  const store: Store = {
    location: 'memory',
    load: async () => db,
    commit: async (changes) => {
      for (const record of changes.put.measurements ?? []) stored.push({ ...(record as AnyRecord) });
    },
    cold: source,
  };
  return { db, store, source, reads, keyReads: () => keyReads };
}

describe('the records a store keeps to itself, in the server', () => {
  it('stay in memory when committed during a read of the store, until it ends, so that the read misses none', async () => {
    const { store, release, readStarted } = memoryStore([{ id: 1, pilotId: 1, comment: 'stored', version: 1 }]);
    const db = await store.load();
    db._sequences.feedback = 2;
    const data = createData(jsonServer.router<Database>(db), store, () => undefined, { checkChanges: true });
    const cold = await coldRecords(data, store.cold!);

    db.feedback.push({ id: 2, pilotId: 1, comment: 'being committed', version: 1 } as Feedback);
    const committing = data.commit();
    const started = readStarted();
    const read = cold.withPilots([1], (records) => records.get('feedback')!.map((r) => r.comment));
    await started;
    // Durable now, while the read is under way (it saw the database before): kept until the read ends.
    release();
    await committing;
    expect(db.feedback.map((f) => f.comment)).toEqual(['being committed']);
    expect(await read).toEqual(['stored', 'being committed']);
    expect(db.feedback).toEqual([]);
  });

  it('leave memory once the reads begun before they were durable end, however many reads began since', async () => {
    const { store, release } = memoryStore([{ id: 1, pilotId: 1, comment: 'stored', version: 1 }]);
    const db = await store.load();
    db._sequences.feedback = 2;
    const data = createData(jsonServer.router<Database>(db), store, () => undefined, { checkChanges: true });
    const cold = await coldRecords(data, store.cold!);
    const comments = () => cold.withPilots([1], (records) => records.get('feedback')!.map((r) => r.comment));

    const first = comments();
    db.feedback.push({ id: 2, pilotId: 1, comment: 'being committed', version: 1 } as Feedback);
    const committing = data.commit();
    release();
    await committing;
    // Steady reads: another begins before the first ends. It reads the record from the store.
    const second = comments();
    expect(await first).toEqual(['stored', 'being committed']);
    expect(db.feedback).toEqual([]);
    expect(await second).toEqual(['stored', 'being committed']);
  });

  it('refuse a write over a record changed since the request read it, with the record as it now is', async () => {
    const { store } = memoryStore([{ id: 1, pilotId: 1, comment: 'theirs', status: 'addressed', version: 2 }]);
    const db = await store.load();
    const data = createData(jsonServer.router<Database>(db), store, () => undefined);
    const cold = await coldRecords(data, store.cold!);
    // Read at version 1, a moment before someone else's change.
    const read = { id: 1, pilotId: 1, comment: 'as read', status: 'new', version: 1 };
    const res = { locals: {} } as unknown as Response;
    setTarget(res, { resource: 'feedback', id: 1, existing: read, before: structuredClone(read) });
    const req = { method: 'PUT', body: { ...read, status: 'acknowledged', version: 2 } } as unknown as Request;
    const error = await new Promise((resolve) => applyWrites(data, cold)(req, res, resolve));
    expect(error).toMatchObject({ status: 409, details: { current: { id: 1, comment: 'theirs', version: 2 } } });
    expect(db.feedback).toEqual([]);
  });

  it("leave the dashboard's index waiting, not stale, when the store cannot be read", async () => {
    const rows: AnyRecord[] = [{ id: 1, pilotId: 1, stakeholder: 'agent', rating: 2, date: '2026-03-01', status: 'new', version: 1 }];
    const { store, release } = memoryStore(rows);
    const db = await store.load();
    db.pilots.push({ ...buildPilot(), id: 1, ownerId: 1, version: 1 } as Database['pilots'][number]);
    db._sequences.feedback = 2;
    const data = createData(jsonServer.router<Database>(db), store, () => undefined);
    const cold = await coldRecords(data, store.cold!);
    const portfolio = portfolioOf(data, cold);
    expect((await portfolio()).scorecards.get(1)?.satisfaction).toBe(0.25);

    db.feedback.push({ id: 2, pilotId: 1, stakeholder: 'agent', rating: 4, date: '2026-03-02', status: 'new', version: 1, comment: '' } as Feedback);
    const committing = data.commit();
    release();
    await committing;
    const read = store.cold!.ofPilots;
    store.cold!.ofPilots = () => Promise.reject(new Error('connection lost'));
    await expect(portfolio()).rejects.toThrow('connection lost');
    store.cold!.ofPilots = read;
    expect((await portfolio()).scorecards.get(1)?.satisfaction).toBe(0.5);
  });

  it("are read, for a measurement's slot check, as the KPI's measurements on that date only, those not committed yet over them", async () => {
    const measurement = (id: number, date: string, group = 'pilot') => ({ id, kpiId: 7, pilotId: 1, date, group, value: id, version: 1 });
    const stored: AnyRecord[] = [measurement(1, '2026-10-01'), measurement(2, '2026-10-02'), measurement(3, '2026-10-01', 'comparison'), measurement(5, '2026-10-03')];
    const reads: string[] = [];
    const source: ColdSource = {
      collections: ['measurements'],
      async *keys(_collection, fields) {
        yield stored.map((r) => Object.fromEntries(['id', ...fields].map((f) => [f, r[f] as number | string])));
      },
      ofPilots: async () => {
        reads.push('the whole pilot');
        return stored;
      },
      measurementsOn: async ({ kpiId, date }) => {
        reads.push(`KPI ${kpiId} on ${date}`);
        return stored.filter((r) => r.kpiId === kpiId && r.date === date).map((r) => ({ ...r }));
      },
      get: async (_collection, id) => stored.find((r) => r.id === id),
    };
    const db = emptyDatabase();
    const data = createData(jsonServer.router<Database>(db), { location: 'memory', load: async () => db, commit: () => new Promise<void>(() => undefined), cold: source }, () => undefined);
    const cold = await coldRecords(data, source);
    // Not committed yet: 3 moved to another date, 2 and 5 moved to this one (5 to another KPI), 4 new on it.
    db.measurements.push(
      ...([
      { ...measurement(2, '2026-10-01'), version: 2 },
      { ...measurement(3, '2026-10-05', 'comparison'), version: 2 },
      { ...measurement(4, '2026-10-01'), group: 'comparison' },
      { ...measurement(5, '2026-10-01'), kpiId: 8, version: 2 },
      ] as Measurement[]),
    );

    const found = await cold.withPilots([1], (records) => records.get('measurements')!.map((m) => [m.id, m.version]), ['measurements'], { kpiId: 7, date: '2026-10-01' });
    expect(found).toEqual([
      [1, 1],
      [2, 2],
      [4, 1],
    ]);
    expect(reads).toEqual(['KPI 7 on 2026-10-01']);
  });

  it("read nothing from the store, for a measurement's slot check, on a KPI's date that no stored measurement can hold", async () => {
    const stored: AnyRecord[] = Array.from({ length: 2000 }, (_, i) => ({ id: i + 1, kpiId: 1 + (i % 20), pilotId: 1, date: `2025-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`, group: 'pilot', value: i, version: 1 }));
    const { db, store, source, reads } = measurementsStore(stored);
    db._sequences.measurements = 2001;
    const data = createData(jsonServer.router<Database>(db), store, () => undefined);
    const cold = await coldRecords(data, source);
    const slot = (kpiId: number, date: string) => cold.withPilots([1], (records) => records.get('measurements')!.map((m) => m.id), ['measurements'], { kpiId, date });

    // Every stored measurement is found where it is (no "no" is ever wrong)...
    for (const m of stored.slice(0, 200)) expect(await slot(m.kpiId as number, m.date as string)).toContain(m.id);
    expect(reads).toHaveLength(200);
    // ...and a date no measurement has reads nothing, but for the rare "maybe".
    reads.length = 0;
    for (let day = 1; day <= 200; day += 1) expect(await slot(1 + (day % 20), new Date(Date.UTC(1990, 0, day)).toISOString().slice(0, 10))).toEqual([]);
    expect(reads.length).toBeLessThan(5);

    // Once committed, a new measurement holds its slot: its date is read, and it is there.
    reads.length = 0;
    db.measurements.push({ id: 2001, kpiId: 3, pilotId: 1, date: '1990-03-03', group: 'pilot', value: 1, version: 1 } as Measurement);
    await data.commit();
    expect(db.measurements).toEqual([]);
    expect(await slot(3, '1990-03-03')).toEqual([2001]);
    expect(reads).toEqual(['KPI 3 on 1990-03-03']);
  });

  it("build the slots' filter again from the store once it holds twice the measurements it was sized for, sure again of its no's", async () => {
    const { db, store, source, reads, keyReads } = measurementsStore([]);
    const data = createData(jsonServer.router<Database>(db), store, () => undefined);
    const cold = await coldRecords(data, source);
    const freeSlotsRead = async () => {
      reads.length = 0;
      for (let day = 1; day <= 1000; day += 1) await cold.withPilots([1], () => undefined, ['measurements'], { kpiId: 1 + (day % 50), date: new Date(Date.UTC(1950, 0, day)).toISOString().slice(0, 10) });
      return reads.length;
    };
    // Sized for none (its least, about 65,000), it is given 140,000 in one import.
    const day = (n: number) => new Date(Date.UTC(2000, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);
    for (let i = 0; i < 140_000; i += 1) db.measurements.push({ id: i + 1, kpiId: 1 + (i % 500), pilotId: 1, date: day(Math.floor(i / 500)), group: 'pilot', value: i, version: 1 } as Measurement);
    db._sequences.measurements = 140_001;
    expect(await freeSlotsRead()).toBeLessThan(10);
    await data.commit();
    expect(keyReads()).toBe(2);
    // Full, it says "maybe" to about 1 free slot in 35; built again, hardly ever.
    await vi.waitFor(async () => expect(await freeSlotsRead()).toBeLessThan(10), { timeout: 10_000, interval: 100 });
    expect(await cold.withPilots([1], (records) => records.get('measurements')!.map((m) => m.id), ['measurements'], { kpiId: 1, date: day(279) })).toEqual([139_501]);
  });

  it('leave memory once committed, and are found, versioned and counted all the same', async () => {
    const { store, release } = memoryStore([]);
    const db = await store.load();
    db._sequences.feedback = 1;
    const data = createData(jsonServer.router<Database>(db), store, () => undefined);
    const cold = await coldRecords(data, store.cold!);
    db.feedback.push({ id: 1, pilotId: 7, comment: 'new', version: 1 } as Feedback);
    db._sequences.feedback = 2;
    const committing = data.commit();
    // Not durable yet: still in the live data, and known.
    expect(db.feedback).toHaveLength(1);
    expect(cold.versionOf('feedback', 1)).toBe(1);
    release();
    await committing;
    expect(db.feedback).toEqual([]);
    expect(cold.versionOf('feedback', 1)).toBe(1);
    expect(cold.count('feedback', 'pilotId', 7)).toBe(1);
    expect(await cold.get('feedback', 1)).toMatchObject({ comment: 'new' });

    // Removed: gone from the keys at once, before the removal is durable.
    markChanged(db, 'feedback', 1);
    const removing = data.commit();
    expect(cold.versionOf('feedback', 1)).toBeUndefined();
    expect(cold.count('feedback', 'pilotId', 7)).toBe(0);
    release();
    await removing;
  });
});

describe.runIf(onPostgres)('measurements, trainings, feedback and decisions on PostgreSQL', () => {
  const folders: string[] = [];
  afterEach(() => folders.splice(0).forEach((f) => rmSync(f, { recursive: true, force: true })));

  it('are not loaded at start, and leave memory once committed', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'pilot-tracker-cold-'));
    folders.push(folder);
    const seed = () => {
      const db = emptyDatabase();
      db.users.push({ id: 1, email: 'owner@example.org', fullName: 'Owner', role: 'manager', active: true, version: 1 });
      db.pilots.push({ ...buildPilot(), id: 1, ownerId: 1, version: 1 } as Database['pilots'][number]);
      db.feedback.push({ ...buildFeedback(1), id: 1, status: 'new', version: 1 } as Feedback);
      Object.assign(db._sequences, { users: 2, pilots: 2, feedback: 2 });
      return db;
    };
    const store = createPostgresStore(await databaseFor(folder), seed);
    try {
      const db = await store.load();
      expect(db.feedback).toEqual([]);
      expect(db._sequences.feedback).toBe(2);
      const data = createData(jsonServer.router<Database>(db), store, () => undefined, { checkChanges: true });
      const cold = await coldRecords(data, store.cold!);
      expect(cold.count('feedback', 'pilotId', 1)).toBe(1);
      db.feedback.push({ ...buildFeedback(1), id: 2, status: 'new', version: 1 } as Feedback);
      db._sequences.feedback = 3;
      await data.commit();
      expect(db.feedback).toEqual([]);
      expect(await cold.withPilots([1], (records) => records.get('feedback')!.map((f) => f.id))).toEqual([1, 2]);
    } finally {
      await store.close?.();
    }
  });
});
