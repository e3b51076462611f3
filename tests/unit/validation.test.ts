import { describe, expect, it } from 'vitest';
import { checkKpiValue, describeProblem, isIsoDate, validateRecord, withDefaults } from '@/domain/validation';

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
  const kpi = { pilotId: 1, name: ' Completion rate ', kind: 'completion', unit: '%', unitKind: 'percentage', direction: 'increase', baseline: 40, target: 90 };

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
    const decision = { pilotId: 1, date: '2026-11-01', decision: 'extend', rationale: 'More data needed', decidedBy: 3, againstRecommendation: false };
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

describe('measurement rules', () => {
  it('bound values by the unit kind of their KPI', () => {
    expect(checkKpiValue({ unitKind: 'count' }, -1)).toEqual({ code: 'min', params: { min: 0 } });
    expect(checkKpiValue({ unitKind: 'count' }, 0)).toBeNull();
    expect(checkKpiValue({ unitKind: 'percentage' }, 100)).toBeNull();
    expect(checkKpiValue({ unitKind: 'percentage' }, 100.1)).toEqual({ code: 'max', params: { max: 100 } });
    expect(checkKpiValue({ unitKind: 'rating', scaleMax: 5 }, 5.5)).toEqual({ code: 'max', params: { max: 5 } });
    expect(checkKpiValue({ unitKind: 'currency' }, -0.01)?.code).toBe('min');
    expect(checkKpiValue({ unitKind: 'duration' }, 3)).toBeNull();
  });

  it('refuse a date after today, as a coded problem the SPA translates and the API words', () => {
    const measurement = { kpiId: 1, date: '2026-11-27', value: 3, group: 'pilot' };
    const { problems, errors } = validateRecord('measurements', measurement, '2026-11-26');
    expect(problems.date).toEqual({ code: 'not_after_today', params: { today: '2026-11-26' } });
    expect(errors.date).toBe('Must not be after today (2026-11-26)');
    expect(validateRecord('measurements', { ...measurement, date: '2026-11-26' }, '2026-11-26').errors).toEqual({});
    expect(describeProblem({ code: 'too_long', params: { max: 5 } })).toBe('Must be 5 characters or fewer');
  });

  it('refuse keys that are not own fields of the schema', () => {
    expect(validateRecord('feedback', { pilotId: 1, date: '2026-01-01', stakeholder: 'agent', rating: 3, constructor: 1 }).errors.constructor).toBe('Unknown field');
  });
});
