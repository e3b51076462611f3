import { describe, expect, it } from 'vitest';
import { checkGates, tractionGate } from '@/domain/gates';

const pilot = { startDate: '2026-01-15' };
const card = { adoptionRate: 0.35, kpiAttainment: 0.4, trainingCoverage: null, satisfaction: 0.6 };

describe('gate checks', () => {
  it('pass, fail, or stay unknown without data', () => {
    expect(checkGates(pilot, card, [{ month: '2026-03', value: 0.06 }], '2026-11-26')).toEqual({
      traction: 'pass',
      'transfer-ready': 'pass',
      impact: 'fail',
      trained: 'unknown',
      satisfied: 'pass',
    });
  });

  it('judge traction on the first six months only', () => {
    const late = [{ month: '2026-09', value: 0.2 }];
    const slow = [{ month: '2026-05', value: 0.02 }, ...late];
    expect(tractionGate(pilot, slow, '2026-11-26')).toBe('fail');
    expect(tractionGate(pilot, slow, '2026-05-20')).toBe('unknown');
    expect(tractionGate(pilot, late, '2026-11-26')).toBe('unknown');
    expect(tractionGate(pilot, [{ month: '2026-07', value: 0.05 }], '2026-11-26')).toBe('pass');
  });
});
