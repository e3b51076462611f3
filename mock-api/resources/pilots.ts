/** Pilots: owned by a manager (set from the session when a manager creates one); the stage moves only by decisions. */
import { isDecidedStage, settableStages } from '../../src/domain/stages';
import type { PilotStage } from '../../src/domain/types';
import type { ResourceModule } from './types';

/** Why a pilot cannot be put in `next` by an edit (decisions alone decide), or null. */
function checkStage(current: PilotStage | undefined, next: PilotStage): string | null {
  if (current === next || settableStages(current).includes(next)) return null;
  if (current === undefined) return `A new pilot starts as ${settableStages().join(' or ')}`;
  if (isDecidedStage(current)) return `This pilot was ${current} by a decision: only a new decision can change its stage`;
  return `Only a decision makes a pilot ${next}: record a decision instead`;
}

export const pilots: ResourceModule = {
  label: 'pilot',
  whose: 'pilots you own',
  owns: (_db, actor, record) => record.ownerId === actor.id,
  attribute: (record, actor) => (actor.role === 'manager' ? { ...record, ownerId: actor.id } : record),
  check(db, record, existing, errors) {
    const owner = db.users.find((u) => u.id === record.ownerId);
    if (owner?.role !== 'manager') errors.ownerId = 'The owner must be a user with the manager role';
    const stageProblem = checkStage(existing?.stage as PilotStage | undefined, record.stage as PilotStage);
    if (stageProblem) errors.stage = stageProblem;
  },
};
