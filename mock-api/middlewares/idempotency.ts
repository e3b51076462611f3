/**
 * Creations sent with an `Idempotency-Key` header happen once. The first request is handled as
 * usual and its answer is kept, in the same durable commit as the record (`keepReply`); the same
 * key sent again by the same account with the same request gets that answer again (with
 * `Idempotent-Replayed: true`) and creates nothing. The same key with another request is a 422.
 * This is what lets the SPA send what was recorded offline, and retry, without duplicates.
 */
import { createHash } from 'node:crypto';
import type { Request, RequestHandler, Response } from 'express';
import { markChanged } from '../store/changes';
import type { Database } from '../../src/domain/types';
import type { Data } from '../database';
import { contextOf } from '../context';
import { HttpError } from '../errors';
import { actorOf } from './auth';

/** Kept long enough for a device that stayed offline for weeks. */
export const REPLY_RETENTION_MS = 30 * 24 * 3_600_000;
const KEY = /^[\x21-\x7e]{8,200}$/;

const pendingKeyOf = (res: Response) => contextOf(res).idempotency;

function fingerprintOf(req: Request): string {
  const body = createHash('sha256').update(JSON.stringify(req.body ?? null)).digest('base64url');
  return `${req.method} ${req.baseUrl}${req.path} ${body}`;
}

export function honourIdempotencyKeys(data: Data): RequestHandler {
  /** Keys whose first request is still being handled: the same key waits for its answer. */
  const inFlight = new Map<string, Promise<void>>();
  const handle: RequestHandler = (req, res, next) => {
    const key = req.headers['idempotency-key'];
    if (req.method !== 'POST' || key === undefined) return next();
    if (typeof key !== 'string' || !KEY.test(key)) throw new HttpError(400, 'Idempotency-Key must be 8 to 200 visible ASCII characters (a UUID, say)');
    const userId = actorOf(res).id;
    const slot = `${userId} ${key}`;
    const first = inFlight.get(slot);
    if (first) {
      first.then(() => handle(req, res, next)).catch(next);
      return;
    }
    const fingerprint = fingerprintOf(req);
    const kept = data.get().replies.find((r) => r.key === key && r.userId === userId);
    if (!kept) {
      contextOf(res).idempotency = { key, fingerprint };
      const done = new Promise<void>((resolve) =>
        res.on('close', () => {
          inFlight.delete(slot);
          resolve();
        }),
      );
      inFlight.set(slot, done);
      return next();
    }
    if (kept.fingerprint !== fingerprint) {
      throw new HttpError(422, 'This Idempotency-Key was already used for another request: send a new key with a new record');
    }
    // The first answer may still be on its way to disk: answer again only once it is there.
    data.commit().then(
      () => {
        res.setHeader('Idempotent-Replayed', 'true');
        res.status(kept.status).json(kept.body);
      },
      () => res.status(500).json({ message: 'The change could not be saved; it was not applied' }),
    );
  };
  return handle;
}

/** Keeps the answer to a creation sent with a key, in the same commit as the record; drops expired ones. */
export function keepReply(db: Database, res: Response, status: number, body: unknown, now = new Date()): void {
  const pending = pendingKeyOf(res);
  if (!pending) return;
  const oldest = now.getTime() - REPLY_RETENTION_MS;
  if (db.replies.length && Date.parse(db.replies[0].createdAt) < oldest) {
    for (const expired of db.replies.filter((r) => Date.parse(r.createdAt) < oldest)) markChanged(db, 'replies', expired.id);
    db.replies = db.replies.filter((r) => Date.parse(r.createdAt) >= oldest);
  }
  db.replies.push({ id: db._sequences.replies, key: pending.key, userId: actorOf(res).id, fingerprint: pending.fingerprint, status, body, createdAt: now.toISOString() });
  markChanged(db, 'replies', db._sequences.replies);
  db._sequences.replies += 1;
}
