/**
 * `/tokens`: integration tokens, in the ra-data-simple-rest dialect. An administrator sees and
 * revokes every token; a manager creates tokens for their own pilots and sees and revokes theirs.
 * `POST` answers the secret once (`token`); only its hash is kept. No update: revoke and create.
 */
import { Router, type Response } from 'express';
import { grantFor, type Verb } from '../../src/domain/permissions';
import { TOKEN_SCHEMA } from '../../src/domain/schema';
import { TOKEN_SCOPES, type Database, type TokenScope } from '../../src/domain/types';
import { checkValue, describeProblem, isMissing } from '../../src/domain/validation';
import { appendAudit } from '../audit';
import { createToken, publicToken } from '../auth/tokens';
import type { AnyRecord } from '../context';
import type { Data } from '../database';
import { HttpError, invalid } from '../errors';
import { applyListQuery, contentRange, parseListQuery } from '../listQuery';
import { actorOf } from './auth';

const ID = /^[1-9]\d{0,14}$/;

function grantOf(res: Response, verb: Verb) {
  const actor = actorOf(res);
  const grant = grantFor(actor.role, 'tokens', verb);
  if (!grant) throw new HttpError(403, `A ${actor.role} may not ${verb} integration tokens`);
  return { actor, grant };
}

/** The fields of a new token, checked: a name, pilots the creator may record for, scopes. */
function checkNewToken(db: Database, body: Record<string, unknown>, actor: { id: number; role: string }) {
  const errors: Record<string, string> = {};
  const unknown = Object.keys(body).filter((k) => !['name', 'pilotIds', 'scopes'].includes(k));
  for (const key of unknown) errors[key] = 'Unknown field';
  const name = typeof body.name === 'string' ? body.name.trim() : body.name;
  const nameProblem = isMissing(name) ? { code: 'required' as const } : checkValue(TOKEN_SCHEMA.name, name);
  if (nameProblem) errors.name = describeProblem(nameProblem);
  const { pilotIds, scopes } = body;
  if (!Array.isArray(pilotIds) || pilotIds.length === 0 || !pilotIds.every((id) => Number.isInteger(id) && (id as number) > 0)) {
    errors.pilotIds = 'Required: the ids of the pilots the token records for';
  } else {
    const missing = pilotIds.filter((id) => !db.pilots.some((p) => p.id === id));
    const others = pilotIds.filter((id) => actor.role !== 'admin' && db.pilots.find((p) => p.id === id)?.ownerId !== actor.id);
    if (missing.length) errors.pilotIds = `No pilot with id ${missing.join(', ')}`;
    else if (others.length) errors.pilotIds = `You may only choose pilots you own (not ${others.join(', ')})`;
  }
  if (!Array.isArray(scopes) || scopes.length === 0 || !scopes.every((s) => (TOKEN_SCOPES as readonly unknown[]).includes(s))) {
    errors.scopes = `Required: one or more of ${TOKEN_SCOPES.join(', ')}`;
  }
  if (Object.keys(errors).length) throw invalid(errors);
  return { name: name as string, pilotIds: [...new Set(pilotIds as number[])], scopes: [...new Set(scopes as TokenScope[])] };
}

export function serveTokens(data: Data): Router {
  const router = Router();
  const visible = (res: Response) => {
    const { actor, grant } = grantOf(res, 'read');
    return data.get().tokens.filter((t) => grant === 'all' || t.userId === actor.id).map(publicToken);
  };
  const find = (res: Response, rawId: string, verb: Verb) => {
    const { actor, grant } = grantOf(res, verb);
    const token = ID.test(rawId) ? data.get().tokens.find((t) => t.id === Number(rawId)) : undefined;
    if (!token || (grant === 'own' && token.userId !== actor.id)) throw new HttpError(404, `No integration token with id ${rawId}`);
    return { actor, token };
  };

  router.get('/', (req, res) => {
    const result = applyListQuery(visible(res) as unknown as AnyRecord[], parseListQuery(req.query, TOKEN_SCHEMA));
    res.setHeader('Content-Range', contentRange('tokens', result));
    res.setHeader('Access-Control-Expose-Headers', 'Content-Range');
    res.json(result.page);
  });
  router.get('/:id', (req, res) => {
    res.json(publicToken(find(res, req.params.id, 'read').token));
  });
  router.post('/', (req, res, next) => {
    const { actor } = grantOf(res, 'create');
    const db = data.get();
    const fields = checkNewToken(db, (req.body ?? {}) as Record<string, unknown>, actor);
    const { secret, token } = createToken(db, actor.id, fields);
    appendAudit(db, { userId: actor.id, action: 'create', resource: 'tokens', recordId: token.id, pilotId: null });
    data.commit().then(
      () => res.status(201).json({ ...token, token: secret }),
      (error: unknown) => next(error),
    );
  });
  router.delete('/:id', (req, res, next) => {
    const { actor, token } = find(res, req.params.id, 'delete');
    const db = data.get();
    db.tokens = db.tokens.filter((t) => t.id !== token.id);
    appendAudit(db, { userId: actor.id, action: 'delete', resource: 'tokens', recordId: token.id, pilotId: null, changes: { name: { from: token.name, to: null } } });
    data.commit().then(
      () => res.json(publicToken(token)),
      (error: unknown) => next(error),
    );
  });
  router.all(['/', '/:id'], (req, res) => {
    res.setHeader('Allow', req.path === '/' ? 'GET, POST' : 'GET, DELETE');
    throw new HttpError(405, 'An integration token cannot be changed: revoke it and create another');
  });
  return router;
}
