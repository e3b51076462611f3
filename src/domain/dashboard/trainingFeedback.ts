/** Training coverage by pilot, and satisfaction by stakeholder group and its trend. */
import { satisfactionOf } from '../scorecard';
import { addQuarters, monthOf, quarterOf, quarterRange } from '../series';
import { STAKEHOLDERS, type DashboardFilter, type IsoDate, type Pilot, type TrainingAndFeedback } from '../types';
import { asOfDay } from './headline';
import { activityBetween, firstRanked, isUnderWay, selectPilots, selectSegments, type MonthActivity, type Portfolio } from './portfolio';

export const COVERAGE_ROWS = 10;
/** Without a period start, the satisfaction trend covers this many quarters. */
export const TREND_QUARTERS = 8;

/** Satisfaction by stakeholder group, from the groups' rating sums and counts. */
function bySatisfaction({ ratingSum, ratings }: MonthActivity) {
  return STAKEHOLDERS.flatMap((stakeholder, i) => {
    if (!ratings[i]) return [];
    const rating = ratingSum[i] / ratings[i];
    return [{ stakeholder, rating, satisfaction: satisfactionOf(rating), responses: ratings[i] }];
  });
}

export function trainingAndFeedback(portfolio: Portfolio, filter: DashboardFilter, today: IsoDate): TrainingAndFeedback {
  const pilots = selectPilots(portfolio, filter);
  const underWay = pilots.filter((p) => isUnderWay(p.stage));
  const coverage = (p: Pilot) => portfolio.scorecards.get(p.id)?.trainingCoverage ?? null;
  const completed = (p: Pilot) => portfolio.trained.get(p.id) ?? 0;
  let targets = 0;
  let trained = 0;
  for (const p of underWay) {
    if (!p.agentsToTrain) continue;
    targets += p.agentsToTrain;
    trained += Math.min(completed(p), p.agentsToTrain);
  }
  // Least covered first; pilots whose coverage is unknown (no agents to train given, no session) last.
  const leastCovered = firstRanked(underWay, COVERAGE_ROWS, (a, b) => (coverage(a) ?? Infinity) - (coverage(b) ?? Infinity) || a.id - b.id);

  // Feedback is never dated after today: months up to the one of the day figures are taken at.
  const asOf = asOfDay(filter, today);
  const from = filter.from ?? monthOf(quarterRange(addQuarters(quarterOf(asOf), -(TREND_QUARTERS - 1))).start);
  const segments = selectSegments(portfolio, filter);
  const overall = activityBetween(segments, from, monthOf(asOf)).get('');
  const quarters = activityBetween(segments, from, monthOf(asOf), (month) => quarterOf(`${month}-01`));

  return {
    coverage: {
      overall: targets > 0 ? trained / targets : null,
      pilots: leastCovered.map((p) => ({ pilotId: p.id, name: p.name, coverage: coverage(p), completed: completed(p), agentsToTrain: p.agentsToTrain ?? null })),
      total: underWay.length,
    },
    satisfaction: overall ? bySatisfaction(overall) : [],
    trend: [...quarters.entries()]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .flatMap(([quarter, sums]) => bySatisfaction(sums).map(({ stakeholder, satisfaction, responses }) => ({ quarter, stakeholder, satisfaction, responses }))),
  };
}
