/** Generalization candidates: the pilots under way, the most ready first, with their gates and forecast. */
import { DEFAULT_FORECAST_SHARE } from '../forecast';
import { GATE_THRESHOLDS } from '../gateThresholds';
import { kpiAttainment } from '../scorecard';
import type { Candidate, CandidatesPage, DashboardFilter, Pilot, PilotStage } from '../types';
import { firstRanked, forecastOf, isUnderWay, latestOfKpi, projectionOf, selectPilots, type Portfolio } from './portfolio';

/** How candidates are ranked: by readiness, or by what generalizing them would bring (net benefit of the standard scenario). */
export const CANDIDATE_RANKINGS = ['readiness', 'netBenefit'] as const;
export type CandidateRanking = (typeof CANDIDATE_RANKINGS)[number];

export interface CandidateOptions {
  /** These pilots, in this order, instead of the ranking (for comparing them). */
  ids?: readonly number[];
  /** Stages to rank; running and evaluating by default. */
  stages?: readonly PilotStage[];
  /** Which slice of the ranking, as in ra-data-simple-rest's `range` (inclusive). */
  range?: [number, number];
  /** The share of target users the forecast looks for (80% by default). */
  share?: number;
  /** Readiness first (the default), or net benefit first. */
  rankBy?: CandidateRanking;
}

export function candidateOf(portfolio: Portfolio, pilot: Pilot, share = DEFAULT_FORECAST_SHARE): Candidate {
  const scorecard = portfolio.scorecards.get(pilot.id);
  if (!scorecard) throw new Error(`No scorecard for pilot ${pilot.id}`);
  const { id, name, stage, category, region, department, startDate, endDate } = pilot;
  return {
    pilot: { id, name, stage, category, region, department, startDate, endDate },
    scorecard,
    gates: scorecard.gates,
    forecast: forecastOf(portfolio, pilot.id, share),
    transferForecast: forecastOf(portfolio, pilot.id, GATE_THRESHOLDS.transferReady.adoption),
    kpis: (portfolio.kpis.get(pilot.id) ?? []).map((kpi) => {
      const latest = latestOfKpi(portfolio, pilot.id, kpi.id);
      const adoptionKpi = kpi.kind === 'adoption';
      const attainment = !latest ? null : adoptionKpi ? scorecard.adoptionRate : kpiAttainment(kpi, latest.value);
      return { kpiId: kpi.id, name: kpi.name, attainment, adoption: adoptionKpi };
    }),
    projection: projectionOf(portfolio, pilot),
  };
}

/** Ranked by readiness or by net benefit (unknown last), then by id, sliced to `range`. */
export function generalizationCandidates(portfolio: Portfolio, filter: DashboardFilter, options: CandidateOptions = {}): CandidatesPage {
  const [start, end] = options.range ?? [0, 9];
  if (options.ids) {
    const pilots = options.ids.flatMap((id) => portfolio.pilotsById.get(id) ?? []);
    return { data: pilots.map((p) => candidateOf(portfolio, p, options.share)), total: pilots.length };
  }
  const stages = options.stages;
  const score =
    options.rankBy === 'netBenefit'
      ? (p: Pilot) => projectionOf(portfolio, p)?.netBenefit ?? Number.NEGATIVE_INFINITY
      : (p: Pilot) => portfolio.scorecards.get(p.id)?.readiness ?? -1;
  const eligible = selectPilots(portfolio, filter).filter((p) => (stages ? stages.includes(p.stage) : isUnderWay(p.stage)));
  const ranked = firstRanked(eligible, end + 1, (a, b) => (score(b) === score(a) ? 0 : score(b) > score(a) ? 1 : -1) || a.id - b.id);
  return { data: ranked.slice(start, end + 1).map((p) => candidateOf(portfolio, p, options.share)), total: eligible.length };
}
