/**
 * The portfolio index (scorecards, adoption series, latest KPI values, monthly activity) of the
 * current data, for the scorecards list and the dashboard's figures. Built once, then kept up to
 * date from the commits' change sets: only the pilots a commit touched are indexed again, so a
 * figure read after a write costs what that write changed. Built again whole when the day changes
 * (gates depend on it), when the data is reloaded, or when the pilots indexed again have left
 * too many bytes unused in its slabs (`slabs.ts`), a slice of pilots at a time: other requests
 * are served in between, and figures wait for the new index.
 */
import { buildPortfolio, updatePortfolio, type PilotRecords, type Portfolio } from '../src/domain/dashboard';
import { todayIso } from '../src/domain/format';
import { positionById } from './context';
import type { ColdRecords } from './coldRecords';
import { ownerIndex, type OwnerIndex, type ReadonlyOwnerIndex } from './ownerIndex';
import type { Data } from './database';
import type { ChangeSet } from './store/changes';

/** The index of the current data, once every change committed so far is in it. */
export type CurrentPortfolio = () => Promise<Portfolio>;

/** The records that belong to one pilot each (`pilotId`), whose changes touch that pilot's index. */
const EVIDENCE = ['kpis', 'measurements', 'trainings', 'feedback', 'decisions'] as const;

/** Pilots indexed between two turns of the event loop when the index is built whole (at 50,000 pilots, about 100 ms each). */
export const BUILD_SLICE = 2_000;

/** Bytes left unused in the index's slabs past which it is built again: at 50,000 pilots, as many as it uses. */
export const MAX_WASTED_BYTES = 32 * 2 ** 20;

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * The index of `data`, whose records of `cold` collections the store keeps to itself (read a slice
 * of pilots at a time); built again once `maxWastedBytes` are left unused.
 */
export function portfolioOf(data: Data, cold?: ColdRecords, maxWastedBytes = MAX_WASTED_BYTES): CurrentPortfolio {
  let current: Portfolio | undefined;
  let dirty = new Set<number>();
  /** Grows when the data is reloaded whole: a build under way then starts again. */
  let reloads = 0;
  let refreshing: Promise<Portfolio> | undefined;
  // Whose each record is: this index's own for the collections in memory; for those the store keeps
  // to itself, the store's keys, read before a commit changes them (`follow` is called first).
  const kept = EVIDENCE.filter((c) => !cold?.holds(c));
  const freshOwners = () => Object.fromEntries(kept.map((c) => [c, ownerIndex()])) as Partial<Record<(typeof EVIDENCE)[number], OwnerIndex>>;
  let owners = freshOwners();
  const ownersOf = (collection: (typeof EVIDENCE)[number]): ReadonlyOwnerIndex | undefined =>
    cold?.holds(collection) ? cold.referenceIndex(collection, 'pilotId') : owners[collection];

  /** The whole index, for `today`; undefined if the data was reloaded meanwhile. Changes made meanwhile are marked dirty, indexed after. */
  const build = async (today: string): Promise<Portfolio | undefined> => {
    const started = reloads;
    const db = data.get();
    owners = freshOwners();
    for (const collection of kept) for (const record of db[collection]) owners[collection]?.set(record.id, record.pilotId);
    dirty = new Set();
    const portfolio = buildPortfolio({ pilots: [], kpis: [], measurements: [], trainings: [], feedback: [], decisions: [] }, today);
    const ids = db.pilots.map((p) => p.id);
    for (let at = 0; at < ids.length; at += BUILD_SLICE) {
      await indexAgain(portfolio, new Set(ids.slice(at, at + BUILD_SLICE)));
      await nextTurn();
      if (reloads !== started) return undefined;
    }
    return portfolio;
  };

  const follow = (changes: ChangeSet | undefined) => {
    if (!changes) {
      current = undefined;
      reloads += 1;
      return;
    }
    for (const record of changes.put.pilots ?? []) dirty.add(record.id);
    for (const id of changes.remove.pilots ?? []) dirty.add(id);
    for (const collection of EVIDENCE) {
      const index = ownersOf(collection);
      const own = owners[collection];
      for (const record of (changes.put[collection] ?? []) as { id: number; pilotId: number }[]) {
        const was = index?.get(record.id);
        if (was !== undefined) dirty.add(was);
        dirty.add(record.pilotId);
        own?.set(record.id, record.pilotId);
      }
      for (const id of changes.remove[collection] ?? []) {
        const was = index?.get(id);
        if (was !== undefined) dirty.add(was);
        own?.delete(id);
      }
    }
  };
  // First: the store's keys still say whose the records this commit moves or removes were.
  data.onCommit(follow, true);

  /** The records of the pilots of `ids` in the live data, found by the owner indexes and by id. */
  const recordsOf = (ids: ReadonlySet<number>): Map<number, PilotRecords> => {
    const db = data.get();
    const found = new Map<number, PilotRecords>();
    for (const id of ids) {
      const at = positionById(db.pilots, id);
      if (at !== -1) found.set(id, { pilot: db.pilots[at], kpis: [], measurements: [], trainings: [], feedback: [], decisions: [] });
    }
    for (const collection of kept) {
      const records = db[collection];
      for (const id of owners[collection]?.idsOf(ids) ?? []) {
        const at = positionById(records, id);
        const owner = at === -1 ? undefined : found.get(records[at].pilotId);
        if (owner) (owner[collection] as unknown[]).push(records[at]);
      }
    }
    return found;
  };

  /** Indexes the pilots of `ids` again, with the records the store keeps to itself read first. */
  const indexAgain = (portfolio: Portfolio, ids: ReadonlySet<number>): Promise<void> => {
    if (!cold) return Promise.resolve(updatePortfolio(portfolio, ids, recordsOf(ids)));
    return cold.withPilots([...ids], (stored) => {
      const found = recordsOf(ids);
      for (const [collection, records] of stored) for (const record of records) (found.get(record.pilotId as number)?.[collection] as unknown[] | undefined)?.push(record);
      updatePortfolio(portfolio, ids, found);
    });
  };

  const isCurrent = (portfolio: Portfolio | undefined): portfolio is Portfolio => portfolio?.today === todayIso() && !dirty.size && !worn(portfolio);
  const worn = (portfolio: Portfolio) => portfolio.slabs.wasted > maxWastedBytes;

  const refresh = async (): Promise<Portfolio> => {
    for (;;) {
      const today = todayIso();
      if (current?.today !== today || worn(current)) {
        current = await build(today);
        continue;
      }
      if (!dirty.size) return current;
      const changed = dirty;
      dirty = new Set();
      try {
        await indexAgain(current, changed);
      } catch (error) {
        // The store could not be read: indexed again at the next figure asked for.
        for (const id of changed) dirty.add(id);
        throw error;
      }
    }
  };

  return () => {
    // Not while a refresh runs: the changes it took are not in the index yet.
    if (!refreshing && isCurrent(current)) return Promise.resolve(current);
    // One refresh at a time, which every caller meanwhile waits for.
    refreshing ??= refresh().finally(() => {
      refreshing = undefined;
    });
    return refreshing;
  };
}
