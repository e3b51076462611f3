/**
 * Answers json-server's router only once a write is durable: applies the write's effects, appends
 * it to the audit trail, commits, then replies. If the commit fails the data is reloaded from the
 * last good file and the client gets a 500, so nothing is acknowledged that is not on disk.
 */
import type { Request, Response } from 'express';
import type { JsonServerRouter } from 'json-server';
import type { Database, Decision, StoredResource } from '../../src/domain/types';
import { appendAudit, changedFields, pilotOfRecord } from '../audit';
import { closeSessionsOf } from '../auth/sessions';
import { targetOf, type AnyRecord } from '../context';
import type { Data } from '../database';
import { applyDecision } from '../effects';
import { markChanged } from '../store/changes';
import { actorOf, tokenIdOf } from './auth';
import { keepReply } from './idempotency';

/** json-server's router, with the `render` hook its typings leave out. */
export type RenderingRouter = JsonServerRouter<Database> & { render: (req: Request, res: Response) => void };

/** Stores a new password hash with its account; a reset ends the account's sessions. */
function storePassword(db: Database, userId: number, passwordHash: string, isReset: boolean) {
  const credential = db.credentials.find((c) => c.userId === userId);
  if (credential) credential.passwordHash = passwordHash;
  else {
    db.credentials.push({ id: db._sequences.credentials, userId, passwordHash });
    db._sequences.credentials += 1;
  }
  if (isReset) closeSessionsOf(db, userId);
}

export function persistWrites(data: Data): (req: Request, res: Response) => void {
  return (req, res) => {
    const db = data.get();
    const { resource, before } = targetOf(res) as { resource: StoredResource; before?: AnyRecord };
    const userId = actorOf(res).id;
    const tokenId = tokenIdOf(res);
    // A change made through an integration token is filed under it too.
    const via = tokenId === null ? {} : { tokenId };
    const written = structuredClone((req.method === 'DELETE' ? before : res.locals.data) as AnyRecord);

    const passwordHash = res.locals.passwordHash as string | undefined;
    const pilotId = pilotOfRecord(resource, written);
    // Named for the store: it writes what changed, not the whole data.
    markChanged(db, resource, written.id);
    if (req.method === 'POST') {
      appendAudit(db, { ...via, userId, action: 'create', resource, recordId: written.id, pilotId });
      keepReply(db, res, 201, written);
    } else if (req.method === 'DELETE') {
      appendAudit(db, { ...via, userId, action: 'delete', resource, recordId: written.id, pilotId, changes: changedFields(written, {}) });
    } else {
      const changes = changedFields(before ?? {}, written);
      if (passwordHash) changes.password = { from: null, to: '(reset)' };
      appendAudit(db, { ...via, userId, action: 'update', resource, recordId: written.id, pilotId, changes });
    }
    if (req.method === 'POST' && resource === 'decisions') {
      const pilot = db.pilots.find((p) => p.id === written.pilotId);
      if (pilot) {
        const pilotBefore = { ...pilot };
        applyDecision(db, written as unknown as Decision);
        markChanged(db, 'pilots', pilot.id);
        appendAudit(db, { ...via, userId, action: 'update', resource: 'pilots', recordId: pilot.id, pilotId: pilot.id, changes: changedFields(pilotBefore, { ...pilot }) });
      }
    }
    if (resource === 'users') {
      if (passwordHash) storePassword(db, written.id, passwordHash, req.method !== 'POST');
      if (written.active === false || req.method === 'DELETE') closeSessionsOf(db, written.id);
      if (req.method === 'DELETE') db.credentials = db.credentials.filter((c) => c.userId !== written.id);
    }

    data.commit().then(
      () => res.status(req.method === 'POST' ? 201 : 200).json(written),
      () => res.status(500).json({ message: 'The change could not be saved; it was not applied' }),
    );
  };
}
