import type { Decision } from '../../src/domain/types';
import { SEED_TODAY, type SeedContext } from './context';
import { addMonths } from './dates';

const RATIONALES = {
  generalize: 'Adoption and impact targets met; agents trained and satisfied. Roll out to every service.',
  stop: 'Adoption stayed far below target and users preferred the existing process. Resources move to other pilots.',
  extend: 'Encouraging results but not enough evidence yet: extend to cover a full annual cycle.',
} as const;

/** Decided pilots get the decision that moved them; some running ones were extended once. */
export function generateDecisions(ctx: SeedContext): Decision[] {
  const executives = ctx.db.users.filter((u) => u.role === 'executive');
  const decisions: Decision[] = [];
  for (const pilot of ctx.db.pilots) {
    const decidedBy = executives[pilot.id % executives.length].id;
    const add = (decision: Omit<Decision, 'id' | 'pilotId' | 'decidedBy'>) =>
      decisions.push({ id: decisions.length + 1, pilotId: pilot.id, decidedBy, ...decision });
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
