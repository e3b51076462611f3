/**
 * The rules of each resource, one module per resource (`<resource>.ts`), beside its field rules
 * in the shared schema (`src/domain/schema.ts`). The pipeline's generic steps ask them: the
 * permissions (`owns`), validation (`attribute`, `check`, `frozen`) and the persistence step
 * (`afterWrite`).
 */
import type { Actor } from '../../src/domain/permissions';
import type { Database, StoredResource } from '../../src/domain/types';
import type { Input } from '../../src/domain/validation';
import { decisions } from './decisions';
import { feedback } from './feedback';
import { kpis } from './kpis';
import { measurements } from './measurements';
import { pilots } from './pilots';
import { trainings } from './trainings';
import type { ResourceModule } from './types';
import { users } from './users';

export type { IntegrityLookup, ResourceModule, StoredWrite } from './types';

export const RESOURCES: Record<StoredResource, ResourceModule> = { users, pilots, kpis, measurements, trainings, feedback, decisions };

/** The record with the fields the server sets when it is created. */
export function attribute(resource: StoredResource, record: Input, actor: Actor, creating: boolean): Input {
  const set = RESOURCES[resource].attribute;
  return creating && set ? set(record, actor) : record;
}

/** Whether `actor` owns `record` of `resource`: its module says, or the owner of the pilot it belongs to. */
export function owns(db: Database, actor: Actor, resource: StoredResource, record: Record<string, unknown>): boolean | undefined {
  const own = RESOURCES[resource].owns;
  if (own) return own(db, actor, record);
  const owner = db.pilots.find((p) => p.id === record.pilotId)?.ownerId;
  return owner === undefined ? undefined : owner === actor.id;
}
