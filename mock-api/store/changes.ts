/**
 * What a commit changed, so that a store writes that and not the whole data: the records added,
 * replaced or removed per collection, and the id sequences. Records are named by the code that
 * adds, changes or removes them (`markChanged`); records appended above the last commit's
 * sequence are found too; the few small collections (accounts, credentials, sessions, tokens)
 * are compared whole. Tests check every commit against the live data (`checkChanges`).
 */
import { positionById } from '../context';
import { INTERNAL_COLLECTIONS, STORED_RESOURCES, type Database, type InternalCollection, type StoredResource } from '../../src/domain/types';

export type Collection = StoredResource | InternalCollection;
export const COLLECTIONS: readonly Collection[] = [...STORED_RESOURCES, ...INTERNAL_COLLECTIONS];

/** Collections small enough to compare whole at each commit: nobody has to name their changes. */
const SMALL: ReadonlySet<Collection> = new Set<Collection>(['users', 'credentials', 'sessions', 'tokens']);

interface StoredRow {
  id: number;
}

/** Holds the live records: a store serialises it at once, in `commit`. */
export interface ChangeSet {
  /** Records written (added or replaced), by collection. */
  put: Partial<Record<Collection, StoredRow[]>>;
  /** Ids of records removed, by collection. */
  remove: Partial<Record<Collection, number[]>>;
  /** Small collections, whole, when they changed. */
  replace: Partial<Record<Collection, StoredRow[]>>;
  sequences: Database['_sequences'];
}

export const isEmptyChangeSet = (changes: ChangeSet) =>
  !Object.keys(changes.put).length && !Object.keys(changes.remove).length && !Object.keys(changes.replace).length;

const rows = (db: Database, collection: Collection) => db[collection] as unknown as StoredRow[];

/** Records changed in place or removed since the last commit, per data object. */
const marked = new WeakMap<Database, Map<Collection, Set<number>>>();

/** Names a record of `db` changed in place or removed, for the next commit. */
export function markChanged(db: Database, collection: Collection, id: number): void {
  let byCollection = marked.get(db);
  if (!byCollection) marked.set(db, (byCollection = new Map()));
  let ids = byCollection.get(collection);
  if (!ids) byCollection.set(collection, (ids = new Set()));
  ids.add(id);
}

/**
 * Whether two JSON values hold the same (keys in any order), compared where they are: no text
 * written, nothing copied.
 */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i += 1) if (!sameJson(a[i], b[i])) return false;
    return true;
  }
  const [left, right] = [a as Record<string, unknown>, b as Record<string, unknown>];
  // Keys counted by `for…in`, not listed: `Object.keys` made two arrays per record at each commit.
  let keys = 0;
  for (const key in left) {
    if (!Object.hasOwn(left, key)) continue;
    keys += 1;
    if (!Object.hasOwn(right, key) || !sameJson(left[key], right[key])) return false;
  }
  for (const key in right) if (Object.hasOwn(right, key)) keys -= 1;
  return keys === 0;
}

/**
 * Follows one data object's changes between commits: `collect` returns what changed since the
 * previous call (the first call takes the state as already stored).
 */
export function changeTracker(db: Database) {
  let sequences = { ...db._sequences };
  // The small collections as last committed, copied (their records may be changed in place):
  // compared at each commit, copied again only when they changed. Writing them as text at each
  // commit cost more than the rest of a measurement's commit.
  const small = new Map<Collection, unknown>(COLLECTIONS.filter((c) => SMALL.has(c)).map((c) => [c, structuredClone(db[c])]));
  return {
    collect(): ChangeSet {
      const changes: ChangeSet = { put: {}, remove: {}, replace: {}, sequences: { ...db._sequences } };
      const names = marked.get(db);
      marked.delete(db);
      for (const collection of COLLECTIONS) {
        const records = rows(db, collection);
        if (SMALL.has(collection)) {
          if (!sameJson(records, small.get(collection))) {
            changes.replace[collection] = records;
            small.set(collection, structuredClone(records));
          }
          continue;
        }
        const put = new Map<number, StoredRow>();
        const removed: number[] = [];
        const since = sequences[collection] ?? 1;
        for (let i = records.length - 1; i >= 0 && records[i].id >= since; i -= 1) put.set(records[i].id, records[i]);
        for (const id of names?.get(collection) ?? []) {
          if (put.has(id)) continue;
          const at = positionById(records, id);
          if (at !== -1) put.set(id, records[at]);
          else removed.push(id);
        }
        if (put.size) changes.put[collection] = [...put.values()].sort((a, b) => a.id - b.id);
        if (removed.length) changes.remove[collection] = removed;
      }
      sequences = { ...db._sequences };
      return changes;
    },
  };
}

/**
 * Applies change sets to `db` in order (replaying a journal). Writes are idempotent: a change
 * applied over data that already holds it changes nothing more. Positions are indexed once per
 * collection, so that a long journal replays in time proportional to its length.
 */
export function replayer(db: Database) {
  const positions = new Map<Collection, Map<number, number>>();
  const removed = new Set<Collection>();
  const indexOf = (collection: Collection) => {
    let index = positions.get(collection);
    if (!index) positions.set(collection, (index = new Map(rows(db, collection).map((r, i) => [r.id, i]))));
    return index;
  };
  const live = db as unknown as Record<Collection, (StoredRow | null)[]>;
  return {
    apply(changes: ChangeSet): void {
      for (const [collection, records] of Object.entries(changes.replace) as [Collection, StoredRow[]][]) {
        live[collection] = records;
        positions.delete(collection);
        removed.delete(collection);
      }
      for (const [collection, ids] of Object.entries(changes.remove) as [Collection, number[]][]) {
        const index = indexOf(collection);
        for (const id of ids) {
          const at = index.get(id);
          if (at === undefined) continue;
          live[collection][at] = null;
          index.delete(id);
          removed.add(collection);
        }
      }
      for (const [collection, records] of Object.entries(changes.put) as [Collection, StoredRow[]][]) {
        const index = indexOf(collection);
        for (const record of records) {
          const at = index.get(record.id);
          if (at === undefined) index.set(record.id, live[collection].push(record) - 1);
          else live[collection][at] = record;
        }
      }
      for (const [collection, next] of Object.entries(changes.sequences) as [Collection, number][]) {
        db._sequences[collection] = Math.max(db._sequences[collection] ?? 1, next);
      }
    },
    /** Drops the places of removed records; call once, after the last change set. */
    finish(): Database {
      for (const collection of removed) live[collection] = live[collection].filter((r) => r !== null);
      return db;
    },
  };
}
