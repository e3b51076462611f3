/**
 * The readiness matrix: adoption against KPI attainment, split where the gates split them. The
 * quadrants say what they show; what to do is the recommendation, which colours each bubble.
 */
import { GATE_THRESHOLDS } from '../gateThresholds';
import type { DashboardFilter, MatrixPoint, Quadrant, ReadinessMatrix } from '../types';
import { selectPilots, type Portfolio } from './portfolio';

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

export function readinessMatrix(portfolio: Portfolio, filter: DashboardFilter): ReadinessMatrix {
  const points: MatrixPoint[] = [];
  let withoutData = 0;
  for (const pilot of selectPilots(portfolio, filter)) {
    const card = portfolio.scorecards.get(pilot.id);
    if (!card || card.adoptionRate === null || card.kpiAttainment === null) {
      withoutData += 1;
      continue;
    }
    points.push({
      pilotId: pilot.id,
      name: pilot.name,
      stage: pilot.stage,
      adoption: card.adoptionRate,
      attainment: card.kpiAttainment,
      targetUsers: pilot.targetUsers,
      readiness: card.readiness,
      recommendation: card.recommendation,
      quadrant: quadrantOf(card.adoptionRate, card.kpiAttainment),
    });
  }
  return { points, withoutData };
}
