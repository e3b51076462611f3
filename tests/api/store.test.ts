/**
 * The store on its own, as the API uses it: change sets committed, then the data read back as a
 * restart would. The shared cases run against every store the API can stand on (PostgreSQL under
 * `npm run test:pg`); then each store's own: the JSON store's journal and snapshot, PostgreSQL's
 * constraints.
 */
import { mkdtempSync, promises, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import jsonServer from 'json-server';
import { appendAudit, trimAudit } from '../../mock-api/audit';
import { createData } from '../../mock-api/database';
import { emptyDatabase } from '../../mock-api/seed';
import { changeTracker, markChanged } from '../../mock-api/store/changes';
import { createFileStore, readStoredData } from '../../mock-api/store/fileStore';
import { createPostgresStore, loadIntoPostgres } from '../../mock-api/store/postgres/postgresStore';
import { parseListQuery } from '../../mock-api/listQuery';
import { AUDIT_SCHEMA, SCHEMAS } from '../../src/domain/schema';
import type { Store } from '../../mock-api/store/types';
import type { AuditEntry, Database, Feedback } from '../../src/domain/types';
import { buildPilot } from '../support/builders';
import { databaseFor, onPostgres, readStore } from '../support/postgres';

const folders: string[] = [];
const freshFolder = () => {
  const folder = mkdtempSync(path.join(tmpdir(), 'pilot-tracker-store-'));
  folders.push(folder);
  return folder;
};
afterEach(() => folders.splice(0).forEach((f) => rmSync(f, { recursive: true, force: true })));

/** An empty portfolio but for one account and the pilot that feedback is given on. */
const oneDataSet = (): Database => {
  const db = emptyDatabase();
  db.users.push({ id: 1, email: 'owner@example.org', fullName: 'Owner', role: 'manager', active: true, version: 1 });
  db.pilots.push({ ...buildPilot(), id: 1, ownerId: 1, version: 1 } as Database['pilots'][number]);
  db._sequences.users = 2;
  db._sequences.pilots = 2;
  return db;
};

const feedbackOf = (db: Database, comment: string, pilotId = 1): Feedback => {
  const record: Feedback = { id: db._sequences.feedback, pilotId, stakeholder: 'agent', rating: 4, comment, date: '2026-11-02', status: 'new', version: 1 };
  db._sequences.feedback += 1;
  return record;
};

async function opened(store: Store) {
  const db = await store.load();
  const tracker = changeTracker(db);
  return { store, db, commit: () => store.commit(tracker.collect(), db) };
}
const openStore = (dataDir: string, compactAfterBytes?: number) => opened(createFileStore(dataDir, oneDataSet, { compactAfterBytes }));

const STORES = [
  { name: 'JSON', open: (dataDir: string) => openStore(dataDir), readBack: async (dataDir: string) => readStoredData(dataDir) },
  ...(onPostgres
    ? [{ name: 'PostgreSQL', open: async (dataDir: string) => opened(createPostgresStore(await databaseFor(dataDir), oneDataSet)), readBack: readStore }]
    : []),
];

describe.each(STORES)('the $name store', ({ open, readBack }) => {
  it('reads back what was added, replaced and removed, as a restart would', async () => {
    const dataDir = freshFolder();
    const { store, db, commit } = await open(dataDir);
    const kept = feedbackOf(db, 'kept');
    const changed = feedbackOf(db, 'to change');
    const removed = feedbackOf(db, 'to remove');
    db.feedback.push(kept, changed, removed);
    await commit();
    db.feedback[1] = { ...changed, comment: 'changed', version: 2 };
    markChanged(db, 'feedback', changed.id);
    db.feedback.splice(2, 1);
    markChanged(db, 'feedback', removed.id);
    db.sessions.push({ id: 1, userId: 1, tokenHash: 'x', csrfToken: 'y', createdAt: '2026-11-27T00:00:00.000Z', expiresAt: '2026-11-27T08:00:00.000Z' } as Database['sessions'][number]);
    await commit();
    await store.close?.();

    const stored = await readBack(dataDir);
    expect(stored.feedback.map((f) => f.comment)).toEqual(['kept', 'changed']);
    expect(stored.sessions).toHaveLength(1);
    expect(stored._sequences.feedback).toBe(db._sequences.feedback);
    expect(stored).toEqual(JSON.parse(JSON.stringify(db)));
  });

  it('reads back texts as they were written, quotes, backslashes and dollar signs included', async () => {
    const dataDir = freshFolder();
    const { store, db, commit } = await open(dataDir);
    const texts = [`O'Brien: "c:\\temp\\new" \\' $1 $$ $x$`, "\\\\'';--", 'Île-de-France 😀 \t\n\\u0041'];
    db.feedback.push(...texts.map((comment) => feedbackOf(db, comment)));
    await commit();
    await store.close?.();
    expect((await readBack(dataDir)).feedback.map((f) => f.comment)).toEqual(texts);
  });

  it('groups concurrent commits, each acknowledged once durable', async () => {
    const dataDir = freshFolder();
    const { store, db, commit } = await open(dataDir);
    const commits = Array.from({ length: 50 }, (_, i) => {
      db.feedback.push(feedbackOf(db, `concurrent ${i}`));
      return commit();
    });
    await Promise.all(commits);
    await store.close?.();
    expect((await readBack(dataDir)).feedback).toHaveLength(50);
  });
  it('reads back concurrent commits that add, change and remove the same records as the live data', async () => {
    const dataDir = freshFolder();
    const { store, db, commit } = await open(dataDir);
    const first = feedbackOf(db, 'added then removed');
    const second = feedbackOf(db, 'added then changed');
    db.feedback.push(first, second);
    const commits = [commit()];
    db.feedback.splice(0, 1);
    markChanged(db, 'feedback', first.id);
    commits.push(commit());
    db.feedback[0] = { ...second, comment: 'changed', version: 2 };
    markChanged(db, 'feedback', second.id);
    db.feedback.push(feedbackOf(db, 'added last'));
    commits.push(commit());
    await Promise.all(commits);
    await store.close?.();
    expect((await readBack(dataDir)).feedback).toEqual(JSON.parse(JSON.stringify(db.feedback)));
  });
});

describe('the JSON store', () => {
  it('writes db.json once, at creation: the changes go to the journal only', async () => {
    const dataDir = freshFolder();
    const { store, db, commit } = await openStore(dataDir);
    db.feedback.push(feedbackOf(db, 'kept'));
    await commit();
    await store.close?.();
    expect(readStoredData(dataDir).feedback.map((f) => f.comment)).toEqual(['kept']);
    expect(readFileSync(path.join(dataDir, 'db.json'), 'utf8')).not.toContain('"kept"');
  });

  it('rewrites the snapshot past the journal size, deletes the old journal, and loses nothing', async () => {
    const dataDir = freshFolder();
    const { store, db, commit } = await openStore(dataDir, 2_000);
    for (let i = 0; i < 60; i += 1) {
      db.feedback.push(feedbackOf(db, `written ${i} ${'x'.repeat(100)}`));
      await commit();
    }
    await store.close?.();
    const journals = readdirSync(dataDir).filter((f) => f.startsWith('db.journal.'));
    expect(journals.length).toBe(1);
    expect(Number(journals[0].slice('db.journal.'.length))).toBeGreaterThan(1);
    // It holds only what came after the last rewrite, not the 60 writes (about 15 kB).
    expect(statSync(path.join(dataDir, journals[0])).size).toBeLessThan(10_000);
    expect(readStoredData(dataDir).feedback).toHaveLength(60);
    // Opened again: the same data, and writes go on.
    const again = await openStore(dataDir, 2_000);
    expect(again.db.feedback).toHaveLength(60);
    again.db.feedback.push(feedbackOf(again.db, 'after reopening'));
    await again.commit();
    await again.store.close?.();
    expect(readStoredData(dataDir).feedback.at(-1)?.comment).toBe('after reopening');
  });

  it('cuts an append that failed half-way (a full disk), so that what follows reads back', async () => {
    const dataDir = freshFolder();
    const { store, db, commit } = await openStore(dataDir);
    const realOpen = promises.open.bind(promises);
    let failNext = false;
    const opening = vi.spyOn(promises, 'open').mockImplementation(async (...args: Parameters<typeof promises.open>) => {
      const handle = await realOpen(...args);
      const write = handle.write.bind(handle) as (text: string) => Promise<unknown>;
      Object.assign(handle, {
        write: async (text: string) => {
          if (!failNext) return write(text);
          failNext = false;
          await write(text.slice(0, 40));
          throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
        },
      });
      return handle;
    });
    try {
      db.feedback.push(feedbackOf(db, 'before'));
      await commit();
      failNext = true;
      db.feedback.push(feedbackOf(db, 'refused'));
      await expect(commit()).rejects.toThrow(/ENOSPC/);
      db.feedback.pop(); // as the API does, going back to what is stored
      db.feedback.push(feedbackOf(db, 'after'));
      await commit();
    } finally {
      opening.mockRestore();
      await store.close?.();
    }
    expect(readStoredData(dataDir).feedback.map((f) => f.comment)).toEqual(['before', 'after']);
  });
});

describe.skipIf(!onPostgres)('the PostgreSQL store', () => {
  it('refuses a commit that breaks a constraint whole, and what follows reads back', async () => {
    const dataDir = freshFolder();
    const { store, db, commit } = await STORES[1].open(dataDir);
    db.feedback.push(feedbackOf(db, 'before'));
    await commit();
    db.feedback.push(feedbackOf(db, 'on a pilot that does not exist', 999));
    db.feedback.push(feedbackOf(db, 'in the same commit'));
    await expect(commit()).rejects.toThrow(/foreign key/);
    db.feedback.splice(1, 2); // as the API does, going back to what is stored
    db.feedback.push(feedbackOf(db, 'after'));
    await commit();
    await store.close?.();
    expect((await readStore(dataDir)).feedback.map((f) => f.comment)).toEqual(['before', 'after']);
  });

  it('writes only the id sequences a commit moved', async () => {
    const dataDir = freshFolder();
    const opened = createPostgresStore(await databaseFor(dataDir), oneDataSet);
    const db = await opened.load();
    const tracker = changeTracker(db);
    const commit = () => opened.commit(tracker.collect(), db);
    /** Each sequence's row version: it changes when the row is written, even to the same value. */
    const versions = async () => Object.fromEntries((await opened.pool.query<{ collection: string; xmin: string }>('SELECT collection, xmin::text FROM sequences')).rows.map((r) => [r.collection, r.xmin]));
    db.feedback.push(feedbackOf(db, 'first'));
    await commit();
    const before = await versions();
    db.feedback.push(feedbackOf(db, 'second'));
    await commit();
    const after = await versions();
    await opened.close?.();
    expect(after.feedback).not.toBe(before.feedback);
    expect(Object.keys(after).filter((collection) => collection !== 'feedback' && after[collection] !== before[collection])).toEqual([]);
    expect((await readStore(dataDir))._sequences.feedback).toBe(db._sequences.feedback);
  });

  it('refuses a field that has no column rather than store the record without it', async () => {
    const dataDir = freshFolder();
    const { store, db, commit } = await STORES[1].open(dataDir);
    db.feedback.push({ ...feedbackOf(db, 'with an extra field'), mood: 'happy' } as Feedback);
    await expect(commit()).rejects.toThrow(/"mood" that the database has no column for/);
    await store.close?.();
    expect((await readStore(dataDir)).feedback).toEqual([]);
  });

  it('starts again on its database without seeding it twice, the migrations already run', async () => {
    const dataDir = freshFolder();
    const first = await STORES[1].open(dataDir);
    first.db.feedback.push(feedbackOf(first.db, 'kept'));
    await first.commit();
    await first.store.close?.();
    const second = await STORES[1].open(dataDir);
    expect(second.db.pilots).toHaveLength(1);
    // Feedback stays in the database, read a pilot at a time: none of it is loaded.
    expect(second.db.feedback).toEqual([]);
    expect((await second.store.cold!.ofPilots('feedback', [1])).map((f) => f.comment)).toEqual(['kept']);
    await second.store.close?.();
  });

  it('refuses a second server on the same database, which would overwrite the changes of the first', async () => {
    const dataDir = freshFolder();
    const first = await STORES[1].open(dataDir);
    await expect(STORES[1].open(dataDir)).rejects.toThrow(/Another Pilot Tracker server is using .*one server per database/);
    await first.store.close?.();
    const second = await STORES[1].open(dataDir);
    await second.store.close?.();
  });

  it('keeps in memory only the failed sign-ins of the last 15 minutes once written, the whole trail being read in SQL', async () => {
    const dataDir = freshFolder();
    const store = createPostgresStore(await databaseFor(dataDir), oneDataSet);
    const db = await store.load();
    const data = createData(jsonServer.router<Database>(db), store, () => undefined, { checkChanges: true });
    const entry = (action: AuditEntry['action'], minutesAgo: number) => {
      const recorded = appendAudit(db, { userId: 1, action, resource: action === 'login-failed' ? 'auth' : 'pilots', recordId: 1 });
      recorded.at = new Date(Date.now() - minutesAgo * 60_000).toISOString();
      return recorded.id;
    };
    const [old, failedLongAgo, created, failed] = [entry('update', 20), entry('login-failed', 16), entry('create', 1), entry('login-failed', 1)];
    await data.commit();
    // Only a burst of failed sign-ins is read back from memory (its attempts counted on one entry).
    expect(data.get().audit.map((e) => e.id)).toEqual([failed]);
    const latest = entry('delete', 0);
    await data.commit();
    expect(data.get().audit.map((e) => e.id)).toEqual([failed]);
    const trail = await store.reader!.list('audit', parseListQuery({}, AUDIT_SCHEMA));
    expect(trail.page.map((e) => e.id)).toEqual([old, failedLongAgo, created, failed, latest]);
    await store.close?.();
    // A restart reads only the recent failed sign-ins, and goes on with the ids after the last.
    const again = createPostgresStore(await databaseFor(dataDir), oneDataSet);
    const loaded = await again.load();
    expect(loaded.audit.map((e) => e.id)).toEqual([failed]);
    expect(loaded._sequences.audit).toBe(latest + 1);
    // An entry not yet written (from id `below` on) stays, whatever it is.
    const longAgo = new Date(Date.now() - 3_600_000).toISOString();
    const unwritten = { audit: [1, 2, 3].map((id) => ({ ...loaded.audit[0], id, at: longAgo, action: 'update' as const })) };
    trimAudit(unwritten, 2, new Date().toISOString());
    expect(unwritten.audit.map((e) => e.id)).toEqual([2, 3]);
    await again.close?.();
  });

  it('counts a list again once a commit is written, and only then: a count is kept until the data changes', async () => {
    const store = createPostgresStore(await databaseFor(freshFolder()), oneDataSet);
    const { db, commit } = await opened(store);
    const query = parseListQuery({ filter: '{"pilotId":1}' }, SCHEMAS.feedback);
    const total = async () => (await store.reader!.list('feedback', query)).total;
    expect(await total()).toBe(0);
    db.feedback.push(feedbackOf(db, 'first'));
    await commit();
    expect(await total()).toBe(1);
    db.feedback.push(feedbackOf(db, 'second'));
    // The memory has it, the database not yet: the kept count is the database's.
    expect(await total()).toBe(1);
    await commit();
    expect(await total()).toBe(2);
    await store.close?.();
  });

  it('answers reads from the replica of DATABASE_READ_URL, and writes to the primary', async () => {
    const [primaryDir, replicaDir] = [freshFolder(), freshFolder()];
    const replicaUrl = await databaseFor(replicaDir);
    const seen = oneDataSet();
    seen.pilots[0].name = 'As the replica has it';
    await loadIntoPostgres(replicaUrl, seen);
    const store = createPostgresStore(await databaseFor(primaryDir), oneDataSet, { readUrl: replicaUrl });
    const { db, commit } = await opened(store);
    const query = parseListQuery({}, SCHEMAS.pilots);
    expect((await store.reader!.list('pilots', query)).page.map((p) => p.name)).toEqual(['As the replica has it']);
    db.feedback.push(feedbackOf(db, 'written to the primary'));
    await commit();
    await store.close?.();
    expect((await readStore(primaryDir)).feedback.map((f) => f.comment)).toEqual(['written to the primary']);
    expect((await readStore(replicaDir)).feedback).toEqual([]);
  });
});
