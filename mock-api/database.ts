/**
 * The live data and the one way to make a change durable: `commit` hands the store what changed
 * since the last commit, and resolves once it is on disk; if the store fails, the last good state
 * is reloaded and the error passed on.
 */
import type { JsonServerRouter } from 'json-server';
import type { Database } from '../src/domain/types';
import { RECENT_AUDIT_MS, trimAudit } from './audit';
import { changeTracker, replayer, type ChangeSet, type Collection } from './store/changes';
import type { Store } from './store/types';

export interface Data {
  get(): Database;
  commit(): Promise<void>;
  /**
   * Calls `listener` with each commit's change set, as the commit starts (its records are the live
   * ones: read them at once), or with `undefined` when the data was reloaded whole: the change
   * feed that indexes of computed data follow. With `first`, before the listeners added without it:
   * for an index that reads, from another's keys, what a commit is about to change there.
   */
  onCommit(listener: (changes: ChangeSet | undefined) => void, first?: boolean): void;
  /**
   * Keeps in the live data the records of the collections the store keeps to itself once they are
   * committed, until the returned function is called: a read of the store under way may not see
   * them (see `coldRecords.ts`). Committed records otherwise leave memory at once.
   */
  holdCommitted(): () => void;
}

export interface DataOptions {
  /**
   * Checks, whenever no commit is under way, that the change sets committed so far, replayed over
   * a copy of the data, give the live data: a change no code named would be lost at the next
   * start. A difference that lasts is thrown (uncaught, so a test run fails). For tests: it costs a copy.
   */
  checkChanges?: boolean;
}

/** The records that differ between two states, as `collection id` lines. */
function differences(a: Database, b: Database): string[] {
  const found: string[] = [];
  for (const key of Object.keys({ ...a, ...b })) {
    const [x, y] = [a, b].map((db) => (db as unknown as Record<string, unknown>)[key]);
    if (!Array.isArray(x) || !Array.isArray(y)) {
      if (JSON.stringify(x) !== JSON.stringify(y)) found.push(key);
      continue;
    }
    const byId = (rows: { id: number }[]) => new Map(rows.map((r) => [r.id, JSON.stringify(r)]));
    const [was, is] = [byId(x as { id: number }[]), byId(y as { id: number }[])];
    for (const id of new Set([...was.keys(), ...is.keys()])) if (was.get(id) !== is.get(id)) found.push(`${key} ${id}`);
  }
  return found;
}

/** Replays the committed change sets over a copy of the data, and compares it with the live data when all is quiet. */
function changeChecker(live: () => Database) {
  let shadow = structuredClone(live());
  let pending = 0;
  const quietCheck = (confirming?: string) => {
    if (pending) return;
    const found = differences(shadow, live()).join(', ');
    if (!found) return;
    // A request between its change and its commit shows the same difference for a moment: look again.
    if (confirming !== found) setTimeout(() => quietCheck(found), 100);
    else {
      shadow = structuredClone(live());
      throw new Error(`Changed without being named to the store (lost at the next start): ${found}`);
    }
  };
  return {
    committing(changes: ChangeSet) {
      pending += 1;
      const replay = replayer(shadow);
      replay.apply(JSON.parse(JSON.stringify(changes)) as ChangeSet);
      shadow = replay.finish();
    },
    committed() {
      pending -= 1;
      setImmediate(() => quietCheck());
    },
    reset() {
      shadow = structuredClone(live());
    },
    /** What left memory, written, leaves the copy too. */
    trimmed(below: number, cutoff: string) {
      trimAudit(shadow, below, cutoff);
    },
    dropped(collection: Collection, ids: ReadonlySet<number>) {
      const rows = shadow as unknown as Record<Collection, { id: number }[]>;
      rows[collection] = rows[collection].filter((r) => !ids.has(r.id));
    },
  };
}

/**
 * Drops from `records`, the records of a collection the store keeps to itself that are not
 * committed yet, the ones `committed` wrote as they still are: the store answers for them now.
 */
function dropCommitted(records: { id: number }[], committed: readonly object[] | undefined): Set<number> {
  const dropped = new Set<number>();
  if (!committed?.length) return dropped;
  const written = new Set(committed);
  let kept = 0;
  for (const record of records) {
    if (written.has(record)) dropped.add(record.id);
    else records[kept++] = record;
  }
  records.length = kept;
  return dropped;
}

export function createData(router: JsonServerRouter<Database>, store: Store, log: (message: string) => void, options: DataOptions = {}): Data {
  /**
   * Reads of the store under way (by number, oldest first), and the commits whose records wait,
   * before leaving memory, for the reads begun before they were durable (`before`: the next read's
   * number then) to end. Reads begun later find them in the store: under steady reads, records
   * still leave memory.
   */
  let nextRead = 0;
  const reading = new Set<number>();
  let waiting: { changes: ChangeSet; before: number }[] = [];
  const oldestRead = () => (reading.size ? reading.values().next().value! : nextRead);
  const dropReady = () => {
    let ready = 0;
    while (ready < waiting.length && waiting[ready].before <= oldestRead()) ready += 1;
    waiting.splice(0, ready).forEach(({ changes }) => dropAll(changes));
  };
  let tracker = changeTracker(router.db.getState());
  const checker = options.checkChanges ? changeChecker(() => router.db.getState()) : undefined;
  const listeners: ((changes: ChangeSet | undefined) => void)[] = [];
  const dropAll = (changes: ChangeSet) => {
    const live = router.db.getState() as unknown as Record<Collection, { id: number }[]>;
    for (const collection of store.cold?.collections ?? []) {
      const dropped = dropCommitted(live[collection], changes.put[collection]);
      if (dropped.size) checker?.dropped(collection, dropped);
    }
  };
  return {
    get: () => router.db.getState(),
    holdCommitted() {
      const read = nextRead++;
      reading.add(read);
      return () => {
        if (reading.delete(read)) dropReady();
      };
    },
    onCommit: (listener, first = false) => void (first ? listeners.unshift(listener) : listeners.push(listener)),
    async commit() {
      const changes = tracker.collect();
      checker?.committing(changes);
      for (const listener of listeners) listener(changes);
      try {
        await store.commit(changes, router.db.getState());
        if (store.recentAuditOnly) {
          // Written, and read from the store from now on: only the recent entries stay in memory.
          const cutoff = new Date(Date.now() - RECENT_AUDIT_MS).toISOString();
          trimAudit(router.db.getState(), changes.sequences.audit, cutoff);
          checker?.trimmed(changes.sequences.audit, cutoff);
        }
        waiting.push({ changes, before: nextRead });
        dropReady();
      } catch (error) {
        log(`Commit to ${store.location} failed, reloading the last good state: ${String(error)}`);
        router.db.setState(await store.load());
        tracker = changeTracker(router.db.getState());
        checker?.reset();
        waiting = [];
        for (const listener of listeners) listener(undefined);
        throw error;
      } finally {
        checker?.committed();
      }
    },
  };
}
