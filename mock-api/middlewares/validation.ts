/**
 * Validates every create and update before json-server's router stores it: the merged record
 * against the shared domain rules, then against the rest of the data (references, uniqueness).
 * Runs synchronously, so no other write can slip in between the check and the store.
 */
import type { RequestHandler } from 'express';
import { SCHEMAS } from '../../src/domain/schema';
import type { StoredResource } from '../../src/domain/types';
import { validateRecord, withDefaults, type FieldErrors, type Input } from '../../src/domain/validation';
import { targetOf, type AnyRecord, type GetDatabase } from '../context';
import { invalid } from '../errors';
import { checkImmutable, checkIntegrity } from '../integrity';

/** Drops what a client may not set: the id and server-set fields. */
function clientFields(resource: StoredResource, body: Input): Input {
  const result: Input = {};
  for (const [field, value] of Object.entries(body)) {
    if (field === 'id' || SCHEMAS[resource][field]?.serverSet) continue;
    result[field] = value;
  }
  return result;
}

export function validateWrites(getDb: GetDatabase): RequestHandler {
  return (req, res, next) => {
    if (req.method !== 'POST' && req.method !== 'PUT' && req.method !== 'PATCH') {
      next();
      return;
    }
    const { resource, existing } = targetOf(res);
    if (resource === 'scorecards') return next();
    const body = clientFields(resource, req.body as Input);
    const frozen = existing ? checkImmutable(resource, existing, body) : {};
    if (Object.keys(frozen).length) throw invalid(frozen);
    const merged: Input = existing ? { ...existing, ...body } : withDefaults(resource, body);
    const { record, errors } = validateRecord(resource, merged);
    const db = getDb();
    const integrityErrors = checkIntegrity(db, resource, record, existing, Object.keys(errors).length === 0);
    const allErrors: FieldErrors = { ...integrityErrors, ...errors };
    if (Object.keys(allErrors).length) throw invalid(allErrors);
    let id: number;
    if (existing) {
      id = existing.id;
    } else {
      id = db._sequences[resource];
      db._sequences[resource] += 1;
    }
    req.body = { id, ...record } as AnyRecord;
    next();
  };
}
