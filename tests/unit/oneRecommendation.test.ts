/**
 * One recommendation, one answer: on the demo data and at 2,000 pilots, every figure that says
 * what to do with a pilot (scorecards, candidates, matrix) says what the one rule says, and the
 * demo tells the whole story among the pilots under way.
 */
import { describe, expect, it } from 'vitest';
import { generateData } from '../../mock-api/seed';
import { buildPortfolio, generalizationCandidates, isUnderWay, readinessMatrix } from '@/domain/dashboard';
import { RECOMMENDATION_THRESHOLDS } from '@/domain/gateThresholds';
import { recommend } from '@/domain/recommendation';
import { QUADRANTS, type Recommendation } from '@/domain/types';

const TODAY = '2026-11-26';

function checkOneAnswer(pilots: number, measurements?: number) {
  const data = generateData({ pilots, measurements });
  const portfolio = buildPortfolio(data, TODAY);
  for (const card of portfolio.scorecards.values()) {
    expect(card.recommendation).toBe(recommend({ readiness: card.readiness, dataPoints: card.dataPoints, gates: card.gates }));
    if (card.recommendation === 'generalize') {
      expect(card.readiness).toBeGreaterThanOrEqual(RECOMMENDATION_THRESHOLDS.generalizeFrom);
      expect(card.gates['transfer-ready']).toBe('pass');
      expect(card.gates.impact).toBe('pass');
    }
  }
  const candidates = generalizationCandidates(portfolio, {}, { range: [0, pilots] }).data;
  for (const c of candidates) expect(c.scorecard.recommendation).toBe(portfolio.scorecards.get(c.pilot.id)?.recommendation);
  const matrix = readinessMatrix(portfolio, {});
  for (const point of matrix.points) expect(point.recommendation).toBe(portfolio.scorecards.get(point.pilotId)?.recommendation);
  // Quadrants say what they show; none is named after a decision.
  for (const quadrant of QUADRANTS) expect(quadrant).not.toMatch(/generali[sz]e|stop|extend/);
  return { data, portfolio };
}

describe('the one recommendation', () => {
  it('is the same on every figure of the demo data, and tells its story', () => {
    const { data, portfolio } = checkOneAnswer(30);
    const underWay = data.pilots.filter((p) => isUnderWay(p.stage));
    const count = (r: Recommendation) => underWay.filter((p) => portfolio.scorecards.get(p.id)?.recommendation === r).length;
    expect(count('generalize')).toBeGreaterThanOrEqual(3);
    expect(count('extend')).toBeGreaterThanOrEqual(3);
    expect(count('stop')).toBeGreaterThanOrEqual(2);
    expect(count('insufficient-data')).toBeGreaterThanOrEqual(2);
  });

  it('measures training against the agents to train: the trained pilots of the demo are not near 0%', () => {
    const { data, portfolio } = checkOneAnswer(30);
    const covered = data.pilots.filter((p) => isUnderWay(p.stage)).map((p) => portfolio.scorecards.get(p.id)?.trainingCoverage).filter((c): c is number => c !== null && c !== undefined);
    expect(covered.length).toBeGreaterThan(8);
    expect(Math.min(...covered)).toBeGreaterThan(0.05);
    expect(covered.filter((c) => c >= 0.5).length).toBeGreaterThanOrEqual(3);
  });

  it('is the same on every figure at 2,000 pilots', () => {
    checkOneAnswer(2000, 40_000);
  });
});
