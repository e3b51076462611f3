import { describe, expect, it } from 'vitest';
import { canAccess } from '@/domain/permissions';

const trainer = { id: 4, role: 'trainer' as const };
const recordedAt = (iso: string) => ({ id: 1, trainerId: 4, recordedAt: iso });

describe("a trainer's right to delete a session", () => {
  it('holds for their own session on the day they recorded it', () => {
    expect(canAccess(trainer, 'trainings', 'delete', recordedAt('2026-11-27T09:15:00'), '2026-11-27')).toBe(true);
  });

  it('ends with that day, and never reaches another trainer\'s session or one of unknown date', () => {
    expect(canAccess(trainer, 'trainings', 'delete', recordedAt('2026-11-26T09:15:00'), '2026-11-27')).toBe(false);
    expect(canAccess(trainer, 'trainings', 'delete', { ...recordedAt('2026-11-27T09:15:00'), trainerId: 9 }, '2026-11-27')).toBe(false);
    expect(canAccess(trainer, 'trainings', 'delete', { id: 1, trainerId: 4 }, '2026-11-27')).toBe(false);
  });

  it('stays whole for an administrator, and absent for a manager', () => {
    expect(canAccess({ id: 1, role: 'admin' }, 'trainings', 'delete', recordedAt('2020-01-01T00:00:00'), '2026-11-27')).toBe(true);
    expect(canAccess({ id: 2, role: 'manager' }, 'trainings', 'delete', recordedAt('2026-11-27T09:15:00'), '2026-11-27')).toBe(false);
  });
});
