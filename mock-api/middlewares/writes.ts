/**
 * Stores a validated write in the live data, in time proportional to the change: the record is
 * appended, replaced or removed at its place (found by id). json-server's router, which this
 * replaces for writes, scanned the collection with lodash on every insert and every collection
 * for dependents on every delete. Then the write is recorded and committed (`persistence.ts`).
 */
import type { RequestHandler } from 'express';
import { collection, contextOf, isStored, positionById, targetOf, type AnyRecord } from '../context';
import type { Data } from '../database';
import { conflict } from '../errors';

export function applyWrites(data: Data): RequestHandler {
  return (req, res, next) => {
    const { resource, existing, before } = targetOf(res);
    if (!isStored(resource) || req.method === 'GET') return next();
    const records = collection(data.get(), resource);
    if (req.method === 'POST') {
      const record = req.body as AnyRecord;
      records.push(record);
      res.location(`${req.baseUrl}/${resource}/${record.id}`);
      contextOf(res).written = record;
    } else if (existing) {
      const at = positionById(records, existing.id);
      // Read a moment before (the store answers asynchronously): another write may have come in between.
      if (at === -1 || records[at].version !== before?.version) {
        throw conflict(
          'Someone else changed this record a moment ago: reload it, or apply your change again',
          { version: `The record is now at version ${String(records[at]?.version ?? 'deleted')}` },
          { current: records[at] },
        );
      }
      if (req.method === 'DELETE') {
        records.splice(at, 1);
        contextOf(res).written = {};
      } else {
        records[at] = req.body as AnyRecord;
        contextOf(res).written = records[at];
      }
    }
    next();
  };
}
