import { describe, expect, it } from 'vitest';
import { nextMonthDate } from '@/domain/series';

describe('the next monthly date ("save and add another" prefills it)', () => {
  it('is the same day a month later', () => {
    expect(nextMonthDate('2026-03-15')).toBe('2026-04-15');
    expect(nextMonthDate('2026-12-01')).toBe('2027-01-01');
  });

  it("keeps a month's last day the last day, and clamps days the next month lacks", () => {
    expect(nextMonthDate('2026-01-31')).toBe('2026-02-28');
    expect(nextMonthDate('2028-01-31')).toBe('2028-02-29');
    expect(nextMonthDate('2026-02-28')).toBe('2026-03-31');
    expect(nextMonthDate('2026-04-30')).toBe('2026-05-31');
    expect(nextMonthDate('2026-01-30')).toBe('2026-02-28');
  });
});
