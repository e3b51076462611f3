/**
 * The portfolio index (scorecards, adoption series, latest KPI values, monthly activity) of the
 * current data, for the scorecards list and the dashboard's figures. Built once, then kept up to
 * date from the commits' change sets: only the pilots a commit touched are indexed again, so a
 * figure read after a write costs what that write changed. Built again whole when the day changes
 * (gates depend on it) or the data is reloaded.
 */
import { buildPortfolio, updatePortfolio, type PilotRecords, type Portfolio } from '../src/domain/dashboard';
import { todayIso } from '../src/domain/format';
import { positionById } from './context';
import { ownerIndex } from './ownerIndex';
import type { Data } from './database';
import type { ChangeSet } from './store/changes';

export type CurrentPortfolio = () => Portfolio;

/** The records that belong to one pilot each (`pilotId`), whose changes touch that pilot's index. */
const EVIDENCE = ['kpis', 'measurements', 'trainings', 'feedback', 'decisions'] as const;

export function portfolioOf(data: Data): CurrentPortfolio {
  let current: Portfolio | undefined;
  let dirty = new Set<number>();
  const freshOwners = () => Object.fromEntries(EVIDENCE.map((c) => [c, ownerIndex()])) as Record<(typeof EVIDENCE)[number], ReturnType<typeof ownerIndex>>;
  let owners = freshOwners();

  const rebuild = (today: string) => {
    const db = data.get();
    owners = freshOwners();
    for (const collection of EVIDENCE) for (const record of db[collection]) owners[collection].set(record.id, record.pilotId);
    dirty = new Set();
    return buildPortfolio(db, today);
  };

  const follow = (changes: ChangeSet | undefined) => {
    if (!changes) {
      current = undefined;
      return;
    }
    for (const record of changes.put.pilots ?? []) dirty.add(record.id);
    for (const id of changes.remove.pilots ?? []) dirty.add(id);
    for (const collection of EVIDENCE) {
      const index = owners[collection];
      for (const record of (changes.put[collection] ?? []) as { id: number; pilotId: number }[]) {
        const was = index.get(record.id);
        if (was !== undefined) dirty.add(was);
        dirty.add(record.pilotId);
        index.set(record.id, record.pilotId);
      }
      for (const id of changes.remove[collection] ?? []) {
        const was = index.get(id);
        if (was !== undefined) dirty.add(was);
        index.delete(id);
      }
    }
  };
  data.onCommit(follow);

  /** The records of the pilots of `ids`, found by the owner indexes and by id. */
  const recordsOf = (ids: ReadonlySet<number>): Map<number, PilotRecords> => {
    const db = data.get();
    const found = new Map<number, PilotRecords>();
    for (const id of ids) {
      const at = positionById(db.pilots, id);
      if (at !== -1) found.set(id, { pilot: db.pilots[at], kpis: [], measurements: [], trainings: [], feedback: [], decisions: [] });
    }
    for (const collection of EVIDENCE) {
      const records = db[collection];
      for (const id of owners[collection].idsOf(ids)) {
        const at = positionById(records, id);
        const owner = at === -1 ? undefined : found.get(records[at].pilotId);
        if (owner) (owner[collection] as unknown[]).push(records[at]);
      }
    }
    return found;
  };

  return () => {
    const today = todayIso();
    if (current?.today !== today) current = rebuild(today);
    else if (dirty.size) {
      const changed = dirty;
      dirty = new Set();
      updatePortfolio(current, changed, recordsOf(changed));
    }
    return current;
  };
}
