/** Fields that come from the session, never from the client: who gave a training, who decided, who owns. */
import type { Actor } from '../src/domain/permissions';
import type { StoredResource } from '../src/domain/types';
import type { Input } from '../src/domain/validation';

export function attribute(resource: StoredResource, record: Input, actor: Actor, creating: boolean): Input {
  if (!creating) return record;
  switch (resource) {
    case 'trainings':
      return { ...record, trainerId: actor.id, recordedAt: new Date().toISOString() };
    case 'decisions':
      return { ...record, decidedBy: actor.id };
    case 'pilots':
      return actor.role === 'manager' ? { ...record, ownerId: actor.id } : record;
    default:
      return record;
  }
}
