/**
 * Routes `/<resource>` and `/<resource>/<id>`: 404 for anything else or a missing record, 405 for
 * a method the route does not take. Records what it found for the middlewares after it.
 */
import type { RequestHandler } from 'express';
import { STORED_RESOURCES, type StoredResource } from '../../src/domain/types';
import { collection, setTarget, type GetDatabase } from '../context';
import { HttpError } from '../errors';

const ROUTE = /^\/([a-z]+)(?:\/([^/]+))?\/?$/;
const ID = /^[1-9]\d{0,14}$/;

const isStored = (name: string): name is StoredResource => (STORED_RESOURCES as readonly string[]).includes(name);

export function resolveResource(getDb: GetDatabase): RequestHandler {
  return (req, res, next) => {
    const match = ROUTE.exec(req.path);
    const name = match?.[1] ?? '';
    if (!match || (!isStored(name) && name !== 'scorecards')) {
      next(new HttpError(404, `No such resource: ${req.path}`));
      return;
    }
    const rawId = match[2];
    const readOnly = name === 'scorecards';
    const allowed = rawId === undefined ? (readOnly ? ['GET'] : ['GET', 'POST']) : readOnly ? ['GET'] : ['GET', 'PUT', 'PATCH', 'DELETE'];
    if (req.method === 'OPTIONS' || req.method === 'HEAD') {
      next();
      return;
    }
    if (!allowed.includes(req.method)) {
      res.setHeader('Allow', allowed.join(', '));
      next(new HttpError(405, readOnly ? 'Scorecards are computed: they cannot be written' : `${req.method} is not allowed here`));
      return;
    }
    if (rawId === undefined) {
      setTarget(res, { resource: name });
      next();
      return;
    }
    const id = ID.test(rawId) ? Number(rawId) : NaN;
    if (!Number.isSafeInteger(id)) {
      next(new HttpError(404, `No ${name} record with id ${rawId}`));
      return;
    }
    if (isStored(name)) {
      const existing = collection(getDb(), name).find((record) => record.id === id);
      if (!existing) {
        next(new HttpError(404, `No ${name} record with id ${id}`));
        return;
      }
      setTarget(res, { resource: name, id, existing });
    } else {
      setTarget(res, { resource: name, id });
    }
    next();
  };
}
