/**
 * No lost updates: a `PUT` or `DELETE` that carries the version it was based on (`version` in the
 * body, or `If-Match`) is refused with a 409 and the current record when someone changed the
 * record since. A write that carries no version is taken as it is (integration clients).
 */
import type { Request, RequestHandler } from 'express';
import { isStored, targetOf } from '../context';
import { HttpError, conflict, invalid } from '../errors';

/** The version a request was based on, or undefined when it names none. */
function versionOf(req: Request): number | undefined {
  const body = req.body as Record<string, unknown> | undefined;
  if (body && body.version !== undefined && body.version !== null) {
    if (typeof body.version !== 'number' || !Number.isInteger(body.version)) throw invalid({ version: 'Must be the whole number the record was read with' });
    return body.version;
  }
  const header = req.headers['if-match'];
  if (header === undefined || header.trim() === '*') return undefined;
  const match = /^\s*(?:W\/)?"(\d{1,15})"\s*$/.exec(header);
  if (!match) throw new HttpError(400, 'If-Match must be the ETag the record was read with, e.g. "3"');
  return Number(match[1]);
}

export const checkVersions: RequestHandler = (req, res, next) => {
  const { resource, existing } = targetOf(res);
  if (!existing || !isStored(resource) || !['PUT', 'PATCH', 'DELETE'].includes(req.method)) return next();
  const expected = versionOf(req);
  const current = Number(existing.version ?? 1);
  if (expected !== undefined && expected !== current) {
    throw conflict(
      `Someone else changed this record since you opened it (version ${expected}, now ${current}): reload it, or apply your change again`,
      { version: `The record is now at version ${current}` },
      { current: existing },
    );
  }
  next();
};
