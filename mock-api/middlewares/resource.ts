/**
 * Routes `/<resource>` and `/<resource>/<id>`: 404 for anything else or a missing record, 405 for
 * a method the route does not take. Records what it found for the middlewares after it.
 */
import type { RequestHandler } from 'express';
import { STORED_RESOURCES } from '../../src/domain/types';
import { READ_ONLY_RESOURCES, isStored, setTarget, type RequestTarget } from '../context';
import type { RecordReader } from '../store/types';
import { HttpError, invalid } from '../errors';

const ROUTE = /^\/([a-z]+)(?:\/([^/]+))?\/?$/;
const ID = /^[1-9]\d{0,14}$/;
const KNOWN: readonly string[] = [...STORED_RESOURCES, ...READ_ONLY_RESOURCES];

/** `reads` finds the record a GET addresses; `writes`, the live record a write changes. */
export function resolveResource(reads: RecordReader, writes: RecordReader): RequestHandler {
  return (req, res, next) => {
    const match = ROUTE.exec(req.path);
    const name = match?.[1] ?? '';
    if (!match || !KNOWN.includes(name)) {
      next(new HttpError(404, `No such resource: ${req.path}`));
      return;
    }
    const resource = name as RequestTarget['resource'];
    const rawId = match[2];
    const readOnly = !isStored(resource);
    const allowed = readOnly ? ['GET'] : rawId === undefined ? ['GET', 'POST'] : ['GET', 'PUT', 'PATCH', 'DELETE'];
    if (!allowed.includes(req.method)) {
      res.setHeader('Allow', allowed.join(', '));
      next(new HttpError(405, readOnly ? `${resource} cannot be written through the API` : `${req.method} is not allowed here`));
      return;
    }
    // Only a list takes query parameters (sort, range, filter, checked when it is read).
    const unknownParams = Object.keys(req.query);
    if (unknownParams.length && !(rawId === undefined && req.method === 'GET')) {
      next(invalid(Object.fromEntries(unknownParams.map((k) => [k, 'Unknown query parameter: this call takes none'])), 'Unknown query parameters'));
      return;
    }
    if (rawId === undefined) {
      setTarget(res, { resource });
      next();
      return;
    }
    const id = ID.test(rawId) ? Number(rawId) : NaN;
    if (!Number.isSafeInteger(id)) {
      next(new HttpError(404, `No ${resource} record with id ${rawId}`));
      return;
    }
    if (resource === 'scorecards') {
      setTarget(res, { resource, id });
      next();
      return;
    }
    (req.method === 'GET' ? reads : writes).get(resource, id).then((existing) => {
      if (!existing) throw new HttpError(404, `No ${resource} record with id ${id}`);
      setTarget(res, { resource, id, existing, before: req.method !== 'GET' ? structuredClone(existing) : undefined });
      next();
    }, next).catch(next);
  };
}
