/**
 * Rules that need the rest of the data, generic over the resources: references to existing
 * records, uniqueness, then each resource's own rules (`resources/<resource>.ts`); fields frozen
 * after creation; and what may not be deleted while others depend on it.
 */
import { SCHEMAS, referencesTo } from '../src/domain/schema';
import type { Database, Measurement, StoredResource } from '../src/domain/types';
import type { FieldErrors, Input } from '../src/domain/validation';
import type { ColdRecords } from './coldRecords';
import { collection, positionById, type AnyRecord } from './context';
import { HttpError } from './errors';
import type { MeasurementAt } from './measurementSlots';
import { RESOURCES, type IntegrityLookup } from './resources';

export type { IntegrityLookup } from './resources';

const normalise = (value: unknown) => String(value).trim().toLowerCase();

function findById(db: Database, resource: StoredResource, id: unknown): AnyRecord | undefined {
  if (typeof id !== 'number') return undefined;
  const records = collection(db, resource);
  return records[positionById(records, id)];
}

/** Finds a KPI's measurement on a date by scanning them all: for data without an index (`measurementSlots`). */
const scanMeasurements =
  (db: Database): IntegrityLookup['measurementAt'] =>
  (kpiId, group, date) => {
    const all = db.measurements;
    for (let i = 0; i < all.length; i += 1) {
      const m = all[i];
      if (m.kpiId === kpiId && m.date === date && m.group === group) return m;
    }
    return undefined;
  };

/**
 * A pilot's records of a collection: from those read before the checks (`read`, the records of the
 * pilots the write named), else from the live data, which holds them all unless the store keeps
 * them to itself (`cold`): a check that asks for records not read then is a bug, never a silent miss.
 */
const pilotRecordsOf =
  (db: Database, read: ReadonlyMap<string, readonly AnyRecord[]> | undefined, cold: ColdRecords | undefined): IntegrityLookup['pilotRecords'] =>
  (resource, pilotId) => {
    if (read?.has(resource)) return read.get(resource)!.filter((r) => r.pilotId === pilotId);
    if (cold?.holds(resource)) throw new Error(`The ${resource} of pilot ${pilotId} were not read before the checks`);
    return collection(db, resource).filter((r) => r.pilotId === pilotId);
  };

/** A KPI's measurement on a date among the measurements read before the checks. */
const measurementAmong =
  (measurements: readonly AnyRecord[]): IntegrityLookup['measurementAt'] =>
  (kpiId, group, date) =>
    measurements.find((m) => m.kpiId === kpiId && m.date === date && m.group === group) as Measurement | undefined;

/**
 * How the rules find records when one record is written: by id; a KPI's measurement on a date (by
 * scanning, unless given an index or the measurements were read before); a pilot's records (from
 * the live data, unless read before: `read`, which a store that keeps them to itself requires).
 */
export function scanningLookup(db: Database, measurementAt?: MeasurementAt, read?: ReadonlyMap<string, readonly AnyRecord[]>, cold?: ColdRecords): IntegrityLookup {
  const pilotRecords = pilotRecordsOf(db, read, cold);
  const measurements = read?.get('measurements');
  return {
    byId: (resource, id) => (cold?.holds(resource) ? (typeof id === 'number' && cold.versionOf(resource, id) !== undefined ? { id } : undefined) : findById(db, resource, id)),
    measurementAt:
      measurements && cold?.holds('measurements')
        ? measurementAmong(measurements)
        : cold?.holds('measurements')
          ? () => {
              throw new Error('The measurements were not read before the checks');
            }
          : (measurementAt ?? scanMeasurements(db)),
    pilotRecords,
  };
}

const countWhere = (db: Database, resource: StoredResource, field: string, value: number, cold?: ColdRecords) =>
  cold?.holds(resource) ? cold.count(resource, field, value) : collection(db, resource).reduce((n, r) => (r[field] === value ? n + 1 : n), 0);

/**
 * Checks `record` against the rest of the data; may fill in derived fields. `record` holds only
 * the fields that are valid on their own; the rules between records run only when all are.
 */
export function checkIntegrity(
  db: Database,
  resource: StoredResource,
  record: Input,
  existing: AnyRecord | undefined,
  fieldsValid: boolean,
  today: string,
  lookup: IntegrityLookup = scanningLookup(db),
): FieldErrors {
  const errors: FieldErrors = {};
  for (const [field, spec] of Object.entries(SCHEMAS[resource])) {
    const value = record[field];
    if (spec.type === 'reference' && !spec.serverSet && value !== undefined && value !== null && !lookup.byId(spec.reference, value)) {
      errors[field] = `No ${RESOURCES[spec.reference].label} with id ${String(value)}`;
    }
    if (spec.type === 'text' && spec.unique && typeof value === 'string') {
      const clash = collection(db, resource).find((r) => r.id !== existing?.id && normalise(r[field]) === normalise(value));
      if (clash) errors[field] = `Already used by another ${RESOURCES[resource].label}`;
    }
  }
  if (!fieldsValid || Object.keys(errors).length) return errors;
  RESOURCES[resource].check?.(db, record, existing, errors, today, lookup);
  return errors;
}

/** The immutable fields that `changes` would alter on `existing`. */
export function checkImmutable(resource: StoredResource, existing: AnyRecord, changes: Input): FieldErrors {
  const rule = RESOURCES[resource].frozen;
  const errors: FieldErrors = {};
  for (const field of rule?.fields ?? []) {
    if (field in changes && (existing[field] ?? null) !== (changes[field] ?? null)) errors[field] = rule!.reason;
  }
  return errors;
}

/** Refuses to delete a record that others point to (json-server would silently delete them too), those the store keeps to itself (`cold`) included. */
export function assertDeletable(db: Database, resource: StoredResource, id: number, cold?: ColdRecords): void {
  const dependents = referencesTo(resource)
    .map(({ resource: other, field }) => ({ other, count: countWhere(db, other, field, id, cold) }))
    .filter(({ count }) => count > 0);
  if (dependents.length) {
    const list = dependents.map(({ other, count }) => `${count} ${other}`).join(', ');
    throw new HttpError(409, `This ${RESOURCES[resource].label} cannot be deleted: ${list} depend on it. Delete or move them first.`);
  }
}
