/**
 * The end of a write's pipeline, in two visible steps after the write itself (`applyWrites`):
 * `recordWrites` files it in the audit trail and applies what it changes elsewhere (the
 * resource's `afterWrite`, e.g. a decision moves its pilot) and keeps its answer for its
 * Idempotency-Key; `commitWrites` makes all of that durable in one commit, then answers. If the
 * commit fails, the data is reloaded from the store and the client gets a 500: nothing is
 * acknowledged that is not on disk.
 */
import type { RequestHandler } from 'express';
import type { StoredResource } from '../../src/domain/types';
import { appendAudit, changedFields, pilotOfRecord } from '../audit';
import { contextOf, targetOf, type AnyRecord } from '../context';
import type { Data } from '../database';
import { RESOURCES } from '../resources';
import { markChanged } from '../store/changes';
import { actorOf, tokenIdOf } from './auth';
import { keepReply } from './idempotency';

type WriteMethod = 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** The audit entry, the effects elsewhere and the kept answer of a stored write, for the same commit. */
export function recordWrites(data: Data): RequestHandler {
  return (req, res, next) => {
    const db = data.get();
    const { resource, before } = targetOf(res) as { resource: StoredResource; before?: AnyRecord };
    const method = req.method as WriteMethod;
    const userId = actorOf(res).id;
    const tokenId = tokenIdOf(res);
    // A change made through an integration token is filed under it too.
    const via = tokenId === null ? {} : { tokenId };
    const context = contextOf(res);
    const written = structuredClone((method === 'DELETE' ? before : context.written) as AnyRecord);
    // Named for the store: it writes what changed, not the whole data.
    markChanged(db, resource, written.id);

    const pilotId = pilotOfRecord(resource, written);
    if (method === 'POST') {
      appendAudit(db, { ...via, userId, action: 'create', resource, recordId: written.id, pilotId });
    } else if (method === 'DELETE') {
      appendAudit(db, { ...via, userId, action: 'delete', resource, recordId: written.id, pilotId, changes: changedFields(written, {}) });
    } else {
      const changes = changedFields(before ?? {}, written);
      if (context.passwordHash) changes.password = { from: null, to: '(reset)' };
      appendAudit(db, { ...via, userId, action: 'update', resource, recordId: written.id, pilotId, changes });
    }
    RESOURCES[resource].afterWrite?.({ db, method, written, before, userId, via, passwordHash: context.passwordHash });
    if (method === 'POST') keepReply(db, res, 201, written);
    context.written = written;
    next();
  };
}

/** Commits the request's changes, then answers with the record written: 201 for a creation. */
export function commitWrites(data: Data): RequestHandler {
  return (req, res) => {
    const { written } = contextOf(res);
    data.commit().then(
      () => res.status(req.method === 'POST' ? 201 : 200).json(written),
      () => res.status(500).json({ message: 'The change could not be saved; it was not applied' }),
    );
  };
}
