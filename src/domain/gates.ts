/**
 * Pass/fail checks of a pilot against the gate thresholds. A gate without data is unknown, not
 * failed.
 */
import { GATE_THRESHOLDS } from './gateThresholds';
import { addMonthsToMonth, monthOf, type MonthlyPoint } from './series';
import type { Pilot, Scorecard } from './types';

export const GATES = ['traction', 'transfer-ready', 'impact', 'trained', 'satisfied'] as const;
export type Gate = (typeof GATES)[number];
export type GateResult = 'pass' | 'fail' | 'unknown';

const atLeast = (value: number | null, threshold: number): GateResult => (value === null ? 'unknown' : value >= threshold ? 'pass' : 'fail');

/**
 * Traction: did adoption reach the threshold within the first months? Unknown while the window
 * is still open and not yet reached, or when nothing was measured in it.
 */
export function tractionGate(pilot: Pick<Pilot, 'startDate'>, adoption: readonly MonthlyPoint[], today: string): GateResult {
  const { adoption: threshold, withinMonths } = GATE_THRESHOLDS.traction;
  const windowEnd = addMonthsToMonth(monthOf(pilot.startDate), withinMonths);
  const inWindow = adoption.filter((p) => p.month <= windowEnd);
  if (inWindow.some((p) => p.value >= threshold)) return 'pass';
  if (monthOf(today) <= windowEnd || inWindow.length === 0) return 'unknown';
  return 'fail';
}

export function checkGates(
  pilot: Pick<Pilot, 'startDate'>,
  scorecard: Pick<Scorecard, 'adoptionRate' | 'kpiAttainment' | 'trainingCoverage' | 'satisfaction'>,
  adoption: readonly MonthlyPoint[],
  today: string,
): Record<Gate, GateResult> {
  return {
    traction: tractionGate(pilot, adoption, today),
    'transfer-ready': atLeast(scorecard.adoptionRate, GATE_THRESHOLDS.transferReady.adoption),
    impact: atLeast(scorecard.kpiAttainment, GATE_THRESHOLDS.impact.attainment),
    trained: atLeast(scorecard.trainingCoverage, GATE_THRESHOLDS.trained.coverage),
    satisfied: atLeast(scorecard.satisfaction, GATE_THRESHOLDS.satisfied.satisfaction),
  };
}
