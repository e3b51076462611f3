/**
 * Rules that need the rest of the data: references to existing records, uniqueness, one adoption
 * KPI per pilot, server-derived fields, and what may not be deleted or moved while others depend on it.
 */
import { captureEvidence } from '../src/domain/evidence';
import { isAgainstRecommendation } from '../src/domain/recommendation';
import { simulateGeneralization, simulationEvidenceOf, type Scenario } from '../src/domain/simulation';
import { SCHEMAS, referencesTo } from '../src/domain/schema';
import { isDecidedStage, settableStages } from '../src/domain/stages';
import type { Database, Decision, DecisionKind, Kpi, Measurement, PilotStage, StoredResource } from '../src/domain/types';
import { checkKpiValue, describeProblem, type FieldErrors, type Input } from '../src/domain/validation';
import { collection, positionById, type AnyRecord } from './context';
import { HttpError, conflict } from './errors';

const normalise = (value: unknown) => String(value).trim().toLowerCase();

function findById(db: Database, resource: StoredResource, id: unknown): AnyRecord | undefined {
  if (typeof id !== 'number') return undefined;
  const records = collection(db, resource);
  return records[positionById(records, id)];
}

/** How the rules find records: by scanning (one write), or through indexes (an import of many rows). */
export interface IntegrityLookup {
  byId(resource: StoredResource, id: unknown): AnyRecord | undefined;
  /** The KPI's measurement on `date` at `group` of sites, if any. */
  measurementAt(kpiId: number, group: string, date: string): Measurement | undefined;
}

export const scanningLookup = (db: Database): IntegrityLookup => ({
  byId: (resource, id) => findById(db, resource, id),
  measurementAt: (kpiId, group, date) => {
    // A plain loop: this runs on every measurement written, over all of them.
    const all = db.measurements;
    for (let i = 0; i < all.length; i += 1) {
      const m = all[i];
      if (m.kpiId === kpiId && m.date === date && m.group === group) return m;
    }
    return undefined;
  },
});

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
  today: string,
  lookup: IntegrityLookup = scanningLookup(db),
): FieldErrors {
  const errors: FieldErrors = {};
  for (const [field, spec] of Object.entries(SCHEMAS[resource])) {
    const value = record[field];
    if (spec.type === 'reference' && !spec.serverSet && value !== undefined && value !== null && !lookup.byId(spec.reference, value)) {
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
      const stageProblem = checkStage(existing?.stage as PilotStage | undefined, record.stage as PilotStage);
      if (stageProblem) errors.stage = stageProblem;
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
      // Only a change of unit kind or scale can put existing measurements out of range: scan them then.
      if (existing && (existing.unitKind !== record.unitKind || (existing.scaleMax ?? null) !== (record.scaleMax ?? null))) {
        const outside = db.measurements.filter((m) => m.kpiId === existing.id && checkKpiValue(record as unknown as Kpi, m.value)).length;
        if (outside) errors.unitKind = `${outside} measurement(s) of this KPI would fall outside the range of this unit: correct them first`;
      }
      break;
    case 'measurements': {
      const kpi = lookup.byId('kpis', record.kpiId) as unknown as Kpi;
      record.pilotId = kpi.pilotId;
      const valueProblem = checkKpiValue(kpi, record.value);
      if (valueProblem) errors.value = describeProblem(valueProblem);
      const found = lookup.measurementAt(kpi.id, String(record.group), String(record.date));
      const twin = found && found.id !== existing?.id ? found : undefined;
      if (twin && !errors.value) {
        const where = twin.group === 'comparison' ? ' at its comparison sites' : '';
        throw conflict(
          `This KPI already has a measurement${where} on ${twin.date} (id ${twin.id}, value ${twin.value}): change that one instead`,
          { date: `Already measured${where} on this date (measurement ${twin.id})` },
          { existingId: twin.id, existing: twin },
        );
      }
      break;
    }
    case 'decisions':
      if (!existing) checkNewDecision(db, record, errors, today);
      break;
  }
  return errors;
}

/** Why a pilot cannot be put in `next` by an edit (decisions alone decide), or null. */
function checkStage(current: PilotStage | undefined, next: PilotStage): string | null {
  if (current === next || settableStages(current).includes(next)) return null;
  if (current === undefined) return `A new pilot starts as ${settableStages().join(' or ')}`;
  if (isDecidedStage(current)) return `This pilot was ${current} by a decision: only a new decision can change its stage`;
  return `Only a decision makes a pilot ${next}: record a decision instead`;
}

/** The pilot's decisions, oldest first. */
const decisionsOf = (db: Database, pilotId: unknown): Decision[] =>
  db.decisions.filter((d) => d.pilotId === pilotId).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id - b.id));

/**
 * A new decision: after the first, it must name the pilot's latest decision in `supersedesId`
 * (409 otherwise); an extension moves the end date forward; against the recommendation it must be
 * confirmed (`againstRecommendation: true`, 409 otherwise). Freezes the evidence it is taken on.
 */
function checkNewDecision(db: Database, record: Input, errors: FieldErrors, today: string): void {
  const pilot = db.pilots.find((p) => p.id === record.pilotId);
  if (!pilot) return;
  if (record.decision === 'extend' && String(record.newEndDate) <= String(pilot.endDate)) {
    errors.newEndDate = `Must be after the pilot's current end date (${pilot.endDate})`;
  }
  const latest = decisionsOf(db, pilot.id).at(-1);
  if (!latest && record.supersedesId != null) errors.supersedesId = 'This pilot has no decision to overturn';
  if (latest) {
    if (record.supersedesId == null) {
      throw conflict(
        `This pilot was already decided (${latest.decision} on ${latest.date}, decision ${latest.id}): name that decision in supersedesId and say in the rationale why you overturn it`,
        { supersedesId: `Required: this decision overturns decision ${latest.id} (${latest.decision}, ${latest.date})` },
        { latestDecisionId: latest.id },
      );
    }
    if (record.supersedesId !== latest.id) {
      throw conflict(
        `Decision ${String(record.supersedesId)} is not this pilot's latest decision: overturn decision ${latest.id} (${latest.decision}, ${latest.date})`,
        { supersedesId: `Must be the pilot's latest decision (${latest.id})` },
        { latestDecisionId: latest.id },
      );
    }
    if (String(record.date) < latest.date) errors.date = `Must not be before the decision it overturns (${latest.date})`;
  }
  if (Object.keys(errors).length) return;
  const evidence = evidenceOf(db, pilot.id, today);
  const recommendation = evidence.scorecard.recommendation;
  const against = isAgainstRecommendation(record.decision as DecisionKind, recommendation);
  if (against && record.againstRecommendation !== true) {
    throw conflict(
      `The evidence recommends "${recommendation}", not "${String(record.decision)}": confirm the decision with againstRecommendation: true`,
      { againstRecommendation: `Confirm that you decide against the recommendation (${recommendation})` },
      { recommendation },
    );
  }
  record.againstRecommendation = against;
  record.evidence = record.scenario ? { ...evidence, simulation: simulationOf(db, pilot.id, record.scenario as Scenario) } : evidence;
  // The scenario lives on in the evidence, with what it projected.
  delete record.scenario;
}

/** The generalization scenario the decision was taken with, simulated on the pilot's data now. */
function simulationOf(db: Database, pilotId: number, scenario: Scenario) {
  const pilot = db.pilots.find((p) => p.id === pilotId)!;
  const kpis = db.kpis.filter((k) => k.pilotId === pilotId);
  return simulateGeneralization(simulationEvidenceOf(pilot, kpis, db.measurements.filter((m) => m.pilotId === pilotId)), scenario);
}

/** The pilot's scorecard and latest KPI values now, to freeze into a decision. */
function evidenceOf(db: Database, pilotId: number, today: string) {
  const pilot = db.pilots.find((p) => p.id === pilotId)!;
  const ofPilot = <T extends { pilotId: number }>(records: T[]) => records.filter((r) => r.pilotId === pilotId);
  const now = new Date().toISOString();
  return captureEvidence(
    { pilot, kpis: ofPilot(db.kpis), measurements: ofPilot(db.measurements), trainings: ofPilot(db.trainings), feedback: ofPilot(db.feedback) },
    now.startsWith(today) ? now : `${today}T12:00:00.000Z`,
  );
}

/** Fields that cannot change once a record exists, because something was done on the strength of them. */
const IMMUTABLE: Partial<Record<StoredResource, { fields: string[]; reason: string }>> = {
  decisions: {
    fields: ['pilotId', 'decision', 'newEndDate', 'supersedesId', 'againstRecommendation', 'date', 'scenario'],
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
