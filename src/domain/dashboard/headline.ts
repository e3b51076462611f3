/** The headline figures, each with its value at the end of the previous quarter. */
import { satisfactionOf } from '../scorecard';
import { addQuarters, monthEnd, monthOf, quarterOf, quarterRange } from '../series';
import { PILOT_STAGES, type Change, type DashboardFilter, type HeadlineFigures, type IsoDate, type PilotStage } from '../types';
import { activityBetween, adoptionAt, selectPilots, selectSegments, stageAt, type Portfolio } from './portfolio';

/** The day figures are taken at: today, or the end of the filter's period when it ends earlier. */
export function asOfDay(filter: DashboardFilter, today: IsoDate): IsoDate {
  if (!filter.to) return today;
  const end = monthEnd(filter.to);
  return end < today ? end : today;
}

const countsByStage = () => Object.fromEntries(PILOT_STAGES.map((stage) => [stage, 0])) as Record<PilotStage, number>;

export function headlineFigures(portfolio: Portfolio, filter: DashboardFilter, today: IsoDate): HeadlineFigures {
  const pilots = selectPilots(portfolio, filter);
  const asOf = asOfDay(filter, today);
  const current = quarterOf(asOf);
  const previous = addQuarters(current, -1);
  const currentRange = { start: quarterRange(current).start, end: asOf };
  const previousRange = quarterRange(previous);

  // One pass over the pilots: their stage now and at the end of the previous quarter, and the adoption of those running then.
  const stages = { now: countsByStage(), then: countsByStage() };
  const adoption = { now: { sum: 0, pilots: 0 }, then: { sum: 0, pilots: 0 } };
  const nowMonth = monthOf(asOf);
  const thenMonth = monthOf(previousRange.end);
  for (const pilot of pilots) {
    const decisions = portfolio.decisions.get(pilot.id) ?? [];
    for (const [when, day, month] of [['now', asOf, nowMonth], ['then', previousRange.end, thenMonth]] as const) {
      const stage = stageAt(pilot, decisions, day, today);
      stages[when][stage] += 1;
      const value = stage === 'running' ? adoptionAt(portfolio, pilot.id, month) : null;
      if (value !== null) {
        adoption[when].sum += value;
        adoption[when].pilots += 1;
      }
    }
  }
  const meanOf = ({ sum, pilots }: { sum: number; pilots: number }) => (pilots ? sum / pilots : null);
  // Ranges start on a month's first day and end on its last or today: trainings and feedback are never dated after today.
  const segments = selectSegments(portfolio, filter);
  const activity = (range: { start: string; end: string }) => activityBetween(segments, monthOf(range.start), monthOf(range.end)).get('');
  const trained = (range: { start: string; end: string }) => activity(range)?.trained ?? 0;
  const satisfaction = (range: { start: string; end: string }) => {
    const sums = activity(range);
    const responses = sums?.ratings.reduce((a, b) => a + b, 0) ?? 0;
    return sums && responses > 0 ? satisfactionOf(sums.ratingSum.reduce((a, b) => a + b, 0) / responses) : null;
  };

  const pilotsByStage = Object.fromEntries(
    PILOT_STAGES.map((stage) => [stage, { current: stages.now[stage], previous: stages.then[stage] } satisfies Change]),
  ) as Record<PilotStage, Change>;
  return {
    quarter: { current, previous },
    asOf,
    pilotsByStage,
    averageAdoption: { current: meanOf(adoption.now), previous: meanOf(adoption.then) },
    agentsTrained: { current: trained(currentRange), previous: trained(previousRange) },
    meanSatisfaction: { current: satisfaction(currentRange), previous: satisfaction(previousRange) },
    decisionsPending: pilotsByStage.evaluating,
  };
}
