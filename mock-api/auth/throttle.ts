/**
 * Refuses sign-ins for a key (an email, a client address) after too many failures within a
 * window. Keeps at most `maxKeys` keys: the oldest are forgotten first, so that trying many
 * emails cannot grow the memory without bound.
 */
export interface Throttle {
  /** Milliseconds until the key may try again, or 0. */
  blockedFor(key: string, now?: number): number;
  fail(key: string, now?: number): void;
  succeed(key: string): void;
}

export function createThrottle(maxFailures = 10, windowMs = 15 * 60_000, maxKeys = 10_000): Throttle {
  const failures = new Map<string, number[]>();
  const recent = (key: string, now: number) => (failures.get(key) ?? []).filter((t) => now - t < windowMs);
  return {
    blockedFor(key, now = Date.now()) {
      const times = recent(key, now);
      if (times.length) failures.set(key, times);
      else failures.delete(key);
      return times.length >= maxFailures ? windowMs - (now - times[0]) : 0;
    },
    fail(key, now = Date.now()) {
      const times = [...recent(key, now), now];
      // Re-inserted, so that the map's order is the order of the latest failures.
      failures.delete(key);
      failures.set(key, times);
      while (failures.size > maxKeys) failures.delete(failures.keys().next().value as string);
    },
    succeed(key) {
      failures.delete(key);
    },
  };
}
