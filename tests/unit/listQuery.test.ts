import { describe, expect, it } from 'vitest';
import { applyListQuery, contentRange, parseListQuery } from '../../mock-api/listQuery';
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
