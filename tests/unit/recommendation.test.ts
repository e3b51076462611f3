import { describe, expect, it } from 'vitest';
import { RECOMMENDATION_THRESHOLDS } from '@/domain/gateThresholds';
import type { GateResult } from '@/domain/gates';
import { isAgainstRecommendation, recommend, type RecommendationInput } from '@/domain/recommendation';

const { generalizeFrom, stopBelow, minDataPoints } = RECOMMENDATION_THRESHOLDS;
const passing = { traction: 'pass', 'transfer-ready': 'pass', impact: 'pass' } as const;
const evidence = (readiness: number | null, gates: Partial<Record<keyof typeof passing, GateResult>> = {}, dataPoints = 12): RecommendationInput => ({
  readiness,
  dataPoints,
  gates: { ...passing, ...gates },
});

describe('the one recommendation', () => {
  it('asks for data first: too few measurements, or nothing measured', () => {
    expect(recommend(evidence(0.95, {}, minDataPoints - 1))).toBe('insufficient-data');
    expect(recommend(evidence(null))).toBe('insufficient-data');
    expect(recommend(evidence(0.95, {}, minDataPoints))).toBe('generalize');
  });

  it('generalizes from the readiness threshold when the transfer-ready and impact gates pass', () => {
    expect(recommend(evidence(generalizeFrom))).toBe('generalize');
    expect(recommend(evidence(generalizeFrom - 0.0001))).toBe('extend');
    expect(recommend(evidence(0.9, { 'transfer-ready': 'fail' }))).toBe('extend');
    expect(recommend(evidence(0.9, { impact: 'unknown' }))).toBe('extend');
    expect(recommend(evidence(0.9, { 'transfer-ready': 'unknown' }))).toBe('extend');
  });

  it('stops below the low threshold, or when adoption never took off', () => {
    expect(recommend(evidence(stopBelow - 0.0001))).toBe('stop');
    expect(recommend(evidence(stopBelow))).toBe('extend');
    expect(recommend(evidence(0.95, { traction: 'fail' }))).toBe('stop');
    expect(recommend(evidence(0.6, { traction: 'unknown' }))).toBe('extend');
  });

  it('says when a decision goes against it; extending to gather data follows it', () => {
    expect(isAgainstRecommendation('generalize', 'generalize')).toBe(false);
    expect(isAgainstRecommendation('stop', 'generalize')).toBe(true);
    expect(isAgainstRecommendation('extend', 'stop')).toBe(true);
    expect(isAgainstRecommendation('extend', 'insufficient-data')).toBe(false);
    expect(isAgainstRecommendation('generalize', 'insufficient-data')).toBe(true);
  });
});
