/** The slabs the dashboard's index cuts its packed numbers from. */
import { describe, expect, it } from 'vitest';
import { createSlabs } from '../../src/domain/dashboard/slabs';

describe('slabs', () => {
  it('cuts arrays from one shared buffer, each apart from the others', () => {
    const slabs = createSlabs();
    const a = slabs.int32(3);
    const b = slabs.float64(2);
    const c = slabs.int32(5);
    expect(a.buffer).toBe(b.buffer);
    expect(b.buffer).toBe(c.buffer);
    a.fill(7);
    b.fill(1.5);
    c.fill(-1);
    expect([...a]).toEqual([7, 7, 7]);
    expect([...b]).toEqual([1.5, 1.5]);
    expect([...c]).toEqual([-1, -1, -1, -1, -1]);
    // 8-aligned: 3 int32 take 16 bytes.
    expect(b.byteOffset).toBe(16);
    expect(slabs.used).toBe(16 + 16 + 24);
  });

  it('starts a new buffer when one is full, and gives large arrays their own', () => {
    const slabs = createSlabs();
    // 125,000 bytes each: eight fill most of a 1 MB buffer, the ninth starts another.
    const eight = Array.from({ length: 8 }, () => slabs.float64(15_625));
    const same = (x: ArrayBufferLike, y: ArrayBufferLike) => x === y;
    expect(eight.every((a) => same(a.buffer, eight[0].buffer))).toBe(true);
    const ninth = slabs.float64(15_625);
    expect(same(ninth.buffer, eight[0].buffer)).toBe(false);
    const large = slabs.float64(1_000_000);
    expect(large.buffer.byteLength).toBe(8_000_000);
    // The next small one still comes from the current buffer.
    expect(same(slabs.int32(1).buffer, ninth.buffer)).toBe(true);
  });

  it('counts the bytes of the arrays given back', () => {
    const slabs = createSlabs();
    const a = slabs.int32(3);
    slabs.float64(4);
    slabs.release(a);
    expect(slabs.wasted).toBe(16);
    expect(slabs.used).toBe(48);
  });
});
