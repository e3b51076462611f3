/** Adoption over time: one line per pilot, or the mean of the pilots of each category or region. */
import { DEFAULT_FORECAST_SHARE, projectAdoption } from '../forecast';
import { GATE_THRESHOLDS } from '../gateThresholds';
import { monthOf, type MonthlyPoint } from '../series';
import type { AdoptionGrouping, AdoptionOverTime, AdoptionPoint, AdoptionSeries, DashboardFilter, IsoDate, Pilot } from '../types';
import { adoptionOf, firstRanked, forecastOf, isUnderWay, selectPilots, type Portfolio } from './portfolio';

export const MAX_PILOT_LINES = 12;
export const DEFAULT_PILOT_LINES = 8;

export interface AdoptionOptions {
  groupBy?: AdoptionGrouping;
  /** The pilots chosen; by default the running and evaluating ones of the filter. */
  ids?: readonly number[];
  /** At most this many lines by pilot (the most ready first, when none are chosen). */
  limit?: number;
  /** The share of target users the forecast looks for (80% by default). */
  share?: number;
}

const inPeriod = (filter: DashboardFilter, today: IsoDate) => (p: MonthlyPoint) =>
  (!filter.from || p.month >= filter.from) && p.month <= (filter.to ?? monthOf(today));

/** Month by month, the mean of the pilots measured that month. */
export function meanSeries(series: readonly MonthlyPoint[][]): AdoptionPoint[] {
  const months = new Map<string, { sum: number; pilots: number }>();
  for (const points of series) {
    for (const { month, value } of points) {
      const entry = months.get(month) ?? { sum: 0, pilots: 0 };
      entry.sum += value;
      entry.pilots += 1;
      months.set(month, entry);
    }
  }
  return [...months.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([month, { sum, pilots }]) => ({ month, value: sum / pilots, pilots }));
}

export function adoptionOverTime(portfolio: Portfolio, filter: DashboardFilter, today: IsoDate, options: AdoptionOptions = {}): AdoptionOverTime {
  const groupBy = options.groupBy ?? 'pilot';
  const keep = inPeriod(filter, today);
  const readiness = (p: Pilot) => portfolio.scorecards.get(p.id)?.readiness ?? -1;
  const chosen = options.ids
    ? options.ids.flatMap((id) => portfolio.pilotsById.get(id) ?? [])
    : selectPilots(portfolio, filter).filter((p) => isUnderWay(p.stage));
  const measured = chosen.filter((p) => portfolio.adoption.has(p.id));

  if (groupBy === 'pilot') {
    const limit = Math.min(options.limit ?? DEFAULT_PILOT_LINES, MAX_PILOT_LINES);
    const lines = options.ids ? measured.slice(0, limit) : firstRanked(measured, limit, (a, b) => readiness(b) - readiness(a) || a.id - b.id);
    const series = lines.map((pilot): AdoptionSeries => {
      const full = adoptionOf(portfolio, pilot.id);
      const forecast = forecastOf(portfolio, pilot.id, options.share ?? DEFAULT_FORECAST_SHARE);
      const fit = forecast.status === 'not-enough-data' ? null : forecast.fit;
      return {
        key: `pilot-${pilot.id}`,
        label: pilot.name,
        pilotIds: [pilot.id],
        points: full.filter(keep).map((p) => ({ ...p, pilots: 1 })),
        projection: isUnderWay(pilot.stage) ? projectAdoption(full, fit) : [],
        forecast,
        transferForecast: forecastOf(portfolio, pilot.id, GATE_THRESHOLDS.transferReady.adoption),
      };
    });
    return { groupBy, series, total: measured.length };
  }

  const groups = new Map<string, Pilot[]>();
  for (const pilot of measured) {
    const list = groups.get(pilot[groupBy]);
    if (list) list.push(pilot);
    else groups.set(pilot[groupBy], [pilot]);
  }
  const series = [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, pilots]): AdoptionSeries => ({
      key: `${groupBy}-${key}`,
      label: key,
      pilotIds: pilots.map((p) => p.id).sort((a, b) => a - b),
      points: meanSeries(pilots.map((p) => adoptionOf(portfolio, p.id).filter(keep))),
    }));
  return { groupBy, series, total: measured.length };
}
