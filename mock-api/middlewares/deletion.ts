/** Deletes only what nothing depends on (409 otherwise). */
import type { RequestHandler } from 'express';
import type { ColdRecords } from '../coldRecords';
import { isStored, targetOf } from '../context';
import type { Data } from '../database';
import { assertDeletable } from '../integrity';

export function guardDeletes(data: Data, cold?: ColdRecords): RequestHandler {
  return (req, res, next) => {
    const { resource, id } = targetOf(res);
    if (req.method === 'DELETE' && isStored(resource) && id !== undefined) assertDeletable(data.get(), resource, id, cold);
    next();
  };
}
