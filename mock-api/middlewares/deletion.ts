/** Deletes only what nothing depends on (409 otherwise) and keeps the record to answer with. */
import type { RequestHandler } from 'express';
import { targetOf, type GetDatabase } from '../context';
import { assertDeletable } from '../integrity';

export function guardDeletes(getDb: GetDatabase): RequestHandler {
  return (req, res, next) => {
    if (req.method !== 'DELETE') return next();
    const { resource, id, existing } = targetOf(res);
    if (resource !== 'scorecards' && id !== undefined) assertDeletable(getDb(), resource, id);
    res.locals.deleted = existing ? { ...existing } : undefined;
    next();
  };
}
