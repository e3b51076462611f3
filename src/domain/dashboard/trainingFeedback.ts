/** Training coverage by pilot, and satisfaction by stakeholder group and its trend. */
import { satisfactionOf } from '../scorecard';
import { addQuarters, monthOf, quarterOf, quarterRange } from '../series';
import { STAKEHOLDERS, type DashboardFilter, type Feedback, type IsoDate, type Stakeholder, type TrainingAndFeedback } from '../types';
import { asOfDay } from './headline';
import { isUnderWay, selectPilots, type Portfolio } from './portfolio';

export const COVERAGE_ROWS = 10;
/** Without a period start, the satisfaction trend covers this many quarters. */
export const TREND_QUARTERS = 8;

function bySatisfaction(feedback: readonly Feedback[]) {
  const groups = new Map<Stakeholder, { sum: number; responses: number }>();
  for (const f of feedback) {
    const entry = groups.get(f.stakeholder) ?? { sum: 0, responses: 0 };
    entry.sum += f.rating;
    entry.responses += 1;
    groups.set(f.stakeholder, entry);
  }
  return STAKEHOLDERS.flatMap((stakeholder) => {
    const entry = groups.get(stakeholder);
    if (!entry) return [];
    const rating = entry.sum / entry.responses;
    return [{ stakeholder, rating, satisfaction: satisfactionOf(rating), responses: entry.responses }];
  });
}

export function trainingAndFeedback(portfolio: Portfolio, filter: DashboardFilter, today: IsoDate): TrainingAndFeedback {
  const pilots = selectPilots(portfolio, filter);
  const underWay = pilots.filter((p) => isUnderWay(p.stage));
  const rows = underWay
    .map((p) => ({
      pilotId: p.id,
      name: p.name,
      coverage: portfolio.scorecards.get(p.id)?.trainingCoverage ?? null,
      completed: 0,
      agentsToTrain: p.agentsToTrain ?? null,
    }))
    // Least covered first; pilots whose coverage is unknown (no agents to train given, no session) last.
    .sort((a, b) => (a.coverage ?? Infinity) - (b.coverage ?? Infinity) || a.pilotId - b.pilotId);
  const completed = new Map<number, number>();
  for (const t of portfolio.sources.trainings) completed.set(t.pilotId, (completed.get(t.pilotId) ?? 0) + t.completed);
  for (const row of rows) row.completed = completed.get(row.pilotId) ?? 0;
  const targets = rows.reduce((sum, r) => sum + (r.agentsToTrain ?? 0), 0);
  const trained = rows.reduce((sum, r) => sum + (r.agentsToTrain ? Math.min(r.completed, r.agentsToTrain) : 0), 0);

  const ids = new Set(pilots.map((p) => p.id));
  const asOf = asOfDay(filter, today);
  const from = filter.from ?? monthOf(quarterRange(addQuarters(quarterOf(asOf), -(TREND_QUARTERS - 1))).start);
  const feedback = portfolio.sources.feedback.filter((f) => ids.has(f.pilotId) && monthOf(f.date) >= from && f.date <= asOf);
  const quarters = new Map<string, Feedback[]>();
  for (const f of feedback) {
    const quarter = quarterOf(f.date);
    const list = quarters.get(quarter);
    if (list) list.push(f);
    else quarters.set(quarter, [f]);
  }

  return {
    coverage: { overall: targets > 0 ? trained / targets : null, pilots: rows.slice(0, COVERAGE_ROWS), total: rows.length },
    satisfaction: bySatisfaction(feedback),
    trend: [...quarters.entries()]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .flatMap(([quarter, list]) => bySatisfaction(list).map(({ stakeholder, satisfaction, responses }) => ({ quarter, stakeholder, satisfaction, responses }))),
  };
}
