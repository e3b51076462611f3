/**
 * Which stages a pilot may be put in by hand: decisions alone move a pilot to `generalized` or
 * `stopped` (an extension moves it back to `running` with a new end date), and a new pilot
 * starts `proposed` or `running`. The API enforces it; the pilot form offers only these.
 */
import type { PilotStage } from './types';

/** Stages only a decision gives. */
export const DECIDED_STAGES: readonly PilotStage[] = ['generalized', 'stopped'];
/** Stages a new pilot may start in. */
export const INITIAL_STAGES: readonly PilotStage[] = ['proposed', 'running'];

export const isDecidedStage = (stage: unknown) => (DECIDED_STAGES as readonly unknown[]).includes(stage);

/** The stages a pilot now in `current` (undefined for a new pilot) may be set to by an edit. */
export function settableStages(current?: PilotStage): readonly PilotStage[] {
  if (current === undefined) return INITIAL_STAGES;
  if (isDecidedStage(current)) return [current];
  return ['proposed', 'running', 'evaluating'];
}
