/**
 * A pilot's scorecard: how far it has come towards being generalized. One formula, used by the
 * API's `scorecards` resource and by the SPA.
 */
import { atPilotSites } from './comparison';
import { checkGates } from './gates';
import { recommend } from './recommendation';
import { monthlyAdoptionRate } from './series';
import type { Collections, Feedback, IsoDate, Kpi, Measurement, Pilot, Scorecard, Training } from './types';

export const READINESS_WEIGHTS = { adoption: 0.35, attainment: 0.35, coverage: 0.15, satisfaction: 0.15 } as const;

export const clamp = (value: number, low: number, high: number) => Math.min(high, Math.max(low, value));

export const mean = (values: readonly number[]) => (values.length ? values.reduce((sum, v) => sum + v, 0) / values.length : null);

/** A mean rating from 1 to 5 as satisfaction from 0 to 1. */
export const satisfactionOf = (meanRating: number) => (meanRating - 1) / 4;

/** The measurement with the latest date, then the highest id. */
export function latestMeasurement<T extends Pick<Measurement, 'id' | 'date'>>(measurements: readonly T[]): T | undefined {
  let latest: T | undefined;
  for (const m of measurements) {
    if (!latest || m.date > latest.date || (m.date === latest.date && m.id > latest.id)) latest = m;
  }
  return latest;
}

/** How far a KPI's latest value has moved from its baseline towards its target, from 0 to 1. */
export function kpiAttainment(kpi: Pick<Kpi, 'baseline' | 'target'>, latestValue: number): number {
  const span = kpi.target - kpi.baseline;
  if (span === 0) return latestValue === kpi.target ? 1 : 0;
  return clamp((latestValue - kpi.baseline) / span, 0, 1);
}

/** Weighted mean of the parts present, the weights renormalised over them; null when none is. */
export function readiness(parts: {
  adoption: number | null;
  attainment: number | null;
  coverage: number | null;
  satisfaction: number | null;
}): number | null {
  let weighted = 0;
  let weights = 0;
  for (const key of Object.keys(READINESS_WEIGHTS) as (keyof typeof READINESS_WEIGHTS)[]) {
    const value = parts[key];
    if (value === null) continue;
    weighted += value * READINESS_WEIGHTS[key];
    weights += READINESS_WEIGHTS[key];
  }
  return weights > 0 ? weighted / weights : null;
}

/**
 * Agents trained over the agents to train (capped at 1). Unknown when the pilot does not say how
 * many agents need training, or when no session was recorded: target users are the public the
 * tool serves, not the agents who run it, so they are no measure of training.
 */
export function trainingCoverage(pilot: Pick<Pilot, 'agentsToTrain'>, trainings: readonly Pick<Training, 'completed'>[]): number | null {
  if (!pilot.agentsToTrain || trainings.length === 0) return null;
  return Math.min(1, trainings.reduce((sum, t) => sum + t.completed, 0) / pilot.agentsToTrain);
}

/** Everything recorded about one pilot (measurements of both groups: the scorecard reads the pilot's sites). */
export interface PilotEvidence {
  pilot: Pick<Pilot, 'id' | 'targetUsers' | 'agentsToTrain' | 'startDate'>;
  kpis: readonly Kpi[];
  measurements: readonly Measurement[];
  trainings: readonly Pick<Training, 'completed'>[];
  feedback: readonly Pick<Feedback, 'rating'>[];
}

/** The pilot's scorecard on `today` (the traction gate depends on the day). */
export function computeScorecard({ pilot, kpis, measurements: all, trainings, feedback }: PilotEvidence, today: IsoDate): Scorecard {
  const measurements = atPilotSites(all);
  const byKpi = new Map<number, Measurement[]>();
  for (const m of measurements) {
    const list = byKpi.get(m.kpiId);
    if (list) list.push(m);
    else byKpi.set(m.kpiId, [m]);
  }
  let adoptionRate: number | null = null;
  let adoptionSeries: ReturnType<typeof monthlyAdoptionRate> = [];
  const attainments: number[] = [];
  for (const kpi of kpis) {
    const ofKpi = byKpi.get(kpi.id) ?? [];
    const latest = latestMeasurement(ofKpi);
    if (!latest) continue;
    if (kpi.kind === 'adoption') {
      adoptionRate = clamp(latest.value / pilot.targetUsers, 0, 1);
      adoptionSeries = monthlyAdoptionRate(ofKpi, pilot.targetUsers);
    } else attainments.push(kpiAttainment(kpi, latest.value));
  }
  const kpiAttainmentMean = mean(attainments);
  const coverage = trainingCoverage(pilot, trainings);
  const meanRating = mean(feedback.map((f) => f.rating));
  const satisfaction = meanRating === null ? null : satisfactionOf(meanRating);
  const score = readiness({
    adoption: adoptionRate,
    attainment: kpiAttainmentMean,
    coverage,
    satisfaction,
  });
  const parts = { adoptionRate, kpiAttainment: kpiAttainmentMean, trainingCoverage: coverage, satisfaction };
  const gates = checkGates(pilot, parts, adoptionSeries, today);
  return {
    id: pilot.id,
    pilotId: pilot.id,
    ...parts,
    readiness: score,
    recommendation: recommend({ readiness: score, dataPoints: measurements.length, gates }),
    gates,
    dataPoints: measurements.length,
  };
}

type ScorecardSources = Pick<Collections, 'pilots' | 'kpis' | 'measurements' | 'trainings' | 'feedback'>;

export function groupByPilot<T extends { pilotId: number }>(records: readonly T[]): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const record of records) {
    const list = groups.get(record.pilotId);
    if (list) list.push(record);
    else groups.set(record.pilotId, [record]);
  }
  return groups;
}

/** The scorecard of every pilot on `today`, in one pass over the data. */
export function computeScorecards(data: ScorecardSources, today: IsoDate): Scorecard[] {
  const kpis = groupByPilot(data.kpis);
  const measurements = groupByPilot(data.measurements);
  const trainings = groupByPilot(data.trainings);
  const feedback = groupByPilot(data.feedback);
  return data.pilots.map((pilot) =>
    computeScorecard({
      pilot,
      kpis: kpis.get(pilot.id) ?? [],
      measurements: measurements.get(pilot.id) ?? [],
      trainings: trainings.get(pilot.id) ?? [],
      feedback: feedback.get(pilot.id) ?? [],
    }, today),
  );
}
