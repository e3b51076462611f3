/** What a stored write changes elsewhere, applied in the same commit as the write itself. */
import type { Database, Decision, PilotStage } from '../src/domain/types';

const STAGE_AFTER: Record<Decision['decision'], PilotStage> = {
  generalize: 'generalized',
  extend: 'running',
  stop: 'stopped',
};

/** Recording a decision moves its pilot's stage (and end date, for an extension): a change to the pilot, which gets a new version. */
export function applyDecision(db: Database, decision: Decision): void {
  const pilot = db.pilots.find((p) => p.id === decision.pilotId);
  if (!pilot) return;
  pilot.stage = STAGE_AFTER[decision.decision];
  if (decision.decision === 'extend' && decision.newEndDate) pilot.endDate = decision.newEndDate;
  pilot.version = (pilot.version ?? 1) + 1;
}
