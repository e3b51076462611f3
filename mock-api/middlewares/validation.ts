/**
 * Validates every create and update before json-server's router stores it: the merged record
 * against the shared domain rules, then against the rest of the data (references, uniqueness).
 * Runs synchronously, so no other write can slip in between the check and the store. Sets the
 * record's next `version`.
 */
import type { RequestHandler } from 'express';
import { SCHEMAS } from '../../src/domain/schema';
import type { StoredResource } from '../../src/domain/types';
import { todayIso } from '../../src/domain/format';
import { validateRecord, withDefaults, type FieldErrors, type Input } from '../../src/domain/validation';
import { contextOf, isStored, targetOf, type AnyRecord } from '../context';
import type { ColdRecords } from '../coldRecords';
import type { Data } from '../database';
import { invalid } from '../errors';
import { checkImmutable, checkIntegrity, scanningLookup } from '../integrity';
import type { MeasurementAt } from '../measurementSlots';
import { attribute } from '../resources';
import { actorOf } from './auth';

/** Drops what a client may not set: the id and server-set fields. */
export function clientFields(resource: StoredResource, body: Input): Input {
  const result: Input = {};
  for (const [field, value] of Object.entries(body)) {
    if (field === 'id' || SCHEMAS[resource][field]?.serverSet) continue;
    result[field] = value;
  }
  return result;
}

/** `cold`: the records the store keeps to itself, whose existence the references are checked against. */
export function validateWrites(data: Data, measurementAt?: MeasurementAt, cold?: ColdRecords): RequestHandler {
  return (req, res, next) => {
    const { resource, existing } = targetOf(res);
    if (!['POST', 'PUT', 'PATCH'].includes(req.method) || !isStored(resource)) return next();
    const body = clientFields(resource, req.body as Input);
    const frozen = existing ? checkImmutable(resource, existing, body) : {};
    if (Object.keys(frozen).length) throw invalid(frozen);
    const merged = attribute(resource, existing ? { ...existing, ...body } : withDefaults(resource, body), actorOf(res), !existing);
    const today = todayIso();
    const { record, errors } = validateRecord(resource, merged, today);
    const db = data.get();
    const lookup = scanningLookup(db, measurementAt, contextOf(res).pilotRecords, cold);
    const integrityErrors = checkIntegrity(db, resource, record, existing, Object.keys(errors).length === 0, today, lookup);
    const allErrors: FieldErrors = { ...integrityErrors, ...errors, ...contextOf(res).fieldErrors };
    if (Object.keys(allErrors).length) throw invalid(allErrors);
    let id: number;
    if (existing) {
      id = existing.id;
    } else {
      id = db._sequences[resource];
      db._sequences[resource] += 1;
    }
    req.body = { id, ...record, version: existing ? Number(existing.version ?? 0) + 1 : 1 } as AnyRecord;
    next();
  };
}
