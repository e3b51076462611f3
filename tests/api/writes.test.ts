/**
 * The write step checks the record it replaces is still the one the request read: the store
 * answers reads asynchronously, and another write may land in between.
 */
import type { Request, Response } from 'express';
import { describe, expect, it } from 'vitest';
import { setTarget, type AnyRecord } from '../../mock-api/context';
import type { Data } from '../../mock-api/database';
import { applyWrites } from '../../mock-api/middlewares/writes';
import { emptyDatabase } from '../../mock-api/seed';

function writeOver(read: AnyRecord, live: AnyRecord, method: 'PUT' | 'DELETE') {
  const db = emptyDatabase();
  (db.feedback as unknown as AnyRecord[]).push(live);
  const data = { get: () => db, commit: () => Promise.resolve(), holdCommitted: () => () => undefined, onCommit: () => undefined } satisfies Data;
  const res = { locals: {}, location: () => undefined } as unknown as Response;
  setTarget(res, { resource: 'feedback', id: read.id, existing: read, before: structuredClone(read) });
  const req = { method, body: { ...read, comment: 'mine', version: Number(read.version) + 1 }, baseUrl: '/api' } as unknown as Request;
  let passed = false;
  applyWrites(data)(req, res, () => {
    passed = true;
  });
  return { passed, stored: db.feedback[0] as unknown as AnyRecord };
}

describe('the write step', () => {
  const read = { id: 7, comment: 'as read', version: 1 };

  it('replaces the record read', () => {
    const { passed, stored } = writeOver(read, read, 'PUT');
    expect(passed).toBe(true);
    expect(stored.comment).toBe('mine');
  });

  it('refuses with a 409 to replace or delete a record changed since it was read', () => {
    const changed = { ...read, comment: 'theirs', version: 2 };
    for (const method of ['PUT', 'DELETE'] as const) {
      expect(() => writeOver(read, changed, method)).toThrow(expect.objectContaining({ status: 409 }));
    }
  });
});
