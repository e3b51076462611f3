/**
 * Enforces the role table of `src/domain/permissions.ts`: a refused call is a 403 that says why
 * and changes nothing. `own` rights are checked on the stored record and on the proposed one.
 */
import type { Request, RequestHandler } from 'express';
import { todayIso } from '../../src/domain/format';
import { grantFor, recordedOn, type Actor, type Verb } from '../../src/domain/permissions';
import type { Database } from '../../src/domain/types';
import { isStored, targetOf, type AnyRecord } from '../context';
import type { Data } from '../database';
import { HttpError } from '../errors';
import { actorOf } from './auth';

const VERBS: Record<string, Verb> = { GET: 'read', POST: 'create', PUT: 'update', PATCH: 'update', DELETE: 'delete' };

const pilotOwner = (db: Database, pilotId: unknown) => db.pilots.find((p) => p.id === pilotId)?.ownerId;

/** Whether `actor` owns `record`; undefined when it points at a pilot or KPI that does not exist (validation says so). */
export function owns(db: Database, actor: Actor, resource: string, record: AnyRecord | Record<string, unknown>): boolean | undefined {
  switch (resource) {
    case 'pilots':
      return record.ownerId === actor.id;
    case 'trainings':
      return record.trainerId === actor.id;
    case 'measurements': {
      const kpi = db.kpis.find((k) => k.id === record.kpiId);
      const owner = pilotOwner(db, kpi?.pilotId ?? record.pilotId);
      return owner === undefined ? undefined : owner === actor.id;
    }
    default: {
      const owner = pilotOwner(db, record.pilotId);
      return owner === undefined ? undefined : owner === actor.id;
    }
  }
}

const WHOSE: Record<string, string> = {
  pilots: 'pilots you own',
  trainings: 'trainings you gave',
};

export function authorize(data: Data): RequestHandler {
  return (req: Request, res, next) => {
    const { resource, existing } = targetOf(res);
    const actor = actorOf(res);
    const verb = VERBS[req.method];
    const grant = grantFor(actor.role, resource, verb);
    if (!grant) throw new HttpError(403, `A ${actor.role} may not ${verb} ${resource}`);
    if (grant === 'own-today' && existing && (owns(data.get(), actor, resource, existing) === false || !recordedOn(existing, todayIso()))) {
      throw new HttpError(403, `A ${actor.role} may only ${verb} the ${resource} they recorded, on the day they recorded them`);
    }
    if (grant === 'own' && isStored(resource)) {
      const db = data.get();
      const whose = WHOSE[resource] ?? 'pilots you own';
      if (existing && owns(db, actor, resource, existing) === false) {
        throw new HttpError(403, `A ${actor.role} may only ${verb} the ${resource} of ${whose}`);
      }
      if (verb === 'create' || verb === 'update') {
        const proposed = { ...existing, ...(req.body as Record<string, unknown>) };
        if (resource !== 'pilots' && resource !== 'trainings' && owns(db, actor, resource, proposed) === false) {
          throw new HttpError(403, `A ${actor.role} may only ${verb} the ${resource} of ${whose}`);
        }
      }
    }
    if (resource === 'pilots' && verb === 'update' && actor.role !== 'admin' && existing) {
      const body = req.body as Record<string, unknown>;
      if ('ownerId' in body && body.ownerId !== existing.ownerId) {
        throw new HttpError(403, "Only an administrator may change a pilot's owner");
      }
    }
    if (resource === 'users' && existing?.id === actor.id && (verb === 'update' || verb === 'delete')) {
      const body = req.body as Record<string, unknown>;
      if (verb === 'delete' || body.active === false || (body.role !== undefined && body.role !== actor.role)) {
        throw new HttpError(403, 'You cannot deactivate, delete or demote your own account: ask another administrator');
      }
    }
    next();
  };
}
