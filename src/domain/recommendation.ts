/**
 * The one recommendation: what the evidence says to do with a pilot. Every screen (scorecards,
 * pilot page, candidates, matrix, compare, decisions) shows this value and no other rule.
 * Thresholds and the order of the rules: `RECOMMENDATION_THRESHOLDS` in `gateThresholds.ts`.
 */
import { RECOMMENDATION_THRESHOLDS } from './gateThresholds';
import type { Gate, GateResult } from './gates';
import type { DecisionKind, Recommendation } from './types';

export interface RecommendationInput {
  readiness: number | null;
  dataPoints: number;
  gates: Pick<Record<Gate, GateResult>, 'traction' | 'transfer-ready' | 'impact'>;
}

export function recommend({ readiness, dataPoints, gates }: RecommendationInput): Recommendation {
  const { minDataPoints, generalizeFrom, stopBelow } = RECOMMENDATION_THRESHOLDS;
  if (dataPoints < minDataPoints || readiness === null) return 'insufficient-data';
  if (readiness < stopBelow || gates.traction === 'fail') return 'stop';
  if (readiness >= generalizeFrom && gates['transfer-ready'] === 'pass' && gates.impact === 'pass') return 'generalize';
  return 'extend';
}

/**
 * Whether deciding `decision` goes against `recommendation`. With too little data, extending (to
 * gather it) follows the recommendation; generalizing or stopping does not.
 */
export function isAgainstRecommendation(decision: DecisionKind, recommendation: Recommendation): boolean {
  if (recommendation === 'insufficient-data') return decision !== 'extend';
  return decision !== recommendation;
}
