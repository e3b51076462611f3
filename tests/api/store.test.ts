/**
 * The store on its own, as the API uses it: change sets committed, then the data read back as a
 * restart would; the journal rewritten into the snapshot past its size. (The same cases are to
 * run against every store the API can stand on.)
 */
import { mkdtempSync, promises, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { emptyDatabase } from '../../mock-api/seed';
import { changeTracker, markChanged } from '../../mock-api/store/changes';
import { createFileStore, readStoredData } from '../../mock-api/store/fileStore';
import type { Database, Feedback } from '../../src/domain/types';

const folders: string[] = [];
const freshFolder = () => {
  const folder = mkdtempSync(path.join(tmpdir(), 'pilot-tracker-store-'));
  folders.push(folder);
  return folder;
};
afterEach(() => folders.splice(0).forEach((f) => rmSync(f, { recursive: true, force: true })));

const feedbackOf = (db: Database, comment: string): Feedback => {
  const record = { id: db._sequences.feedback, pilotId: 1, stakeholder: 'agent', rating: 4, comment, date: '2026-11-02', version: 1 } as Feedback;
  db._sequences.feedback += 1;
  return record;
};

async function openStore(dataDir: string, compactAfterBytes?: number) {
  const store = createFileStore(dataDir, emptyDatabase, { compactAfterBytes });
  const db = await store.load();
  const tracker = changeTracker(db);
  return { store, db, commit: () => store.commit(tracker.collect(), db) };
}

describe('the JSON store', () => {
  it('reads back what was added, replaced and removed, as a restart would', async () => {
    const dataDir = freshFolder();
    const { store, db, commit } = await openStore(dataDir);
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

    const stored = readStoredData(dataDir);
    expect(stored.feedback.map((f) => f.comment)).toEqual(['kept', 'changed']);
    expect(stored.sessions).toHaveLength(1);
    expect(stored._sequences.feedback).toBe(db._sequences.feedback);
    expect(readStoredData(dataDir)).toEqual(JSON.parse(JSON.stringify(db)));
    // db.json itself was written once, at creation: the changes are in the journal only.
    expect(readFileSync(path.join(dataDir, 'db.json'), 'utf8')).not.toContain('"kept"');
  });

  it('groups concurrent commits, each acknowledged once durable', async () => {
    const dataDir = freshFolder();
    const { store, db, commit } = await openStore(dataDir);
    const commits = Array.from({ length: 50 }, (_, i) => {
      db.feedback.push(feedbackOf(db, `concurrent ${i}`));
      return commit();
    });
    await Promise.all(commits);
    await store.close?.();
    expect(readStoredData(dataDir).feedback).toHaveLength(50);
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
