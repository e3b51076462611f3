import type { Request, Response } from 'express';
import type { Database, StoredResource } from '../src/domain/types';

/** A stored record seen generically, field by field. */
export type AnyRecord = { id: number } & Record<string, unknown>;

/** What the resource middleware learned about the request, for the middlewares after it. */
export const READ_ONLY_RESOURCES = ['scorecards', 'audit'] as const;
export type ReadOnlyResource = (typeof READ_ONLY_RESOURCES)[number];

export interface RequestTarget {
  resource: StoredResource | ReadOnlyResource;
  id?: number;
  /** The stored record the request addresses, when it has an id. */
  existing?: AnyRecord;
  /** A copy of `existing` as it was before this request, for the audit trail. */
  before?: AnyRecord;
}

export const isStored = (resource: RequestTarget['resource']): resource is StoredResource =>
  !(READ_ONLY_RESOURCES as readonly string[]).includes(resource);

export const targetOf = (res: Response): RequestTarget => res.locals.target as RequestTarget;
export const setTarget = (res: Response, target: RequestTarget) => {
  res.locals.target = target;
};

export const isWrite = (req: Request) => req.method === 'POST' || req.method === 'PUT' || req.method === 'PATCH' || req.method === 'DELETE';

/** Reads the live state: the middlewares see every write as soon as it is made. */
export type GetDatabase = () => Database;

/** A collection of the live state, seen generically. */
export const collection = (db: Database, resource: StoredResource) => db[resource] as unknown as AnyRecord[];

/**
 * Where the record `id` is in `records`: ids grow along a collection (new records are appended,
 * ids never reused), so a binary search, with a scan should the order ever be broken; -1 if absent.
 */
export function positionById(records: readonly { id: number }[], id: number): number {
  let low = 0;
  let high = records.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const found = records[middle].id;
    if (found === id) return middle;
    if (found < id) low = middle + 1;
    else high = middle - 1;
  }
  return records.findIndex((r) => r.id === id);
}
