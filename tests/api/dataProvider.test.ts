/**
 * ra-data-simple-rest, unchanged, against the real API: every method on every resource.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataProvider, RaRecord } from 'react-admin';
import { startApi, type TestApi } from '../support/apiServer';
import {
  buildDecision,
  buildFeedback,
  buildKpi,
  buildMeasurement,
  buildPilot,
  buildTraining,
  buildUser,
} from '../support/builders';

let api: TestApi;
let dataProvider: DataProvider;
let pilotId: number;
let kpiId: number;
/** A pilot for each decision the journey records: a second decision on one pilot must name the first. */
const undecidedPilots: number[] = [];

beforeAll(async () => {
  api = await startApi();
  dataProvider = api.dataProvider;
  pilotId = (await dataProvider.create('pilots', { data: buildPilot() })).data.id as number;
  kpiId = (await dataProvider.create('kpis', { data: buildKpi(pilotId) })).data.id as number;
  for (let i = 0; i < 3; i += 1) undecidedPilots.push((await dataProvider.create('pilots', { data: buildPilot() })).data.id as number);
});
afterAll(() => api.close());

interface Case {
  resource: string;
  build: () => Record<string, unknown>;
  change: Record<string, unknown>;
  /** A filter that the demo data matches, with the field to check. */
  filter: Record<string, unknown>;
  sortField: string;
}

const cases: Case[] = [
  { resource: 'users', build: () => buildUser(), change: { fullName: 'Camille Durand-Petit' }, filter: { role: 'trainer' }, sortField: 'fullName' },
  { resource: 'pilots', build: () => buildPilot(), change: { stage: 'evaluating' }, filter: { stage: 'running' }, sortField: 'name' },
  { resource: 'kpis', build: () => buildKpi(pilotId, { name: 'Processing time', kind: 'time', unit: 'days', unitKind: 'duration', direction: 'decrease', baseline: 20, target: 5 }), change: { target: 4 }, filter: { kind: 'cost' }, sortField: 'baseline' },
  { resource: 'measurements', build: () => buildMeasurement(kpiId), change: { value: 61 }, filter: { kpiId: 1 }, sortField: 'date' },
  { resource: 'trainings', build: () => buildTraining(pilotId), change: { completed: 12 }, filter: { format: 'remote' }, sortField: 'date' },
  { resource: 'feedback', build: () => buildFeedback(pilotId), change: { status: 'addressed' }, filter: { stakeholder: 'agent' }, sortField: 'rating' },
  { resource: 'decisions', build: () => buildDecision(undecidedPilots.shift()!, { decision: 'stop' }), change: { rationale: 'Adoption stalled at 4%.' }, filter: { decision: 'generalize' }, sortField: 'date' },
];

describe.each(cases)('$resource through ra-data-simple-rest', ({ resource, build, change, filter, sortField }) => {
  it('getList sorts, pages and filters, with the total from Content-Range', async () => {
    const [field, value] = Object.entries(filter)[0];
    const all = await dataProvider.getList(resource, { pagination: { page: 1, perPage: 1000 }, sort: { field: 'id', order: 'ASC' }, filter: {} });
    const expected = all.data.filter((r) => r[field] === value);
    expect(expected.length).toBeGreaterThan(1);

    const page = await dataProvider.getList(resource, { pagination: { page: 1, perPage: 2 }, sort: { field: sortField, order: 'DESC' }, filter });
    expect(page.total).toBe(expected.length);
    expect(page.data).toHaveLength(2);
    expect(page.data.every((r) => r[field] === value)).toBe(true);
    const sorted = [...expected].sort((a, b) => (a[sortField] < b[sortField] ? 1 : a[sortField] > b[sortField] ? -1 : a.id < b.id ? 1 : -1));
    expect(page.data.map((r) => r[sortField])).toEqual(sorted.slice(0, 2).map((r) => r[sortField]));

    const second = await dataProvider.getList(resource, { pagination: { page: 2, perPage: 2 }, sort: { field: sortField, order: 'DESC' }, filter });
    expect(second.data.map((r) => r.id)).not.toContain(page.data[0].id);
  });

  it('getOne and getMany return the stored records', async () => {
    const { data: one } = await dataProvider.getOne(resource, { id: 1 });
    expect(one.id).toBe(1);
    const { data: many } = await dataProvider.getMany(resource, { ids: [1, 2] });
    expect(many.map((r: RaRecord) => r.id).sort()).toEqual([1, 2]);
  });

  it('creates, updates, updates many, deletes and deletes many', async () => {
    const { data: created } = await dataProvider.create(resource, { data: build() });
    expect(typeof created.id).toBe('number');
    expect((await dataProvider.getOne(resource, { id: created.id })).data).toEqual(created);

    const { data: updated } = await dataProvider.update(resource, { id: created.id, data: change, previousData: created });
    expect(updated).toMatchObject({ ...created, ...change, version: created.version + 1 });

    const { data: other } = await dataProvider.create(resource, { data: build() });
    const { data: ids } = await dataProvider.updateMany(resource, { ids: [created.id, other.id], data: change });
    expect(ids?.sort()).toEqual([created.id, other.id].sort());
    expect((await dataProvider.getOne(resource, { id: other.id })).data).toMatchObject(change);

    // The bulk update changed `created` again: a delete based on the older read is refused.
    await expect(dataProvider.delete(resource, { id: created.id, previousData: updated })).rejects.toMatchObject({ status: 409 });
    const { data: latest } = await dataProvider.getOne(resource, { id: created.id });
    const { data: deleted } = await dataProvider.delete(resource, { id: created.id, previousData: latest });
    expect(deleted).toMatchObject({ id: created.id, ...change });
    await expect(dataProvider.getOne(resource, { id: created.id })).rejects.toMatchObject({ status: 404 });

    const { data: third } = await dataProvider.create(resource, { data: build() });
    const { data: gone } = await dataProvider.deleteMany(resource, { ids: [other.id, third.id] });
    expect(gone?.sort()).toEqual([other.id, third.id].sort());
    const { data: left } = await dataProvider.getMany(resource, { ids: [other.id, third.id] });
    expect(left).toEqual([]);
  });
});

describe('getManyReference', () => {
  it('lists the KPIs of one pilot, sorted and paged', async () => {
    const { data, total } = await dataProvider.getManyReference('kpis', {
      target: 'pilotId',
      id: 1,
      pagination: { page: 1, perPage: 2 },
      sort: { field: 'name', order: 'ASC' },
      filter: {},
    });
    expect(total).toBeGreaterThan(2);
    expect(data).toHaveLength(2);
    expect(data.every((k) => k.pilotId === 1)).toBe(true);
    expect(String(data[0].name).localeCompare(String(data[1].name))).toBeLessThanOrEqual(0);
  });

  it('lists the measurements of one pilot within a date range', async () => {
    const { data, total } = await dataProvider.getManyReference('measurements', {
      target: 'pilotId',
      id: 1,
      pagination: { page: 1, perPage: 500 },
      sort: { field: 'date', order: 'ASC' },
      filter: { date_gte: '2026-01-01', date_lte: '2026-06-30' },
    });
    expect(total).toBe(data.length);
    expect(data.length).toBeGreaterThan(0);
    expect(data.every((m) => m.pilotId === 1 && m.date >= '2026-01-01' && m.date <= '2026-06-30')).toBe(true);
  });
});

describe('scorecards', () => {
  it('lists in the same dialect and cannot be written', async () => {
    const { data, total } = await dataProvider.getList('scorecards', {
      pagination: { page: 1, perPage: 5 },
      sort: { field: 'readiness', order: 'DESC' },
      filter: { recommendation: ['generalize', 'extend'] },
    });
    expect(total).toBeGreaterThan(0);
    expect(data.every((s) => ['generalize', 'extend'].includes(s.recommendation))).toBe(true);
    const readiness = data.map((s) => s.readiness as number);
    expect(readiness).toEqual([...readiness].sort((a, b) => b - a));
    await expect(dataProvider.update('scorecards', { id: 1, data: { readiness: 1 }, previousData: { id: 1 } })).rejects.toMatchObject({ status: 405 });
  });
});

describe('two people saving the same record at the same moment', () => {
  it('keeps the first save and refuses the second with a 409, never overwriting silently', async () => {
    const { data: pilot } = await dataProvider.getOne('pilots', { id: 4 });
    const saves = await Promise.allSettled(
      ['Bretagne', 'Occitanie'].map((region) => dataProvider.update('pilots', { id: 4, data: { region }, previousData: pilot })),
    );
    const saved = saves.filter((s) => s.status === 'fulfilled');
    const refused = saves.filter((s): s is PromiseRejectedResult => s.status === 'rejected');
    expect(saved).toHaveLength(1);
    expect(refused.map((r) => (r.reason as { status: number }).status)).toEqual([409]);
    const { data: now } = await dataProvider.getOne('pilots', { id: 4 });
    expect(now.version).toBe(pilot.version + 1);
    expect(now.region).toBe((saved[0] as PromiseFulfilledResult<{ data: { region: string } }>).value.data.region);
  });
});
