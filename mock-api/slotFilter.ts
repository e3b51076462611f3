/**
 * Which KPIs and dates may hold a stored measurement, in about 2 bytes per measurement: a Bloom
 * filter. "No" is certain, so a measurement's slot check on a date never measured (most writes)
 * reads nothing from the store; "maybe" reads the slot, as every check did before. Removals and
 * moves are not taken out (a Bloom filter cannot): a freed slot stays a "maybe", read and found
 * empty. Past twice the measurements it was sized for, it answers "maybe" more often, and says so
 * (`full`) for its owner to build it again from the store.
 */

/** Bits per measurement it is sized for, and bits set per measurement: about 1 "maybe" in 400 for a free slot when full as sized. */
const BITS_PER_MEASUREMENT = 16;
const HASHES = 4;
const MIN_BITS = 2 ** 20;

export interface SlotFilter {
  add(hash: number): void;
  mayHold(hash: number): boolean;
  /** Measurements added (a measurement moved is added again). */
  readonly added: number;
  /** Holds twice the measurements it was sized for: "maybe" now answers about 1 free slot in 40. */
  readonly full: boolean;
}

/** The hash of a KPI and a date: 32 bits, from which the filter's bits are found. */
export function slotHash(kpiId: number, date: string): number {
  // FNV-1a over the date's characters, mixed with the KPI (murmur3's finaliser).
  let h = 0x811c9dc5 ^ Math.imul(kpiId, 0x9e3779b1);
  for (let i = 0; i < date.length; i += 1) h = Math.imul(h ^ date.charCodeAt(i), 0x01000193);
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** An empty filter sized for `expected` measurements. */
export function slotFilter(expected: number): SlotFilter {
  let size = MIN_BITS;
  while (size < expected * BITS_PER_MEASUREMENT) size *= 2;
  const bits = new Uint32Array(size / 32);
  const mask = size - 1;
  const capacity = 2 * (size / BITS_PER_MEASUREMENT);
  let added = 0;
  // Double hashing: the k bits of a hash are h1 + i * h2, h2 odd (derived from h1 by another mix).
  const second = (h1: number) => (Math.imul(h1 ^ (h1 >>> 15), 0x2c1b3c6d) ^ 0x5bd1e995) | 1;
  return {
    add(hash) {
      const step = second(hash);
      for (let i = 0, at = hash; i < HASHES; i += 1, at = (at + step) | 0) bits[(at & mask) >>> 5] |= 1 << (at & 31);
      added += 1;
    },
    mayHold(hash) {
      const step = second(hash);
      for (let i = 0, at = hash; i < HASHES; i += 1, at = (at + step) | 0) if ((bits[(at & mask) >>> 5] & (1 << (at & 31))) === 0) return false;
      return true;
    },
    get added() {
      return added;
    },
    get full() {
      return added >= capacity;
    },
  };
}
