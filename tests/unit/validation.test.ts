import { describe, expect, it } from 'vitest';
import { isIsoDate, validateRecord, withDefaults } from '@/domain/validation';

describe('isIsoDate', () => {
  it('accepts real calendar dates only', () => {
    expect(isIsoDate('2026-02-28')).toBe(true);
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2026-2-1')).toBe(false);
    expect(isIsoDate('2026-02-01T00:00:00Z')).toBe(false);
    expect(isIsoDate(20260201)).toBe(false);
  });
});

describe('validateRecord', () => {
  const kpi = { pilotId: 1, name: ' Completion rate ', kind: 'completion', unit: '%', direction: 'increase', baseline: 40, target: 90 };

  it('trims text and keeps valid fields', () => {
    const { record, errors } = validateRecord('kpis', kpi);
    expect(errors).toEqual({});
    expect(record.name).toBe('Completion rate');
  });

  it('checks the target lies in the direction from the baseline', () => {
    expect(validateRecord('kpis', { ...kpi, target: 40 }).errors.target).toMatch(/above/);
    expect(validateRecord('kpis', { ...kpi, direction: 'decrease' }).errors.target).toMatch(/below/);
    expect(validateRecord('kpis', { ...kpi, kind: 'adoption', direction: 'decrease', target: 10 }).errors.direction).toMatch(/must increase/);
  });

  it('requires a new end date exactly for extensions', () => {
    const decision = { pilotId: 1, date: '2026-11-01', decision: 'extend', rationale: 'More data needed', decidedBy: 3 };
    expect(validateRecord('decisions', decision).errors.newEndDate).toMatch(/Required/);
    expect(validateRecord('decisions', { ...decision, newEndDate: '2027-01-01' }).errors).toEqual({});
    expect(validateRecord('decisions', { ...decision, decision: 'stop', newEndDate: '2027-01-01' }).errors.newEndDate).toMatch(/Only an extension/);
  });

  it('lets optional numbers be cleared, but not required ones', () => {
    const training = { pilotId: 1, title: 'Intro', date: '2026-01-10', trainerId: 4, format: 'remote', durationHours: 2, participants: 10, completed: 9, satisfaction: null };
    const { record, errors } = validateRecord('trainings', training);
    expect(errors).toEqual({});
    expect(record.satisfaction).toBeNull();
    expect(validateRecord('trainings', { ...training, participants: null }).errors.participants).toBe('Required');
  });
});

describe('withDefaults', () => {
  it('fills in the defaults of missing fields only', () => {
    expect(withDefaults('feedback', { rating: 3 })).toEqual({ rating: 3, status: 'new' });
    expect(withDefaults('pilots', { stage: 'running' })).toEqual({ stage: 'running', published: false });
  });
});
