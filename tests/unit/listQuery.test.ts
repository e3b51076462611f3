import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyListQuery, contentRange, createListCache, parseListQuery, type ListChanges } from '../../mock-api/listQuery';
import { SCHEMAS } from '@/domain/schema';

const rows = [
  { id: 1, name: 'école numérique', stage: 'running', targetUsers: 100, budget: null, startDate: '2026-01-01' },
  { id: 2, name: 'Archive', stage: 'stopped', targetUsers: 50, budget: 1000, startDate: '2025-06-01' },
  { id: 3, name: 'Budget ouvert', stage: 'running', targetUsers: 900, budget: 500, startDate: '2026-03-01' },
  { id: 4, name: 'chatbot', stage: 'proposed', targetUsers: 100, budget: 200, startDate: '2027-01-01' },
];
const query = (params: Record<string, unknown>) =>
  parseListQuery(Object.fromEntries(Object.entries(params).map(([k, v]) => [k, JSON.stringify(v)])), SCHEMAS.pilots);
const ids = (params: Record<string, unknown>) => applyListQuery(rows, query(params)).page.map((r) => r.id);

describe('list queries', () => {
  it('sorts text without regard to case or accents, then by id', () => {
    expect(ids({ sort: ['name', 'ASC'] })).toEqual([2, 3, 4, 1]);
    expect(ids({ sort: ['targetUsers', 'DESC'] })).toEqual([3, 4, 1, 2]);
  });

  it('puts empty values last whatever the order', () => {
    expect(ids({ sort: ['budget', 'ASC'] })).toEqual([4, 3, 2, 1]);
    expect(ids({ sort: ['budget', 'DESC'] })).toEqual([2, 3, 4, 1]);
  });

  it('filters by equality, by one-of, by bounds and by text search', () => {
    expect(ids({ filter: { stage: 'running' } })).toEqual([1, 3]);
    expect(ids({ filter: { id: [4, 2] } })).toEqual([2, 4]);
    expect(ids({ filter: { targetUsers: '100' } })).toEqual([1, 4]);
    expect(ids({ filter: { startDate_gte: '2026-01-01', startDate_lte: '2026-12-31' } })).toEqual([1, 3]);
    expect(ids({ filter: { q: 'BUDGET' } })).toEqual([3]);
    expect(ids({ filter: { id: [] } })).toEqual([]);
  });

  it('slices the range inclusively and reports the total', () => {
    const result = applyListQuery(rows, query({ sort: ['id', 'ASC'], range: [1, 2] }));
    expect(result.page.map((r) => r.id)).toEqual([2, 3]);
    expect(contentRange('pilots', result)).toBe('pilots 1-2/4');
    expect(contentRange('pilots', applyListQuery(rows, query({ range: [10, 19] })))).toBe('pilots */4');
  });

  it('refuses what it does not know', () => {
    expect(() => query({ filter: { colour: 'blue' } })).toThrow(/Invalid filter/);
    expect(() => query({ filter: { name_gte: 'a' } })).toThrow();
    expect(() => query({ sort: ['colour', 'ASC'] })).toThrow();
    expect(() => query({ range: [-1, 4] })).toThrow();
    expect(() => parseListQuery({ _page: '2' }, SCHEMAS.pilots)).toThrow();
  });
});

describe('the orders and groups kept for lists from commit to commit', () => {
  type Pilot = (typeof rows)[number];
  const NAMES = ['école', 'Ecole', 'archive', 'Zèbre', 'zebra', '', 'Ångström', 'budget'];
  /** A commit: records written (new or changed) and removed, applied to `live` as the API applies them, then described. */
  const commitArbitrary = fc.record({
    put: fc.array(fc.record({ id: fc.integer({ min: 1, max: 30 }), name: fc.constantFrom(...NAMES), budget: fc.option(fc.integer({ min: 0, max: 5 })) }), { maxLength: 6 }),
    remove: fc.array(fc.integer({ min: 1, max: 30 }), { maxLength: 3 }),
  });

  it('answer every page as a sort of the records as they now are, after any series of writes', () => {
    fc.assert(
      fc.property(fc.array(commitArbitrary, { maxLength: 12 }), fc.constantFrom('name', 'budget'), fc.constantFrom('ASC' as const, 'DESC' as const), (commits, field, order) => {
        let live: Pilot[] = rows.map((r) => ({ ...r }));
        const cache = createListCache();
        const asked = query({ sort: [field, order], range: [0, 99] });
        const byCache = () => applyListQuery(live, asked, { cache, name: 'pilots' }).page.map((r) => r.id);
        const fresh = () => applyListQuery(live, asked).page.map((r) => r.id);
        expect(byCache()).toEqual(fresh());
        for (const commit of commits) {
          const put = new Map<number, Pilot>();
          for (const p of commit.put) put.set(p.id, { ...rows[0], ...p, budget: p.budget ?? null });
          const removed = commit.remove.filter((id) => !put.has(id) && live.some((r) => r.id === id));
          live = live.filter((r) => !put.has(r.id) && !removed.includes(r.id)).concat([...put.values()]).sort((a, b) => a.id - b.id);
          const changes: ListChanges = { put: { pilots: [...put.values()] }, remove: { pilots: removed }, replace: {} };
          cache.follow(changes);
          expect(byCache()).toEqual(fresh());
        }
      }),
    );
  });

  it('move a written record to its place rather than sort again, and forget what a reload replaced', () => {
    const live = rows.map((r) => ({ ...r }));
    const cache = createListCache();
    const first = cache.sorted('pilots', live, 'name', 'ASC');
    const renamed = { ...live[1], name: 'Zèbre' };
    live[1] = renamed;
    cache.follow({ put: { pilots: [renamed] }, remove: {}, replace: {} });
    const kept = cache.sorted('pilots', live, 'name', 'ASC');
    expect(kept).toBe(first);
    expect(kept.map((r) => r.id)).toEqual([3, 4, 1, 2]);
    // A change elsewhere leaves it as it is; the KPIs grouped by pilot are grouped again after a change to the KPIs only.
    const groups = cache.grouped('kpis', [{ id: 1, pilotId: 1 }], 'pilotId');
    cache.follow({ put: { measurements: [{ id: 9 }] }, remove: {}, replace: {} });
    expect(cache.grouped('kpis', [], 'pilotId')).toBe(groups);
    cache.follow({ put: {}, remove: { kpis: [1] }, replace: {} });
    expect(cache.grouped('kpis', [], 'pilotId').size).toBe(0);
    cache.follow(undefined);
    expect(cache.sorted('pilots', live, 'name', 'ASC')).not.toBe(first);
  });

  it('keep the eight sort orders last used, letting go of the one used longest ago', () => {
    const cache = createListCache();
    const fields = ['name', 'stage', 'targetUsers', 'budget', 'startDate'];
    const orders = fields.flatMap((field) => (['ASC', 'DESC'] as const).map((order) => [field, order] as const)).slice(0, 9);
    const first = cache.sorted('pilots', rows, ...orders[0]);
    const second = cache.sorted('pilots', rows, ...orders[1]);
    for (const [field, order] of orders.slice(2, 8)) cache.sorted('pilots', rows, field, order);
    expect(cache.sorted('pilots', rows, ...orders[0])).toBe(first);
    // A ninth: the one used longest ago (the second, the first having been used since) is let go.
    cache.sorted('pilots', rows, ...orders[8]);
    expect(cache.sorted('pilots', rows, ...orders[0])).toBe(first);
    expect(cache.sorted('pilots', rows, ...orders[1])).not.toBe(second);
  });

  it('find records by id (react-admin getMany) by a binary search, without grouping the collection by id', () => {
    const cache = createListCache();
    const found = applyListQuery(rows, query({ filter: { id: [4, 2, 99, 2] } }), { cache, name: 'pilots' });
    expect(found.page.map((r) => r.id)).toEqual([2, 4]);
    expect(found.total).toBe(2);
    expect(cache.grouped('pilots', [], 'id').size).toBe(0);
  });
});
