/**
 * Who may do what: the one table that the API enforces and the SPA mirrors (menus, buttons).
 * `own` means only records the user owns: pilots they own (and the KPIs, measurements and
 * feedback of those pilots), trainings they gave, integration tokens they created.
 */
import { todayIso } from './format';
import type { Role, StoredResource } from './types';

export type Verb = 'read' | 'create' | 'update' | 'delete';
/** `own-today`: their own, on the day it was recorded (a trainer's session entered by mistake). */
export type Grant = 'all' | 'own' | 'own-today';
/** `dashboard`: the aggregate figures of the executive dashboard, read-only. */
export type SecuredResource = StoredResource | 'scorecards' | 'audit' | 'dashboard' | 'tokens';

type Rights = Partial<Record<Verb, Grant>>;

const ALL: Rights = { read: 'all', create: 'all', update: 'all', delete: 'all' };
const READ: Rights = { read: 'all' };
const WRITE_OWN: Rights = { read: 'all', create: 'own', update: 'own', delete: 'own' };

export const PERMISSIONS: Record<Role, Record<SecuredResource, Rights>> = {
  admin: {
    pilots: ALL,
    kpis: ALL,
    measurements: ALL,
    trainings: ALL,
    feedback: ALL,
    decisions: ALL,
    users: ALL,
    scorecards: READ,
    dashboard: READ,
    audit: READ,
    tokens: { read: 'all', create: 'all', delete: 'all' },
  },
  manager: {
    pilots: { read: 'all', create: 'all', update: 'own', delete: 'own' },
    kpis: WRITE_OWN,
    measurements: WRITE_OWN,
    trainings: READ,
    feedback: WRITE_OWN,
    decisions: READ,
    users: READ,
    scorecards: READ,
    dashboard: READ,
    audit: {},
    tokens: { read: 'own', create: 'all', delete: 'own' },
  },
  executive: {
    pilots: READ,
    kpis: READ,
    measurements: READ,
    trainings: READ,
    feedback: { read: 'all', create: 'all' },
    decisions: { read: 'all', create: 'all' },
    users: READ,
    scorecards: READ,
    dashboard: READ,
    audit: READ,
    tokens: {},
  },
  trainer: {
    pilots: READ,
    kpis: READ,
    measurements: READ,
    trainings: { read: 'all', create: 'all', update: 'own', delete: 'own-today' },
    feedback: { read: 'all', create: 'all' },
    decisions: READ,
    users: READ,
    scorecards: READ,
    dashboard: READ,
    audit: {},
    tokens: {},
  },
};

export function grantFor(role: Role, resource: SecuredResource, verb: Verb): Grant | undefined {
  return PERMISSIONS[role][resource]?.[verb];
}

/** react-admin's actions, as verbs of the table. */
const VERB_OF_ACTION: Record<string, Verb> = {
  list: 'read',
  show: 'read',
  export: 'read',
  create: 'create',
  edit: 'update',
  delete: 'delete',
  clone: 'create',
};

/** The fields of another user's account that a role may see; undefined: all of them. */
export function visibleUserFields(role: Role): readonly string[] | undefined {
  return role === 'admin' ? undefined : ['id', 'fullName', 'role'];
}

export interface Actor {
  id: number;
  role: Role;
}

/**
 * What the SPA may offer: decided on the role, and on the record where it says who owns it.
 * The API decides for good, on every call.
 */
/** Whether a record was recorded on `today` (its `recordedAt`, in local time). */
export function recordedOn(record: Record<string, unknown>, today: string): boolean {
  return typeof record.recordedAt === 'string' && todayIso(new Date(record.recordedAt)) === today;
}

export function canAccess(actor: Actor, resource: string, action: string, record?: Record<string, unknown>, today = todayIso()): boolean {
  const verb = VERB_OF_ACTION[action] ?? (action.startsWith('read') ? 'read' : undefined);
  if (!verb || !(resource in PERMISSIONS[actor.role])) return false;
  // Everyone may read names and roles (for references); only administrators get the accounts screen.
  if (resource === 'users' && action === 'list' && actor.role !== 'admin') return false;
  const grant = grantFor(actor.role, resource as SecuredResource, verb);
  if (!grant) return false;
  if (grant === 'all' || !record) return true;
  if (grant === 'own-today' && !recordedOn(record, today)) return false;
  if (resource === 'pilots') return record.ownerId === actor.id;
  if (resource === 'trainings') return record.trainerId === actor.id;
  if (resource === 'tokens') return record.userId === actor.id;
  return true;
}
