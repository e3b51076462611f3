/**
 * What generalizing a pilot would save, and when it pays back. Each new site has a volume of
 * transactions a month (when all its target population uses the tool); the share that goes through
 * the tool follows the adoption S-curve fitted to the pilot, from the site's first month; each of
 * those transactions saves the fall in cost per transaction the pilot measured (baseline - latest:
 * negative when the cost rose). The rollout cost of every site is paid before the first month.
 *
 * Three cases: the low one takes the low saving with the low adoption, the high one the high with
 * the high. The saving's spread is the half-width of the 95% interval of the pilot's effect on its
 * cost per transaction when comparison sites measure it, else the spread of its latest values; the
 * adoption's spread is the fitted curve's ceiling moved by 1.96 times its residual error.
 */
import { atPilotSites, estimateEffect, type KpiEffect } from './comparison';
import { DEFAULT_FORECAST_SHARE, forecastAdoption, logistic, type LogisticFit } from './forecast';
import { monthlyAdoptionRate, monthsBetween, type MonthlyPoint } from './series';
import { average, sampleVariance } from './statistics';
import type { Kpi, Measurement, MeasurementPoint, Pilot } from './types';

export const SIMULATION_HORIZON_MONTHS = 36;
/** The scenario the dashboard ranks candidates by: ten more sites like the pilot's. */
export const DEFAULT_SIMULATED_SITES = 10;
/** How many of the latest cost measurements give the saving's spread without comparison sites. */
const SPREAD_MEASUREMENTS = 6;

export interface Scenario {
  /** How many more sites get the tool. */
  sites: number;
  /** Transactions a month at one site when its whole target population uses the tool. */
  volumePerSite: number;
  /** One-off cost of rolling the tool out at one site. */
  rolloutCostPerSite: number;
}

export interface Cases<T> {
  low: T;
  central: T;
  high: T;
}
export const CASES = ['low', 'central', 'high'] as const;

/** What the projection rests on: the saving per transaction and the adoption share in each month of a new site. */
export interface SimulationInputs {
  savingPerTransaction: Cases<number>;
  adoption: Cases<(month: number) => number>;
}

export interface SimulationCase {
  savingPerTransaction: number;
  /** Saving of each month, 1 to the horizon. */
  monthlySavings: number[];
  /** Cumulative savings minus the rollout cost at the end of each month, 0 (before the first) to the horizon. */
  cumulativeNetBenefit: number[];
  /** Saving in the last month of the horizon, and over its last twelve months. */
  monthlySaving: number;
  annualSaving: number;
  netBenefit: number;
  /** First month whose cumulative net benefit is no longer negative; null if none within the horizon. */
  paybackMonth: number | null;
}

export type SimulationUnavailable = 'no-cost-kpi' | 'no-cost-measurement' | 'no-adoption';

export type Simulation =
  | {
      status: 'simulated';
      scenario: Scenario;
      months: number;
      /** The pilot's cost per transaction behind the saving. */
      cost: { kpiId: number; unit: string; baseline: number; latest: number; spreadFrom: 'comparison' | 'measurements' };
      /** The adoption share the sites reach by the horizon, in each case. */
      adoptionAtHorizon: Cases<number>;
      cases: Cases<SimulationCase>;
    }
  | { status: 'not-enough-data'; scenario: Scenario; reason: SimulationUnavailable };

/** The projection of one case: the pure arithmetic, hand-checkable. */
export function projectCase(scenario: Scenario, savingPerTransaction: number, adoption: (month: number) => number, months = SIMULATION_HORIZON_MONTHS): SimulationCase {
  const monthlySavings: number[] = [];
  const cumulativeNetBenefit = [-scenario.sites * scenario.rolloutCostPerSite];
  let paybackMonth: number | null = null;
  for (let month = 1; month <= months; month += 1) {
    const saving = scenario.sites * scenario.volumePerSite * adoption(month) * savingPerTransaction;
    monthlySavings.push(saving);
    const cumulative = cumulativeNetBenefit[month - 1] + saving;
    cumulativeNetBenefit.push(cumulative);
    if (paybackMonth === null && cumulative >= 0 && monthlySavings.some((s) => s > 0)) paybackMonth = month;
  }
  return {
    savingPerTransaction,
    monthlySavings,
    cumulativeNetBenefit,
    monthlySaving: monthlySavings.at(-1) ?? 0,
    annualSaving: monthlySavings.slice(-12).reduce((sum, s) => sum + s, 0),
    netBenefit: cumulativeNetBenefit.at(-1) ?? 0,
    paybackMonth,
  };
}

export function simulate(scenario: Scenario, inputs: SimulationInputs, months = SIMULATION_HORIZON_MONTHS): Cases<SimulationCase> {
  return {
    low: projectCase(scenario, inputs.savingPerTransaction.low, inputs.adoption.low, months),
    central: projectCase(scenario, inputs.savingPerTransaction.central, inputs.adoption.central, months),
    high: projectCase(scenario, inputs.savingPerTransaction.high, inputs.adoption.high, months),
  };
}

/** Root mean square distance between the fitted curve and the months it was fitted on. */
function residualError(fit: LogisticFit, series: readonly MonthlyPoint[]): number {
  if (series.length === 0) return 0;
  const first = series[0].month;
  return Math.sqrt(average(series.map((p) => (logistic(fit, monthsBetween(first, p.month)) - p.value) ** 2)));
}

/** The pilot's evidence a simulation reads; measurements at the pilot's sites only. */
export interface SimulationEvidence {
  pilot: Pick<Pilot, 'targetUsers' | 'budget' | 'startDate'>;
  /** The pilot's cost-per-transaction KPI and its measurements, oldest first. */
  cost?: { kpi: Pick<Kpi, 'id' | 'unit' | 'baseline'>; measurements: readonly Pick<Measurement, 'date' | 'value'>[]; effect?: KpiEffect };
  /** The pilot's monthly adoption rate and the S-curve fitted to it (null when it could not be fitted). */
  adoption: { series: readonly MonthlyPoint[]; fit: LogisticFit | null };
}

/** The scenario a pilot page opens with: ten sites like the pilot's, each costing the pilot's budget. */
export const defaultScenario = (pilot: Pick<Pilot, 'targetUsers' | 'budget'>): Scenario => ({
  sites: DEFAULT_SIMULATED_SITES,
  volumePerSite: pilot.targetUsers,
  rolloutCostPerSite: pilot.budget ?? 0,
});

/** The projection for a pilot: its measured saving and adoption curve applied to `scenario`. */
export function simulateGeneralization(evidence: SimulationEvidence, scenario: Scenario, months = SIMULATION_HORIZON_MONTHS): Simulation {
  const { cost, adoption } = evidence;
  if (!cost) return { status: 'not-enough-data', scenario, reason: 'no-cost-kpi' };
  if (cost.measurements.length === 0) return { status: 'not-enough-data', scenario, reason: 'no-cost-measurement' };
  if (adoption.series.length === 0) return { status: 'not-enough-data', scenario, reason: 'no-adoption' };

  const latest = cost.measurements.reduce((a, b) => (b.date >= a.date ? b : a));
  const central = cost.kpi.baseline - latest.value;
  const fromComparison = cost.effect?.status === 'estimated';
  const spread =
    cost.effect?.status === 'estimated'
      ? (cost.effect.high - cost.effect.low) / 2
      : Math.sqrt(sampleVariance([...cost.measurements].sort((a, b) => (a.date < b.date ? -1 : 1)).slice(-SPREAD_MEASUREMENTS).map((m) => m.value)));

  const clampShare = (share: number) => Math.min(1, Math.max(0, share));
  let curves: Cases<(month: number) => number>;
  if (adoption.fit && adoption.fit.growth > 0) {
    const fit = adoption.fit;
    const margin = 1.96 * residualError(fit, adoption.series);
    const withCeiling = (ceiling: number) => (month: number) => clampShare(logistic({ ...fit, ceiling: clampShare(ceiling) }, month - 1));
    curves = { low: withCeiling(fit.ceiling - margin), central: withCeiling(fit.ceiling), high: withCeiling(fit.ceiling + margin) };
  } else {
    const share = clampShare(adoption.series[adoption.series.length - 1].value);
    curves = { low: () => share, central: () => share, high: () => share };
  }
  const cases = simulate(scenario, { savingPerTransaction: { low: central - spread, central, high: central + spread }, adoption: curves }, months);
  return {
    status: 'simulated',
    scenario,
    months,
    cost: { kpiId: cost.kpi.id, unit: cost.kpi.unit, baseline: cost.kpi.baseline, latest: latest.value, spreadFrom: fromComparison ? 'comparison' : 'measurements' },
    adoptionAtHorizon: { low: curves.low(months), central: curves.central(months), high: curves.high(months) },
    cases,
  };
}

/** The fit of a monthly adoption series, as the forecast makes it (null below its minimum of months). */
export function adoptionFitOf(series: readonly MonthlyPoint[]): LogisticFit | null {
  const forecast = forecastAdoption(series, DEFAULT_FORECAST_SHARE);
  return forecast.status === 'not-enough-data' ? null : forecast.fit;
}

/**
 * What a simulation of the pilot reads, from its KPIs and measurements (both groups): its cost per
 * transaction (with the effect comparison sites show, if any) and its adoption curve. `fitOf` lets
 * the dashboard reuse the fits it already made.
 */
export function simulationEvidenceOf(
  pilot: Pick<Pilot, 'targetUsers' | 'budget' | 'startDate'>,
  kpis: readonly Kpi[],
  measurements: readonly MeasurementPoint[],
  fitOf: (series: readonly MonthlyPoint[]) => LogisticFit | null = adoptionFitOf,
): SimulationEvidence {
  const atSites = atPilotSites(measurements);
  const ofKpi = (kpi: Kpi | undefined, list: readonly MeasurementPoint[]) => (kpi ? list.filter((m) => m.kpiId === kpi.id) : []);
  const costKpi = kpis.find((k) => k.kind === 'cost');
  const adoptionKpi = kpis.find((k) => k.kind === 'adoption');
  const series = adoptionKpi ? monthlyAdoptionRate(ofKpi(adoptionKpi, atSites), pilot.targetUsers) : [];
  const costMeasurements = ofKpi(costKpi, measurements);
  return {
    pilot,
    cost: costKpi && {
      kpi: costKpi,
      measurements: atPilotSites(costMeasurements),
      effect: costMeasurements.some((m) => m.group === 'comparison') ? estimateEffect(costKpi, costMeasurements, pilot.startDate) : undefined,
    },
    adoption: { series, fit: series.length ? fitOf(series) : null },
  };
}
