/**
 * Stores a validated write in the live data, in time proportional to the change: the record is
 * appended, replaced or removed at its place (found by id). json-server's router, which this
 * replaces for writes, scanned the collection with lodash on every insert and every collection
 * for dependents on every delete. Then the write is recorded and committed (`persistence.ts`).
 */
import type { RequestHandler } from 'express';
import type { ColdRecords } from '../coldRecords';
import { collection, contextOf, isStored, placeById, positionById, targetOf, type AnyRecord } from '../context';
import type { Data } from '../database';
import { conflict } from '../errors';

/** The refusal of a write over a record changed (or removed) since the request read it, with the record as it now is. */
const changedMeanwhile = (current: AnyRecord | undefined) =>
  conflict(
    'Someone else changed this record a moment ago: reload it, or apply your change again',
    { version: `The record is now at version ${String(current?.version ?? 'deleted')}` },
    { current },
  );

/**
 * The same for a collection the store keeps to itself (`cold`): the live data holds only its
 * records not committed yet, in id order, and the version of the others is known by id.
 */
function applyColdWrite(records: AnyRecord[], method: string, existing: AnyRecord, body: AnyRecord): AnyRecord | Record<string, never> {
  if (method === 'DELETE') {
    const at = positionById(records, existing.id);
    if (at !== -1) records.splice(at, 1);
    return {};
  }
  placeById(records, body);
  return body;
}

export function applyWrites(data: Data, cold?: ColdRecords): RequestHandler {
  return (req, res, next) => {
    const { resource, existing, before } = targetOf(res);
    if (!isStored(resource) || req.method === 'GET') return next();
    const records = collection(data.get(), resource);
    if (existing && cold?.holds(resource)) {
      const version = cold.versionOf(resource, existing.id);
      if (version === undefined || version !== Number(before?.version ?? 0)) {
        // Refused: the record as it now is (maybe not in memory) is read, then sent with the refusal.
        cold.get(resource, existing.id).then((current) => next(changedMeanwhile(current)), next);
        return;
      }
      contextOf(res).written = applyColdWrite(records, req.method, existing, req.body as AnyRecord);
    } else if (req.method === 'POST') {
      const record = req.body as AnyRecord;
      records.push(record);
      res.location(`${req.baseUrl}/${resource}/${record.id}`);
      contextOf(res).written = record;
    } else if (existing) {
      const at = positionById(records, existing.id);
      // Read a moment before (the store answers asynchronously): another write may have come in between.
      if (at === -1 || records[at].version !== before?.version) throw changedMeanwhile(records[at]);
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
