import type { Request, Response } from 'express';
import type { Database, StoredResource } from '../src/domain/types';
import type { FieldErrors } from '../src/domain/validation';
import type { SignedIn } from './middlewares/auth';

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

/**
 * What the middlewares learn about a request, for those after them, in the order they run: one
 * typed object instead of loose `res.locals` keys.
 */
export interface RequestContext {
  /** This answer's Content-Security-Policy nonce (security). */
  cspNonce?: string;
  /** Who calls: a person's session or an integration token (auth). */
  signedIn?: SignedIn;
  /** The resource and record addressed (resource). */
  target?: RequestTarget;
  /** The key of a creation sent with an Idempotency-Key for the first time (idempotency). */
  idempotency?: { key: string; fingerprint: string };
  /** An account's new password, hashed; stored with it by the persistence step (accounts). */
  passwordHash?: string;
  /** A pilot's measurements, trainings, feedback or decisions, read from the store that keeps them to itself, for the checks (pilotRecords). */
  pilotRecords?: ReadonlyMap<string, readonly AnyRecord[]>;
  /** Field errors found before validation (accounts), reported with its own (validation). */
  fieldErrors?: FieldErrors;
  /** The record as stored by the write, or `{}` once deleted (writes), for the commit and the answer. */
  written?: AnyRecord | Record<string, never>;
}

export const contextOf = (res: Response): RequestContext => (res.locals.context ??= {}) as RequestContext;

export const targetOf = (res: Response): RequestTarget => {
  const { target } = contextOf(res);
  if (!target) throw new Error('targetOf: the resource middleware has not run');
  return target;
};
export const setTarget = (res: Response, target: RequestTarget) => {
  contextOf(res).target = target;
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

/** Puts `record` in `records` (in id order) at its place, over the record with its id if there is one. */
export function placeById(records: AnyRecord[], record: AnyRecord): void {
  const at = positionById(records, record.id);
  if (at !== -1) {
    records[at] = record;
    return;
  }
  // Most records placed are new ones, whose place is the end.
  let place = records.length;
  while (place > 0 && records[place - 1].id > record.id) place -= 1;
  records.splice(place, 0, record);
}
