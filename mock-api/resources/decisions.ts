/**
 * Decisions: taken by the executive signed in; after the first, each names the decision it
 * overturns; one against the recommendation is confirmed; the evidence (and the scenario
 * simulated) is frozen into it, and so is the decision itself. Recording one moves its pilot.
 */
import { captureEvidence } from '../../src/domain/evidence';
import { isAgainstRecommendation } from '../../src/domain/recommendation';
import { simulateGeneralization, simulationEvidenceOf, type Scenario } from '../../src/domain/simulation';
import type { Database, Decision, DecisionKind, Feedback, Measurement, PilotStage, Training } from '../../src/domain/types';
import type { FieldErrors, Input } from '../../src/domain/validation';
import { appendAudit, changedFields } from '../audit';
import { conflict } from '../errors';
import { markChanged } from '../store/changes';
import { COLD_COLLECTIONS } from '../store/types';
import type { IntegrityLookup, ResourceModule } from './types';

const STAGE_AFTER: Record<Decision['decision'], PilotStage> = {
  generalize: 'generalized',
  extend: 'running',
  stop: 'stopped',
};

/** The pilot's decisions, oldest first. */
const decisionsOf = (lookup: IntegrityLookup, pilotId: number): Decision[] =>
  (lookup.pilotRecords('decisions', pilotId) as unknown as Decision[]).slice().sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id - b.id));

/** The generalization scenario the decision was taken with, simulated on the pilot's data now. */
function simulationOf(db: Database, pilotId: number, scenario: Scenario, lookup: IntegrityLookup) {
  const pilot = db.pilots.find((p) => p.id === pilotId)!;
  const kpis = db.kpis.filter((k) => k.pilotId === pilotId);
  return simulateGeneralization(simulationEvidenceOf(pilot, kpis, lookup.pilotRecords('measurements', pilotId) as unknown as Measurement[]), scenario);
}

/** The pilot's scorecard and latest KPI values now, to freeze into a decision. */
function evidenceOf(db: Database, pilotId: number, today: string, lookup: IntegrityLookup) {
  const pilot = db.pilots.find((p) => p.id === pilotId)!;
  const ofPilot = <T extends { pilotId: number }>(records: T[]) => records.filter((r) => r.pilotId === pilotId);
  const now = new Date().toISOString();
  return captureEvidence(
    {
      pilot,
      kpis: ofPilot(db.kpis),
      measurements: lookup.pilotRecords('measurements', pilotId) as unknown as Measurement[],
      trainings: lookup.pilotRecords('trainings', pilotId) as unknown as Training[],
      feedback: lookup.pilotRecords('feedback', pilotId) as unknown as Feedback[],
    },
    now.startsWith(today) ? now : `${today}T12:00:00.000Z`,
  );
}

/**
 * A new decision: after the first, it must name the pilot's latest decision in `supersedesId`
 * (409 otherwise); an extension moves the end date forward; against the recommendation it must be
 * confirmed (`againstRecommendation: true`, 409 otherwise). Freezes the evidence it is taken on.
 */
function checkNewDecision(db: Database, record: Input, errors: FieldErrors, today: string, lookup: IntegrityLookup): void {
  const pilot = db.pilots.find((p) => p.id === record.pilotId);
  if (!pilot) return;
  if (record.decision === 'extend' && String(record.newEndDate) <= String(pilot.endDate)) {
    errors.newEndDate = `Must be after the pilot's current end date (${pilot.endDate})`;
  }
  const latest = decisionsOf(lookup, pilot.id).at(-1);
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
  const evidence = evidenceOf(db, pilot.id, today, lookup);
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
  record.evidence = record.scenario ? { ...evidence, simulation: simulationOf(db, pilot.id, record.scenario as Scenario, lookup) } : evidence;
  // The scenario lives on in the evidence, with what it projected.
  delete record.scenario;
}

/** Recording a decision moves its pilot's stage (and end date, for an extension): a change to the pilot, which gets a new version. */
export function applyDecision(db: Database, decision: Decision): void {
  const pilot = db.pilots.find((p) => p.id === decision.pilotId);
  if (!pilot) return;
  pilot.stage = STAGE_AFTER[decision.decision];
  if (decision.decision === 'extend' && decision.newEndDate) pilot.endDate = decision.newEndDate;
  pilot.version = (pilot.version ?? 1) + 1;
  markChanged(db, 'pilots', pilot.id);
}

export const decisions: ResourceModule = {
  label: 'decision',
  attribute: (record, actor) => ({ ...record, decidedBy: actor.id }),
  // A new decision follows the pilot's latest, and freezes its evidence, trainings and feedback included.
  readsPilotRecords: (_db, method, body) => (method === 'POST' && typeof body.pilotId === 'number' ? { pilotId: body.pilotId, collections: COLD_COLLECTIONS } : undefined),
  check(db, record, existing, errors, today, lookup) {
    if (!existing) checkNewDecision(db, record, errors, today, lookup);
  },
  frozen: {
    fields: ['pilotId', 'decision', 'newEndDate', 'supersedesId', 'againstRecommendation', 'date', 'scenario'],
    reason: 'A decision cannot be changed once recorded: record a new decision instead',
  },
  afterWrite({ db, method, written, userId, via }) {
    if (method !== 'POST') return;
    const pilot = db.pilots.find((p) => p.id === written.pilotId);
    if (!pilot) return;
    const pilotBefore = { ...pilot };
    applyDecision(db, written as unknown as Decision);
    appendAudit(db, { ...via, userId, action: 'update', resource: 'pilots', recordId: pilot.id, pilotId: pilot.id, changes: changedFields(pilotBefore, { ...pilot }) });
  },
};
