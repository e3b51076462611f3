import { captureEvidence } from '../../src/domain/evidence';
import { isAgainstRecommendation } from '../../src/domain/recommendation';
import { groupByPilot } from '../../src/domain/scorecard';
import type { Decision, IsoDate } from '../../src/domain/types';
import { SEED_TODAY, type SeedContext } from './context';
import { addMonths } from './dates';

const RATIONALES = {
  generalize: 'Adoption and impact targets met; agents trained and satisfied. Roll out to every service.',
  stop: 'Adoption stayed far below target and users preferred the existing process. Resources move to other pilots.',
  extend: 'Encouraging results but not enough evidence yet: extend to cover a full annual cycle.',
} as const;

/**
 * Decided pilots get the decision that moved them; some running ones were extended once. Each
 * carries the evidence it would have been taken on: the records dated up to the decision.
 */
export function generateDecisions(ctx: SeedContext): Decision[] {
  const executives = ctx.db.users.filter((u) => u.role === 'executive');
  const decisions: Decision[] = [];
  const kpis = groupByPilot(ctx.db.kpis);
  const measurements = groupByPilot(ctx.db.measurements);
  const trainings = groupByPilot(ctx.db.trainings);
  const feedback = groupByPilot(ctx.db.feedback);
  for (const pilot of ctx.db.pilots) {
    const decidedBy = executives[pilot.id % executives.length].id;
    const upTo = <T extends { date: IsoDate }>(records: T[] | undefined, date: IsoDate) => (records ?? []).filter((r) => r.date <= date);
    const add = (decision: Pick<Decision, 'date' | 'decision' | 'rationale' | 'newEndDate'>) => {
      const evidence = captureEvidence(
        {
          pilot,
          kpis: kpis.get(pilot.id) ?? [],
          measurements: upTo(measurements.get(pilot.id), decision.date),
          trainings: upTo(trainings.get(pilot.id), decision.date),
          feedback: upTo(feedback.get(pilot.id), decision.date),
        },
        `${decision.date}T12:00:00.000Z`,
      );
      decisions.push({
        id: decisions.length + 1,
        pilotId: pilot.id,
        decidedBy,
        ...decision,
        againstRecommendation: isAgainstRecommendation(decision.decision, evidence.scorecard.recommendation),
        evidence,
        version: 1,
      });
    };
    if (pilot.stage === 'generalized' || pilot.stage === 'stopped') {
      const decision = pilot.stage === 'generalized' ? 'generalize' : 'stop';
      add({ date: pilot.endDate, decision, rationale: RATIONALES[decision] });
    } else if (pilot.stage === 'running') {
      const originalEnd = addMonths(pilot.startDate, 12);
      if (originalEnd <= SEED_TODAY && originalEnd < pilot.endDate) {
        add({ date: originalEnd, decision: 'extend', rationale: RATIONALES.extend, newEndDate: pilot.endDate });
      }
    }
  }
  return decisions;
}
