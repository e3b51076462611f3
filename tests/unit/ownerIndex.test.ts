/** The owner of each record by id, as the server keeps it for records it does not hold (4 bytes an id). */
import { describe, expect, it } from 'vitest';
import { ownerIndex } from '../../mock-api/ownerIndex';

describe('an owner index', () => {
  it('keeps every owner as it grows, ids coming in any order, those past 2^26 included', () => {
    const index = ownerIndex();
    const ids = [3, 70_000, 1_024, 1_025, 500_000, 2 ** 26 + 5, 65_537, 1];
    ids.forEach((id, i) => index.set(id, 100 + (i % 3)));
    for (const [i, id] of ids.entries()) expect(index.get(id)).toBe(100 + (i % 3));
    expect(index.get(2)).toBeUndefined();
    expect(index.get(600_000)).toBeUndefined();
    expect(index.idsOf(new Set([100]))).toEqual([3, 1_025, 65_537]);
    expect(index.idsOf(new Set([101, 102]))).toEqual([1, 1_024, 70_000, 500_000, 2 ** 26 + 5]);

    index.delete(1_024);
    index.delete(2 ** 26 + 5);
    expect(index.owners()).toEqual(new Set([100, 101]));
    expect(index.idsOf(new Set([101, 102]))).toEqual([1, 70_000, 500_000]);
  });
});
