/**
 * The portfolio, indexed once for every dashboard aggregate: scorecards, monthly adoption series
 * and each pilot's records. The API builds it again only after a change.
 */
import { atPilotSites, estimateEffects, type KpiEffect } from '../comparison';
import { DEFAULT_FORECAST_SHARE, forecastAdoption, type Forecast } from '../forecast';
import { defaultScenario, simulateGeneralization, simulationEvidenceOf, type SimulationEvidence } from '../simulation';
import { computeScorecards, groupByPilot, latestMeasurement } from '../scorecard';
import { monthlyAdoptionRate, type MonthlyPoint } from '../series';
import type { Candidate, Collections, DashboardFacets, DashboardFilter, Decision, IsoDate, Kpi, Measurement, Pilot, PilotStage, Scorecard } from '../types';

export type DashboardSources = Pick<Collections, 'pilots' | 'kpis' | 'measurements' | 'trainings' | 'feedback' | 'decisions'>;

export interface Portfolio {
  sources: DashboardSources;
  /** The day the scorecards (their gates and recommendations) are computed for. */
  today: IsoDate;
  pilots: readonly Pilot[];
  scorecards: Map<number, Scorecard>;
  /** Monthly adoption rate of the pilots that measure adoption. */
  adoption: Map<number, MonthlyPoint[]>;
  kpis: Map<number, Kpi[]>;
  latestByKpi: Map<number, Measurement>;
  /** Each KPI's measurements, at the pilot's sites and at comparison sites. */
  measurementsByKpi: Map<number, Measurement[]>;
  decisions: Map<number, Decision[]>;
  /** Forecasts already fitted, by pilot and share: the portfolio is rebuilt after every change. */
  forecasts: Map<string, Forecast>;
  /** The standard scenario's central projection of each pilot, once simulated. */
  projections: Map<number, Candidate['projection']>;
}

export function buildPortfolio(sources: DashboardSources, today: IsoDate): Portfolio {
  const byKpi = new Map<number, Measurement[]>();
  for (const m of sources.measurements) {
    const list = byKpi.get(m.kpiId);
    if (list) list.push(m);
    else byKpi.set(m.kpiId, [m]);
  }
  const pilotsById = new Map(sources.pilots.map((p) => [p.id, p]));
  const adoption = new Map<number, MonthlyPoint[]>();
  const latestByKpi = new Map<number, Measurement>();
  for (const kpi of sources.kpis) {
    const measurements = atPilotSites(byKpi.get(kpi.id) ?? []);
    const latest = latestMeasurement(measurements);
    if (latest) latestByKpi.set(kpi.id, latest);
    const pilot = pilotsById.get(kpi.pilotId);
    if (kpi.kind === 'adoption' && pilot && measurements.length > 0) adoption.set(pilot.id, monthlyAdoptionRate(measurements, pilot.targetUsers));
  }
  const decisions = groupByPilot(sources.decisions);
  for (const list of decisions.values()) list.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id - b.id));
  return {
    sources,
    today,
    pilots: sources.pilots,
    scorecards: new Map(computeScorecards(sources, today).map((s) => [s.pilotId, s])),
    adoption,
    kpis: groupByPilot(sources.kpis),
    latestByKpi,
    measurementsByKpi: byKpi,
    decisions,
    forecasts: new Map(),
    projections: new Map(),
  };
}

/** When the pilot's adoption reaches `share` of its target users (fitted once per portfolio). */
export function forecastOf(portfolio: Portfolio, pilotId: number, share: number): Forecast {
  const key = `${pilotId}:${share}`;
  let forecast = portfolio.forecasts.get(key);
  if (!forecast) {
    forecast = forecastAdoption(portfolio.adoption.get(pilotId) ?? [], share);
    portfolio.forecasts.set(key, forecast);
  }
  return forecast;
}

/** The pilot's KPIs and their measurements (both groups). */
function recordsOf(portfolio: Portfolio, pilotId: number) {
  const kpis = portfolio.kpis.get(pilotId) ?? [];
  return { kpis, measurements: kpis.flatMap((k) => portfolio.measurementsByKpi.get(k.id) ?? []) };
}

/** The pilot's effect on each KPI its comparison sites measure. */
export function effectsOf(portfolio: Portfolio, pilot: Pilot): KpiEffect[] {
  const kpis = portfolio.kpis.get(pilot.id) ?? [];
  return estimateEffects(pilot, kpis, (kpiId) => portfolio.measurementsByKpi.get(kpiId) ?? []);
}

/** What a simulation of the pilot reads, with the adoption fit the forecasts already made. */
export function simulationEvidenceFrom(portfolio: Portfolio, pilot: Pilot): SimulationEvidence {
  const { kpis, measurements } = recordsOf(portfolio, pilot.id);
  return simulationEvidenceOf(pilot, kpis, measurements, () => {
    const forecast = forecastOf(portfolio, pilot.id, DEFAULT_FORECAST_SHARE);
    return forecast.status === 'not-enough-data' ? null : forecast.fit;
  });
}

/** The central case of the standard scenario (`defaultScenario`), simulated once per portfolio. */
export function projectionOf(portfolio: Portfolio, pilot: Pilot): Candidate['projection'] {
  if (!portfolio.projections.has(pilot.id)) {
    const simulation = simulateGeneralization(simulationEvidenceFrom(portfolio, pilot), defaultScenario(pilot));
    portfolio.projections.set(
      pilot.id,
      simulation.status === 'simulated'
        ? { netBenefit: simulation.cases.central.netBenefit, paybackMonth: simulation.cases.central.paybackMonth, unit: simulation.cost.unit }
        : null,
    );
  }
  return portfolio.projections.get(pilot.id) ?? null;
}

/** The pilots the filter's category, region and department keep. */
export function selectPilots(portfolio: Portfolio, filter: DashboardFilter): Pilot[] {
  return portfolio.pilots.filter(
    (p) =>
      (!filter.category || p.category === filter.category) &&
      (!filter.region || p.region === filter.region) &&
      (!filter.department || p.department === filter.department),
  );
}

/** Pilots still waiting for a decision: the ones the dashboard follows by default. */
export const isUnderWay = (stage: PilotStage) => stage === 'running' || stage === 'evaluating';

/**
 * A pilot's stage on a past day, rebuilt from its decisions up to that day (generalize, stop, or
 * extend to a new end date) and otherwise from its dates: proposed before the start, running until
 * the end, evaluating after. On or after `today` it is the stage recorded now.
 */
export function stageAt(pilot: Pilot, decisions: readonly Decision[], date: IsoDate, today: IsoDate): PilotStage {
  if (date >= today) return pilot.stage;
  let endDate = pilot.endDate;
  for (const decision of decisions) {
    if (decision.date > date) break;
    if (decision.decision === 'generalize') return 'generalized';
    if (decision.decision === 'stop') return 'stopped';
    if (decision.newEndDate) endDate = decision.newEndDate;
  }
  if (date < pilot.startDate) return 'proposed';
  return date <= endDate ? 'running' : 'evaluating';
}

/** The regions and departments the portfolio has, for the dashboard's filters. */
export function facetsOf(pilots: readonly Pilot[]): DashboardFacets {
  const sorted = (values: Iterable<string>) => [...new Set(values)].sort((a, b) => a.localeCompare(b));
  return { regions: sorted(pilots.map((p) => p.region)), departments: sorted(pilots.map((p) => p.department)) };
}
