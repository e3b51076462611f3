/** Which KPIs and dates may hold a stored measurement, as the server keeps it for a store that holds them (about 2 bytes a measurement). */
import { describe, expect, it } from 'vitest';
import { slotFilter, slotHash } from '../../mock-api/slotFilter';

/** A filter sized for `hashes`, holding them, as the server builds it at start. */
const filterOf = (hashes: number[]) => {
  const filter = slotFilter(hashes.length);
  hashes.forEach((hash) => filter.add(hash));
  return filter;
};

const day = (n: number) => new Date(Date.UTC(2000, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);
/** 500 KPIs measured daily, over `days` days from 2000-01-01. */
const slots = (days: number, from = 0) => Array.from({ length: 500 * days }, (_, i) => slotHash(1 + (i % 500), day(from + Math.floor(i / 500))));

/** How often a free slot (another KPI's, dates the measured ones never have) is a "maybe". */
function maybeRate(filter: ReturnType<typeof slotFilter>) {
  const free = Array.from({ length: 20_000 }, (_, i) => slotHash(10_000 + (i % 1000), day(20_000 + Math.floor(i / 1000))));
  return free.filter((hash) => filter.mayHold(hash)).length / free.length;
}

describe('the slots filter', () => {
  it('never says no to a slot it holds, and says maybe to about 1 free slot in 400 when full as sized', () => {
    const held = slots(400);
    const filter = filterOf(held);
    expect(held.every((hash) => filter.mayHold(hash))).toBe(true);
    expect(maybeRate(filter)).toBeLessThan(0.006);
    expect(filter.full).toBe(false);
  });

  it('tells apart the same date on two KPIs, and two dates on one KPI', () => {
    const filter = filterOf([slotHash(7, '2026-10-01')]);
    expect(filter.mayHold(slotHash(7, '2026-10-01'))).toBe(true);
    expect(filter.mayHold(slotHash(8, '2026-10-01'))).toBe(false);
    expect(filter.mayHold(slotHash(7, '2026-10-02'))).toBe(false);
  });

  it('takes measurements added after it was built, and says it is full at twice the measurements it was sized for', () => {
    const filter = slotFilter(0);
    const later = slots(263);
    later.slice(0, 131_000).forEach((hash) => filter.add(hash));
    expect(filter.full).toBe(false);
    later.slice(131_000).forEach((hash) => filter.add(hash));
    expect(filter.full).toBe(true);
    expect(later.every((hash) => filter.mayHold(hash))).toBe(true);
    // Still right, only less often sure: built again for as many, it is sure again.
    expect(maybeRate(filter)).toBeGreaterThan(0.01);
    expect(maybeRate(filterOf(later))).toBeLessThan(0.006);
  });
});
