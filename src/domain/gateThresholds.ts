/**
 * Thresholds of the stage gates and of the one recommendation, in one place (sources:
 * shared/context/kpi-reference.md).
 * - traction: beta.gouv.fr asks for recurring users equal to 1-5% of the reachable market to enter
 *   acceleration; we ask 5% of the target users within the first 6 months.
 * - transfer-ready: beta.gouv.fr starts transfer when impact shows on ~30% of potential users.
 * - impact, trained, satisfied: half the way to the KPI targets, half the agents to train trained,
 *   and satisfaction of 0.6 on our 0-1 scale (a mean rating of 3.4 / 5).
 */
export const GATE_THRESHOLDS = {
  traction: { adoption: 0.05, withinMonths: 6 },
  transferReady: { adoption: 0.3 },
  impact: { attainment: 0.5 },
  trained: { coverage: 0.5 },
  satisfied: { satisfaction: 0.6 },
} as const;

/**
 * The recommendation (`recommendation.ts`), in this order:
 * - `insufficient-data`: fewer than `minDataPoints` measurements, or no part of readiness measured;
 * - `stop`: readiness under `stopBelow`, or the traction gate failed (adoption never took off);
 * - `generalize`: readiness at least `generalizeFrom`, and the transfer-ready and impact gates pass;
 * - `extend`: everything else (promising, but the evidence is not there yet).
 */
export const RECOMMENDATION_THRESHOLDS = {
  minDataPoints: 3,
  generalizeFrom: 0.7,
  stopBelow: 0.4,
} as const;
