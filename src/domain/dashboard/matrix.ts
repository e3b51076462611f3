/**
 * The readiness matrix: adoption against KPI attainment, split where the gates split them. The
 * quadrants say what they show; what to do is the recommendation, which colours each bubble.
 */
import { GATE_THRESHOLDS } from '../gateThresholds';
import { RECOMMENDATIONS, type DashboardFilter, type MatrixPoint, type Pilot, type Quadrant, type ReadinessMatrix, type Recommendation, type Scorecard } from '../types';
import { firstRanked, selectPilots, type Portfolio } from './portfolio';

/** The quadrant boundaries: beta.gouv.fr's transfer share of adoption, and half-way to the KPI targets. */
export const QUADRANT_SPLIT = { adoption: GATE_THRESHOLDS.transferReady.adoption, attainment: GATE_THRESHOLDS.impact.attainment } as const;

export function quadrantOf(adoption: number, attainment: number): Quadrant {
  const adopted = adoption >= QUADRANT_SPLIT.adoption;
  const effective = attainment >= QUADRANT_SPLIT.attainment;
  if (adopted && effective) return 'high-adoption-high-impact';
  if (effective) return 'low-adoption-high-impact';
  if (adopted) return 'high-adoption-low-impact';
  return 'low-adoption-low-impact';
}

/** The most bubbles the matrix draws: more could not be told apart, and would weigh megabytes. */
export const MATRIX_POINTS = 2000;

export function readinessMatrix(portfolio: Portfolio, filter: DashboardFilter): ReadinessMatrix {
  const placed: { pilot: Pilot; card: Scorecard & { adoptionRate: number; kpiAttainment: number } }[] = [];
  const byRecommendation = Object.fromEntries(RECOMMENDATIONS.map((r) => [r, 0])) as Record<Recommendation, number>;
  let withoutData = 0;
  for (const pilot of selectPilots(portfolio, filter)) {
    const card = portfolio.scorecards.get(pilot.id);
    if (!card || card.adoptionRate === null || card.kpiAttainment === null) {
      withoutData += 1;
      continue;
    }
    byRecommendation[card.recommendation] += 1;
    placed.push({ pilot, card: card as (typeof placed)[number]['card'] });
  }
  const drawn =
    placed.length <= MATRIX_POINTS
      ? placed
      : firstRanked(placed, MATRIX_POINTS, (a, b) => b.pilot.targetUsers - a.pilot.targetUsers || a.pilot.id - b.pilot.id).sort((a, b) => a.pilot.id - b.pilot.id);
  const points = drawn.map(
    ({ pilot, card }): MatrixPoint => ({
      pilotId: pilot.id,
      name: pilot.name,
      stage: pilot.stage,
      adoption: card.adoptionRate,
      attainment: card.kpiAttainment,
      targetUsers: pilot.targetUsers,
      readiness: card.readiness,
      recommendation: card.recommendation,
      quadrant: quadrantOf(card.adoptionRate, card.kpiAttainment),
    }),
  );
  return { points, placed: placed.length, byRecommendation, withoutData };
}
