/**
 * Enforces the role table of `src/domain/permissions.ts`: a refused call is a 403 that says why
 * and changes nothing. `own` rights are checked on the stored record and on the proposed one.
 */
import type { Request, RequestHandler } from 'express';
import { todayIso } from '../../src/domain/format';
import { grantFor, recordedOn, type Verb } from '../../src/domain/permissions';
import { isStored, targetOf } from '../context';
import type { Data } from '../database';
import { HttpError } from '../errors';
import { owns, RESOURCES } from '../resources';
import { actorOf } from './auth';

const VERBS: Record<string, Verb> = { GET: 'read', POST: 'create', PUT: 'update', PATCH: 'update', DELETE: 'delete' };


export function authorize(data: Data): RequestHandler {
  return (req: Request, res, next) => {
    const { resource, existing } = targetOf(res);
    const actor = actorOf(res);
    const verb = VERBS[req.method];
    const grant = grantFor(actor.role, resource, verb);
    if (!grant) throw new HttpError(403, `A ${actor.role} may not ${verb} ${resource}`);
    if (grant === 'own-today' && existing && isStored(resource) && (owns(data.get(), actor, resource, existing) === false || !recordedOn(existing, todayIso()))) {
      throw new HttpError(403, `A ${actor.role} may only ${verb} the ${resource} they recorded, on the day they recorded them`);
    }
    if (grant === 'own' && isStored(resource)) {
      const db = data.get();
      const whose = RESOURCES[resource].whose ?? 'pilots you own';
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
