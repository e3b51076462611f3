/** The headline figures, each with its value at the end of the previous quarter. */
import { mean, satisfactionOf } from '../scorecard';
import { addQuarters, monthEnd, monthOf, quarterOf, quarterRange, valueAt } from '../series';
import { PILOT_STAGES, type Change, type DashboardFilter, type HeadlineFigures, type IsoDate, type Pilot, type PilotStage } from '../types';
import { selectPilots, stageAt, type Portfolio } from './portfolio';

/** The day figures are taken at: today, or the end of the filter's period when it ends earlier. */
export function asOfDay(filter: DashboardFilter, today: IsoDate): IsoDate {
  if (!filter.to) return today;
  const end = monthEnd(filter.to);
  return end < today ? end : today;
}

export function headlineFigures(portfolio: Portfolio, filter: DashboardFilter, today: IsoDate): HeadlineFigures {
  const pilots = selectPilots(portfolio, filter);
  const ids = new Set(pilots.map((p) => p.id));
  const asOf = asOfDay(filter, today);
  const current = quarterOf(asOf);
  const previous = addQuarters(current, -1);
  const currentRange = { start: quarterRange(current).start, end: asOf };
  const previousRange = quarterRange(previous);

  const stagesAt = (day: IsoDate) => pilots.map((p) => ({ pilot: p, stage: stageAt(p, portfolio.decisions.get(p.id) ?? [], day, today) }));
  const nowStages = stagesAt(asOf);
  const thenStages = stagesAt(previousRange.end);
  const count = (stages: { stage: PilotStage }[], stage: PilotStage) => stages.filter((s) => s.stage === stage).length;

  const adoptionOfRunning = (stages: { pilot: Pilot; stage: PilotStage }[], day: IsoDate) =>
    mean(
      stages.flatMap(({ pilot, stage }) => {
        const value = stage === 'running' ? valueAt(portfolio.adoption.get(pilot.id) ?? [], monthOf(day)) : null;
        return value === null ? [] : [value];
      }),
    );
  const trained = (range: { start: string; end: string }) =>
    portfolio.sources.trainings.reduce((sum, t) => (ids.has(t.pilotId) && t.date >= range.start && t.date <= range.end ? sum + t.completed : sum), 0);
  const satisfaction = (range: { start: string; end: string }) => {
    const rating = mean(portfolio.sources.feedback.filter((f) => ids.has(f.pilotId) && f.date >= range.start && f.date <= range.end).map((f) => f.rating));
    return rating === null ? null : satisfactionOf(rating);
  };

  const pilotsByStage = Object.fromEntries(
    PILOT_STAGES.map((stage) => [stage, { current: count(nowStages, stage), previous: count(thenStages, stage) } satisfies Change]),
  ) as Record<PilotStage, Change>;
  return {
    quarter: { current, previous },
    asOf,
    pilotsByStage,
    averageAdoption: { current: adoptionOfRunning(nowStages, asOf), previous: adoptionOfRunning(thenStages, previousRange.end) },
    agentsTrained: { current: trained(currentRange), previous: trained(previousRange) },
    meanSatisfaction: { current: satisfaction(currentRange), previous: satisfaction(previousRange) },
    decisionsPending: pilotsByStage.evaluating,
  };
}
