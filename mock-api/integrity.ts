/**
 * Rules that need the rest of the data: references to existing records, uniqueness, one adoption
 * KPI per pilot, server-derived fields, and what may not be deleted or moved while others depend on it.
 */
import { captureEvidence } from '../src/domain/evidence';
import { SCHEMAS, referencesTo } from '../src/domain/schema';
import type { Database, StoredResource } from '../src/domain/types';
import type { FieldErrors, Input } from '../src/domain/validation';
import { collection, type AnyRecord } from './context';
import { HttpError } from './errors';

const normalise = (value: unknown) => String(value).trim().toLowerCase();

function findById(db: Database, resource: StoredResource, id: unknown): AnyRecord | undefined {
  return collection(db, resource).find((r) => r.id === id);
}

const countWhere = (db: Database, resource: StoredResource, field: string, value: unknown) =>
  collection(db, resource).reduce((n, r) => (r[field] === value ? n + 1 : n), 0);

const LABELS: Record<StoredResource, string> = {
  users: 'user',
  pilots: 'pilot',
  kpis: 'KPI',
  measurements: 'measurement',
  trainings: 'training',
  feedback: 'feedback',
  decisions: 'decision',
};

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
): FieldErrors {
  const errors: FieldErrors = {};
  for (const [field, spec] of Object.entries(SCHEMAS[resource])) {
    const value = record[field];
    if (spec.type === 'reference' && !spec.serverSet && value !== undefined && !findById(db, spec.reference, value)) {
      errors[field] = `No ${LABELS[spec.reference]} with id ${String(value)}`;
    }
    if (spec.type === 'text' && spec.unique && typeof value === 'string') {
      const clash = collection(db, resource).find((r) => r.id !== existing?.id && normalise(r[field]) === normalise(value));
      if (clash) errors[field] = `Already used by another ${LABELS[resource]}`;
    }
  }
  if (!fieldsValid || Object.keys(errors).length) return errors;

  switch (resource) {
    case 'pilots': {
      const owner = findById(db, 'users', record.ownerId);
      if (owner?.role !== 'manager') errors.ownerId = 'The owner must be a user with the manager role';
      break;
    }
    case 'users':
      if (existing?.role === 'manager' && record.role !== 'manager') {
        const owned = countWhere(db, 'pilots', 'ownerId', existing.id);
        if (owned) errors.role = `This manager owns ${owned} pilot(s): give them another owner first`;
      }
      break;
    case 'kpis':
      if (record.kind === 'adoption') {
        const other = collection(db, 'kpis').find(
          (k) => k.pilotId === record.pilotId && k.kind === 'adoption' && k.id !== existing?.id,
        );
        if (other) errors.kind = `This pilot already has an adoption KPI ("${String(other.name)}")`;
      }
      if (existing && existing.pilotId !== record.pilotId && countWhere(db, 'measurements', 'kpiId', existing.id)) {
        errors.pilotId = 'This KPI has measurements: it cannot move to another pilot';
      }
      break;
    case 'measurements':
      record.pilotId = findById(db, 'kpis', record.kpiId)?.pilotId;
      break;
    case 'decisions': {
      if (existing) break;
      const pilot = findById(db, 'pilots', record.pilotId);
      if (record.decision === 'extend' && pilot && String(record.newEndDate) <= String(pilot.endDate)) {
        errors.newEndDate = `Must be after the pilot's current end date (${String(pilot.endDate)})`;
      }
      if (pilot) record.evidence = evidenceOf(db, pilot.id as number);
      break;
    }
  }
  return errors;
}

/** The pilot's scorecard and latest KPI values now, to freeze into a decision. */
function evidenceOf(db: Database, pilotId: number) {
  const pilot = db.pilots.find((p) => p.id === pilotId)!;
  const ofPilot = <T extends { pilotId: number }>(records: T[]) => records.filter((r) => r.pilotId === pilotId);
  return captureEvidence(
    { pilot, kpis: ofPilot(db.kpis), measurements: ofPilot(db.measurements), trainings: ofPilot(db.trainings), feedback: ofPilot(db.feedback) },
    new Date().toISOString(),
  );
}

/** Fields that cannot change once a record exists, because something was done on the strength of them. */
const IMMUTABLE: Partial<Record<StoredResource, { fields: string[]; reason: string }>> = {
  decisions: {
    fields: ['pilotId', 'decision', 'newEndDate'],
    reason: 'A decision cannot be changed once recorded: record a new decision instead',
  },
};

/** The immutable fields that `changes` would alter on `existing`. */
export function checkImmutable(resource: StoredResource, existing: AnyRecord, changes: Input): FieldErrors {
  const rule = IMMUTABLE[resource];
  const errors: FieldErrors = {};
  for (const field of rule?.fields ?? []) {
    if (field in changes && (existing[field] ?? null) !== (changes[field] ?? null)) errors[field] = rule!.reason;
  }
  return errors;
}

/** Refuses to delete a record that others point to (json-server would silently delete them too). */
export function assertDeletable(db: Database, resource: StoredResource, id: number): void {
  const dependents = referencesTo(resource)
    .map(({ resource: other, field }) => ({ other, count: countWhere(db, other, field, id) }))
    .filter(({ count }) => count > 0);
  if (dependents.length) {
    const list = dependents.map(({ other, count }) => `${count} ${other}`).join(', ');
    throw new HttpError(409, `This ${LABELS[resource]} cannot be deleted: ${list} depend on it. Delete or move them first.`);
  }
}
