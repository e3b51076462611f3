/** Refuses sign-ins for an email after too many failures within a window. */
export interface Throttle {
  /** Milliseconds until the email may try again, or 0. */
  blockedFor(email: string, now?: number): number;
  fail(email: string, now?: number): void;
  succeed(email: string): void;
}

export function createThrottle(maxFailures = 10, windowMs = 15 * 60_000): Throttle {
  const failures = new Map<string, number[]>();
  const recent = (email: string, now: number) => (failures.get(email) ?? []).filter((t) => now - t < windowMs);
  return {
    blockedFor(email, now = Date.now()) {
      const times = recent(email, now);
      failures.set(email, times);
      return times.length >= maxFailures ? windowMs - (now - times[0]) : 0;
    },
    fail(email, now = Date.now()) {
      failures.set(email, [...recent(email, now), now]);
    },
    succeed(email) {
      failures.delete(email);
    },
  };
}
