/**
 * Stores a validated write in the live data, in time proportional to the change: the record is
 * appended, replaced or removed at its place (found by id). json-server's router, which this
 * replaces for writes, scanned the collection with lodash on every insert and every collection
 * for dependents on every delete. `render` then commits and answers (`persistWrites`).
 */
import type { Request, RequestHandler, Response } from 'express';
import { collection, isStored, positionById, targetOf, type AnyRecord } from '../context';
import type { Data } from '../database';

export function applyWrites(data: Data, render: (req: Request, res: Response) => void): RequestHandler {
  return (req, res, next) => {
    const { resource, existing } = targetOf(res);
    if (!isStored(resource) || req.method === 'GET') return next();
    const records = collection(data.get(), resource);
    if (req.method === 'POST') {
      const record = req.body as AnyRecord;
      records.push(record);
      res.location(`${req.baseUrl}/${resource}/${record.id}`);
      res.locals.data = record;
    } else if (existing) {
      const at = positionById(records, existing.id);
      if (req.method === 'DELETE') {
        records.splice(at, 1);
        res.locals.data = {};
      } else {
        records[at] = req.body as AnyRecord;
        res.locals.data = records[at];
      }
    }
    render(req, res);
  };
}
