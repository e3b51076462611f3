import { describe, expect, it } from 'vitest';
import { computeScorecard, kpiAttainment, latestMeasurement, readiness, trainingCoverage } from '@/domain/scorecard';
import type { Kpi, Measurement } from '@/domain/types';

const kpi = (id: number, overrides: Partial<Kpi>): Kpi => ({
  id,
  pilotId: 1,
  name: `KPI ${id}`,
  kind: 'completion',
  unit: '%',
  unitKind: 'percentage',
  version: 1,
  direction: 'increase',
  baseline: 0,
  target: 100,
  ...overrides,
});
let nextId = 1;
const measure = (kpiId: number, date: string, value: number, id = nextId++): Measurement => ({ id, kpiId, pilotId: 1, date, value, group: 'pilot', version: 1 });
const TODAY = '2026-11-26';
const pilot = { id: 1, targetUsers: 1000, agentsToTrain: 1000, startDate: '2026-01-01' };
const empty = { pilot, kpis: [], measurements: [], trainings: [], feedback: [] };

describe('latestMeasurement', () => {
  it('takes the latest date, then the highest id', () => {
    const ms = [measure(1, '2026-03-01', 5, 10), measure(1, '2026-04-01', 7, 2), measure(1, '2026-04-01', 9, 3)];
    expect(latestMeasurement(ms)?.value).toBe(9);
    expect(latestMeasurement([])).toBeUndefined();
  });
});

describe('kpiAttainment', () => {
  it('measures progress from baseline to target, clamped to [0, 1]', () => {
    expect(kpiAttainment({ baseline: 40, target: 90 }, 65)).toBe(0.5);
    expect(kpiAttainment({ baseline: 40, target: 90 }, 120)).toBe(1);
    expect(kpiAttainment({ baseline: 40, target: 90 }, 10)).toBe(0);
  });

  it('works for KPIs that must decrease', () => {
    expect(kpiAttainment({ baseline: 20, target: 5 }, 11)).toBeCloseTo(0.6);
    expect(kpiAttainment({ baseline: 20, target: 5 }, 25)).toBe(0);
    expect(kpiAttainment({ baseline: 20, target: 5 }, 2)).toBe(1);
  });
});

describe('readiness and recommendation', () => {
  it('renormalises the weights over the parts present', () => {
    expect(readiness({ adoption: 1, attainment: 0, coverage: null, satisfaction: null })).toBeCloseTo(0.5);
    expect(readiness({ adoption: 0.8, attainment: 0.6, coverage: 0.4, satisfaction: 1 })).toBeCloseTo(0.35 * 0.8 + 0.35 * 0.6 + 0.15 * 0.4 + 0.15);
    expect(readiness({ adoption: null, attainment: null, coverage: 0.5, satisfaction: null })).toBeCloseTo(0.5);
    expect(readiness({ adoption: null, attainment: null, coverage: null, satisfaction: null })).toBeNull();
  });

});

describe('trainingCoverage', () => {
  it('measures agents trained against the agents to train, not against the public served', () => {
    expect(trainingCoverage({ agentsToTrain: 40 }, [{ completed: 12 }, { completed: 8 }])).toBe(0.5);
    expect(trainingCoverage({ agentsToTrain: 40 }, [{ completed: 50 }])).toBe(1);
    expect(trainingCoverage({ agentsToTrain: null }, [{ completed: 12 }])).toBeNull();
    expect(trainingCoverage({ agentsToTrain: 40 }, [])).toBeNull();
  });
});

describe('computeScorecard', () => {
  it('is all null with no data', () => {
    expect(computeScorecard(empty, TODAY)).toEqual({
      id: 1,
      pilotId: 1,
      adoptionRate: null,
      kpiAttainment: null,
      trainingCoverage: null,
      satisfaction: null,
      readiness: null,
      recommendation: 'insufficient-data',
      gates: { traction: 'unknown', 'transfer-ready': 'unknown', impact: 'unknown', trained: 'unknown', satisfied: 'unknown' },
      dataPoints: 0,
    });
  });

  it('computes each part from the latest values', () => {
    const kpis = [kpi(1, { kind: 'adoption', unit: 'users', target: 800 }), kpi(2, { baseline: 40, target: 90 }), kpi(3, { direction: 'decrease', kind: 'time', baseline: 20, target: 10 })];
    const measurements = [
      measure(1, '2026-01-01', 300),
      measure(1, '2026-02-01', 600),
      measure(2, '2026-02-01', 65),
      measure(3, '2026-01-01', 30),
      measure(3, '2026-02-01', 25),
    ];
    const card = computeScorecard({
      pilot,
      kpis,
      measurements,
      trainings: [{ completed: 150 }, { completed: 100 }],
      feedback: [{ rating: 5 }, { rating: 3 }, { rating: 4 }],
    }, TODAY);
    expect(card.adoptionRate).toBeCloseTo(0.6);
    // KPI 2: (65-40)/(90-40) = 0.5; KPI 3 got worse than its baseline: clamped to 0.
    expect(card.kpiAttainment).toBeCloseTo(0.25);
    expect(card.trainingCoverage).toBeCloseTo(0.25);
    expect(card.satisfaction).toBeCloseTo(0.75);
    expect(card.readiness).toBeCloseTo(0.35 * 0.6 + 0.35 * 0.25 + 0.15 * 0.25 + 0.15 * 0.75);
    // Readiness 0.45 and adoption took off, but impact is not there: extend, not generalize nor stop.
    expect(card.gates).toMatchObject({ traction: 'pass', 'transfer-ready': 'pass', impact: 'fail', trained: 'fail', satisfied: 'pass' });
    expect(card.recommendation).toBe('extend');
    expect(card.dataPoints).toBe(5);
  });

  it('caps adoption and coverage at 1 and ignores KPIs without measurements', () => {
    const card = computeScorecard({
      ...empty,
      kpis: [kpi(1, { kind: 'adoption', unit: 'users', target: 800 }), kpi(2, {})],
      measurements: [measure(1, '2026-01-01', 5000), measure(1, '2026-02-01', 5000), measure(1, '2026-03-01', 5000)],
      trainings: [{ completed: 4000 }],
    }, TODAY);
    expect(card.adoptionRate).toBe(1);
    expect(card.kpiAttainment).toBeNull();
    expect(card.trainingCoverage).toBe(1);
    expect(card.readiness).toBe(1);
    // No other KPI measured: impact is unknown, so the evidence does not support generalizing yet.
    expect(card.gates.impact).toBe('unknown');
    expect(card.recommendation).toBe('extend');
  });
});
