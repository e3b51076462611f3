/**
 * What a commit hands the store: the small collections (accounts, credentials, sessions, tokens)
 * are found changed without anyone naming the change, in place or not, and only when they changed.
 */
import { describe, expect, it } from 'vitest';
import { emptyDatabase } from '../../mock-api/seed';
import { changeTracker, sameJson } from '../../mock-api/store/changes';
import type { Database, Session } from '../../src/domain/types';

const session = (id: number): Session => ({ id, userId: 1, tokenHash: `hash-${id}`, createdAt: '2026-11-28T08:00:00.000Z', expiresAt: '2026-11-28T16:00:00.000Z' });

function signedIn(): Database {
  const db = emptyDatabase();
  db.users.push({ id: 1, email: 'manager@example.org', fullName: 'Manager', role: 'manager', active: true, version: 1 });
  db.sessions.push(session(1));
  return db;
}

describe('a commit of the small collections', () => {
  it('replaces a collection a record of which was changed in place, added or removed, and no other', () => {
    const db = signedIn();
    const tracker = changeTracker(db);
    expect(tracker.collect().replace).toEqual({});

    db.sessions[0].expiresAt = '2026-11-28T18:00:00.000Z';
    expect(tracker.collect().replace).toEqual({ sessions: [{ ...session(1), expiresAt: '2026-11-28T18:00:00.000Z' }] });
    expect(tracker.collect().replace).toEqual({});

    db.sessions[0].csrfToken = 'csrf';
    expect(Object.keys(tracker.collect().replace)).toEqual(['sessions']);

    db.users[0].active = false;
    db.sessions.splice(0, 1);
    expect(tracker.collect().replace).toEqual({ users: [{ ...db.users[0] }], sessions: [] });

    db.sessions.push(session(2));
    expect(tracker.collect().replace).toEqual({ sessions: [session(2)] });
    expect(tracker.collect().replace).toEqual({});
  });

  it('sees a record replaced by an equal one, keys in another order, as unchanged', () => {
    const db = signedIn();
    const tracker = changeTracker(db);
    const { expiresAt, ...rest } = session(1);
    db.sessions[0] = { expiresAt, ...rest };
    expect(tracker.collect().replace).toEqual({});
  });
});

describe('two JSON values', () => {
  it('are the same when they hold the same, nested values included', () => {
    expect(sameJson({ a: [1, { b: 'x' }], c: null }, { c: null, a: [1, { b: 'x' }] })).toBe(true);
    expect(sameJson([], [])).toBe(true);
  });

  it('differ on any value, key, length or kind', () => {
    for (const [a, b] of [
      [{ a: [1, { b: 'x' }] }, { a: [1, { b: 'y' }] }],
      [{ a: 1 }, { b: 1 }],
      [{ a: 1 }, { a: 1, b: 2 }],
      [[1, 2], [1, 2, 3]],
      [[], {}],
      [{ a: null }, { a: {} }],
      [{ a: '1' }, { a: 1 }],
    ]) {
      expect(sameJson(a, b), JSON.stringify([a, b])).toBe(false);
      expect(sameJson(b, a), JSON.stringify([b, a])).toBe(false);
    }
  });
});
