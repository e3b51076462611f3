/**
 * The portfolio, indexed for every dashboard aggregate: per pilot its scorecard, monthly adoption
 * series, records and what its trainings and feedback add up to each month; and those monthly
 * sums per segment (category, region, department), so that a figure over a period reads a few
 * hundred segments, not every record. Built once, then kept up to date pilot by pilot
 * (`updatePortfolio`): a change costs what the changed pilots hold, whatever the portfolio's size.
 */
import { atPilotSites, estimateEffects, type KpiEffect } from '../comparison';
import { DEFAULT_FORECAST_SHARE, forecastAdoption, type Forecast } from '../forecast';
import { defaultScenario, simulateGeneralization, simulationEvidenceOf, type SimulationEvidence } from '../simulation';
import { computeScorecard, groupByPilot, latestMeasurement } from '../scorecard';
import { monthlyAdoptionRate, monthOf, type MonthlyPoint } from '../series';
import { createSlabs, type Slabs } from './slabs';
import {
  MEASUREMENT_GROUPS,
  STAKEHOLDERS,
  type Candidate,
  type Collections,
  type DashboardFacets,
  type DashboardFilter,
  type Decision,
  type Feedback,
  type IsoDate,
  type Kpi,
  type Measurement,
  type MeasurementPoint,
  type Pilot,
  type PilotStage,
  type Scorecard,
  type Training,
} from '../types';

export type DashboardSources = Pick<Collections, 'pilots' | 'kpis' | 'measurements' | 'trainings' | 'feedback' | 'decisions'>;

/** Everything recorded about one pilot, as the portfolio indexes it. */
export interface PilotRecords {
  pilot: Pilot;
  kpis: readonly Kpi[];
  measurements: readonly Measurement[];
  trainings: readonly Training[];
  feedback: readonly Feedback[];
  decisions: readonly Decision[];
}

/** Agents trained and feedback ratings (sum and count per stakeholder, in `STAKEHOLDERS` order) of one month. */
export interface MonthActivity {
  trained: number;
  ratingSum: number[];
  ratings: number[];
}
/** Month (`YYYY-MM`) by month. */
export type Activity = Map<string, MonthActivity>;

/** The pilots of one category, region and department: what their trainings and feedback add up to. */
export interface Segment {
  category: Pilot['category'];
  region: string;
  department: string;
  activity: Activity;
}

export interface Portfolio {
  /** The day the scorecards (their gates and recommendations) are computed for. */
  today: IsoDate;
  /** Grows with every update, for caches of figures. */
  version: number;
  /** By id. */
  pilots: readonly Pilot[];
  pilotsById: Map<number, Pilot>;
  scorecards: Map<number, Scorecard>;
  /** Monthly adoption rate of the pilots that measure adoption, packed (`adoptionOf` unpacks it). */
  adoption: Map<number, Float64Array>;
  kpis: Map<number, Kpi[]>;
  /** Each pilot's measurements, at its sites and at comparison sites, packed (`packMeasurements`). */
  measurements: Map<number, Float64Array>;
  decisions: Map<number, Decision[]>;
  /** Agents trained by each pilot's sessions. */
  trained: Map<number, number>;
  /** Each pilot's trainings and feedback, month by month (`packActivity`), and the segment they were added to. */
  activity: Map<number, { segment: Segment; months: PackedActivity }>;
  /** The same, summed by segment. */
  segments: Map<string, Segment>;
  /** Forecasts already fitted, by pilot and share, until the pilot changes. */
  forecasts: Map<number, Map<number, Forecast>>;
  /** The standard scenario's central projection of each pilot, once simulated, until the pilot changes. */
  projections: Map<number, Candidate['projection']>;
  /** Where the packed measurements, activity and adoption are cut from; what pilots indexed again left unused. */
  slabs: Slabs;
}

const segmentKey = (p: Pick<Pilot, 'category' | 'region' | 'department'>) => `${p.category}\u0000${p.region}\u0000${p.department}`;
const emptyMonth = (): MonthActivity => ({ trained: 0, ratingSum: STAKEHOLDERS.map(() => 0), ratings: STAKEHOLDERS.map(() => 0) });

function activityOf(trainings: readonly Training[], feedback: readonly Feedback[]): Activity {
  const activity: Activity = new Map();
  const month = (date: IsoDate) => {
    const key = monthOf(date);
    let entry = activity.get(key);
    if (!entry) activity.set(key, (entry = emptyMonth()));
    return entry;
  };
  for (const t of trainings) month(t.date).trained += t.completed;
  for (const f of feedback) {
    const entry = month(f.date);
    const at = STAKEHOLDERS.indexOf(f.stakeholder);
    entry.ratingSum[at] += f.rating;
    entry.ratings[at] += 1;
  }
  return activity;
}

/** Numbers per month of a packed activity: the month (year × 12 + month - 1), agents trained, rating sums, rating counts. */
const STRIDE = 2 + 2 * STAKEHOLDERS.length;
const RATINGS = STAKEHOLDERS.length;

/** Whole numbers (as the schema has them) in 4 bytes each; any other in 8. */
type PackedActivity = Int32Array | Float64Array;

/** Typed arrays with buffers of their own, where no slabs are given. */
const OWN_BUFFERS: Pick<Slabs, 'float64' | 'int32'> = { float64: (length) => new Float64Array(length), int32: (length) => new Int32Array(length) };

/** A pilot's activity in one typed array (cut from `slabs`): a few bytes a month, where objects would weigh hundreds. */
export function packActivity(activity: Activity, slabs = OWN_BUFFERS): PackedActivity {
  const packed = new Float64Array(activity.size * STRIDE);
  let at = 0;
  for (const [month, entry] of activity) {
    packed[at] = monthIndex(month);
    packed[at + 1] = entry.trained;
    for (let i = 0; i < RATINGS; i += 1) {
      packed[at + 2 + i] = entry.ratingSum[i];
      packed[at + 2 + RATINGS + i] = entry.ratings[i];
    }
    at += STRIDE;
  }
  const kept = packed.every((n) => n === (n | 0)) ? slabs.int32(packed.length) : slabs.float64(packed.length);
  kept.set(packed);
  return kept;
}

/** A `YYYY-MM` month as one number (year × 12 + month - 1), as the packed arrays hold it; `monthName` gives it back. */
const monthIndex = (month: string) => Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
const monthName = (index: number) => `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;

/** A packed activity (`packActivity`) month by month again. */
export function unpackActivity(packed: PackedActivity | undefined): Activity {
  const activity: Activity = new Map();
  for (let at = 0; packed && at < packed.length; at += STRIDE) {
    activity.set(monthName(packed[at]), {
      trained: packed[at + 1],
      ratingSum: Array.from(packed.subarray(at + 2, at + 2 + RATINGS)),
      ratings: Array.from(packed.subarray(at + 2 + RATINGS, at + 2 + 2 * RATINGS)),
    });
  }
  return activity;
}

/** Numbers per measurement when packed: KPI id, date (YYYYMMDD) × `GROUPS` + group (its `MEASUREMENT_GROUPS` index), value, id. */
const POINT = 4;
const GROUPS = MEASUREMENT_GROUPS.length;
const dateNumber = (date: IsoDate) => Number(date.slice(0, 4)) * 10_000 + Number(date.slice(5, 7)) * 100 + Number(date.slice(8, 10));
const pad = (n: number) => String(n).padStart(2, '0');
const dateOfNumber = (n: number): IsoDate => `${Math.floor(n / 10_000)}-${pad(Math.floor(n / 100) % 100)}-${pad(n % 100)}`;

/** A pilot's measurements in one typed array (cut from `slabs`): 32 bytes each, where objects weigh a few hundred. */
export function packMeasurements(measurements: readonly MeasurementPoint[], slabs = OWN_BUFFERS): Float64Array {
  const packed = slabs.float64(measurements.length * POINT);
  measurements.forEach((m, i) => {
    const at = i * POINT;
    packed[at] = m.kpiId;
    packed[at + 1] = dateNumber(m.date) * GROUPS + MEASUREMENT_GROUPS.indexOf(m.group);
    packed[at + 2] = m.value;
    packed[at + 3] = m.id;
  });
  return packed;
}

/** The measurements of the pilot's KPI (both groups), from the index. */
export function measurementsOfKpi(portfolio: Portfolio, pilotId: number, kpiId: number): MeasurementPoint[] {
  const packed = portfolio.measurements.get(pilotId);
  const found: MeasurementPoint[] = [];
  for (let at = 0; packed && at < packed.length; at += POINT) {
    if (packed[at] !== kpiId) continue;
    const dateAndGroup = packed[at + 1];
    found.push({ kpiId, date: dateOfNumber(Math.floor(dateAndGroup / GROUPS)), value: packed[at + 2], group: MEASUREMENT_GROUPS[dateAndGroup % GROUPS], id: packed[at + 3] });
  }
  return found;
}

/** The segment of the pilot's category, region and department. */
function segmentOf(portfolio: Portfolio, pilot: Pilot): Segment {
  const key = segmentKey(pilot);
  let segment = portfolio.segments.get(key);
  if (!segment) portfolio.segments.set(key, (segment = { category: pilot.category, region: pilot.region, department: pilot.department, activity: new Map() }));
  return segment;
}

/** A monthly series in one typed array (cut from `slabs`): month (year × 12 + month - 1) and value, 16 bytes a point. */
function packSeries(series: readonly MonthlyPoint[], slabs: Slabs): Float64Array {
  const packed = slabs.float64(series.length * 2);
  series.forEach(({ month, value }, i) => {
    packed[2 * i] = monthIndex(month);
    packed[2 * i + 1] = value;
  });
  return packed;
}

/** The pilot's monthly adoption rate, from the index (empty when it measures none). */
export function adoptionOf(portfolio: Portfolio, pilotId: number): MonthlyPoint[] {
  const packed = portfolio.adoption.get(pilotId);
  const series: MonthlyPoint[] = [];
  for (let at = 0; packed && at < packed.length; at += 2) series.push({ month: monthName(packed[at]), value: packed[at + 1] });
  return series;
}

/** The pilot's adoption rate at `month` (`YYYY-MM`): that of the latest month measured up to it. */
export function adoptionAt(portfolio: Portfolio, pilotId: number, month: string): number | null {
  const packed = portfolio.adoption.get(pilotId);
  const index = monthIndex(month);
  let value: number | null = null;
  for (let at = 0; packed && at < packed.length && packed[at] <= index; at += 2) value = packed[at + 1];
  return value;
}

/** Adds (`sign` 1) or takes away (-1) a pilot's packed activity from its segment's. */
function addToSegment(segment: Segment, packed: PackedActivity, sign: 1 | -1) {
  for (let at = 0; at < packed.length; at += STRIDE) {
    const month = monthName(packed[at]);
    let total = segment.activity.get(month);
    if (!total) segment.activity.set(month, (total = emptyMonth()));
    total.trained += sign * packed[at + 1];
    for (let i = 0; i < RATINGS; i += 1) {
      total.ratingSum[i] += sign * packed[at + 2 + i];
      total.ratings[i] += sign * packed[at + 2 + RATINGS + i];
    }
  }
}

/** Takes a pilot out of every index (before indexing it again, or once it is deleted). */
function unindexPilot(portfolio: Portfolio, pilotId: number) {
  // From the segment it was added to: the pilot record may have been changed in place since.
  const activity = portfolio.activity.get(pilotId);
  if (activity) {
    addToSegment(activity.segment, activity.months, -1);
    portfolio.slabs.release(activity.months);
  }
  for (const packed of [portfolio.measurements.get(pilotId), portfolio.adoption.get(pilotId)]) if (packed) portfolio.slabs.release(packed);
  for (const map of [portfolio.scorecards, portfolio.adoption, portfolio.kpis, portfolio.measurements, portfolio.decisions, portfolio.trained, portfolio.activity, portfolio.forecasts, portfolio.projections]) {
    map.delete(pilotId);
  }
}

function indexPilot(portfolio: Portfolio, { pilot, kpis, measurements, trainings, feedback, decisions }: PilotRecords) {
  portfolio.pilotsById.set(pilot.id, pilot);
  const byKpi = new Map<number, Measurement[]>();
  for (const m of measurements) {
    const list = byKpi.get(m.kpiId);
    if (list) list.push(m);
    else byKpi.set(m.kpiId, [m]);
  }
  for (const kpi of kpis) {
    const atSites = kpi.kind === 'adoption' ? atPilotSites(byKpi.get(kpi.id) ?? []) : [];
    if (atSites.length === 0) continue;
    // The last adoption KPI's, should there be several.
    const replaced = portfolio.adoption.get(pilot.id);
    if (replaced) portfolio.slabs.release(replaced);
    portfolio.adoption.set(pilot.id, packSeries(monthlyAdoptionRate(atSites, pilot.targetUsers), portfolio.slabs));
  }
  if (kpis.length) portfolio.kpis.set(pilot.id, [...kpis]);
  // Those of its KPIs only, in id order (a measurement whose KPI moved away is the other pilot's).
  const kept = kpis.flatMap((k) => byKpi.get(k.id) ?? []).sort((a, b) => a.id - b.id);
  if (kept.length) portfolio.measurements.set(pilot.id, packMeasurements(kept, portfolio.slabs));
  portfolio.scorecards.set(pilot.id, computeScorecard({ pilot, kpis, measurements, trainings, feedback }, portfolio.today));
  // Without the evidence frozen into each (no figure reads it): a few hundred bytes a decision, not kilobytes.
  if (decisions.length) portfolio.decisions.set(pilot.id, decisions.map(withoutEvidence).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id - b.id)));
  portfolio.trained.set(pilot.id, trainings.reduce((sum, t) => sum + t.completed, 0));
  const activity = { segment: segmentOf(portfolio, pilot), months: packActivity(activityOf(trainings, feedback), portfolio.slabs) };
  portfolio.activity.set(pilot.id, activity);
  addToSegment(activity.segment, activity.months, 1);
}

const withoutEvidence = ({ evidence: _evidence, ...decision }: Decision): Decision => decision;

/** Each pilot's records, in one pass over the data; only the pilots of `ids` when given. */
export function recordsByPilot(sources: DashboardSources, ids?: ReadonlySet<number>): Map<number, PilotRecords> {
  const keep = <T extends { pilotId: number }>(records: readonly T[]) => groupByPilot(ids ? records.filter((r) => ids.has(r.pilotId)) : records);
  const [kpis, measurements, trainings, feedback, decisions] = [keep(sources.kpis), keep(sources.measurements), keep(sources.trainings), keep(sources.feedback), keep(sources.decisions)];
  const found = new Map<number, PilotRecords>();
  for (const pilot of sources.pilots) {
    if (ids && !ids.has(pilot.id)) continue;
    const id = pilot.id;
    found.set(id, {
      pilot,
      kpis: kpis.get(id) ?? [],
      measurements: measurements.get(id) ?? [],
      trainings: trainings.get(id) ?? [],
      feedback: feedback.get(id) ?? [],
      decisions: decisions.get(id) ?? [],
    });
  }
  return found;
}

const emptyPortfolio = (today: IsoDate): Portfolio => ({
  today,
  version: 0,
  pilots: [],
  pilotsById: new Map(),
  scorecards: new Map(),
  adoption: new Map(),
  kpis: new Map(),
  measurements: new Map(),
  decisions: new Map(),
  trained: new Map(),
  activity: new Map(),
  segments: new Map(),
  forecasts: new Map(),
  projections: new Map(),
  slabs: createSlabs(),
});

/**
 * Indexes the pilots of `changed` again from their records (absent: the pilot was deleted), and
 * only them: what the others' indexes hold does not depend on them.
 */
export function updatePortfolio(portfolio: Portfolio, changed: ReadonlySet<number>, records: ReadonlyMap<number, PilotRecords>): void {
  let pilotsMoved = false;
  // All out first: a record that moved between two of them (a KPI) is then indexed only at its new pilot.
  for (const id of changed) unindexPilot(portfolio, id);
  for (const id of changed) {
    const found = records.get(id);
    if (found) {
      pilotsMoved ||= portfolio.pilotsById.get(id) !== found.pilot;
      indexPilot(portfolio, found);
    } else if (portfolio.pilotsById.delete(id)) pilotsMoved = true;
  }
  if (pilotsMoved) {
    // Map order is insertion order: ids only grow, and a pilot indexed again keeps its place.
    portfolio.pilots = [...portfolio.pilotsById.values()];
    if (portfolio.pilots.some((p, i) => i > 0 && portfolio.pilots[i - 1].id > p.id)) (portfolio.pilots as Pilot[]).sort((a, b) => a.id - b.id);
  }
  portfolio.version += 1;
}

export function buildPortfolio(sources: DashboardSources, today: IsoDate): Portfolio {
  const portfolio = emptyPortfolio(today);
  const records = recordsByPilot(sources);
  updatePortfolio(portfolio, new Set(records.keys()), records);
  return portfolio;
}

/**
 * The `count` first items of `items` in the order of `compare`, as `[...items].sort(compare).slice(0, count)`
 * gives them, without sorting them all.
 */
export function firstRanked<T>(items: readonly T[], count: number, compare: (a: T, b: T) => number): T[] {
  if (count <= 0) return [];
  if (count >= items.length / 4) return [...items].sort(compare).slice(0, count);
  const kept: T[] = [];
  for (const item of items) {
    if (kept.length === count && compare(item, kept[count - 1]) >= 0) continue;
    // After the equal ones already kept, as a stable sort places it.
    let [low, high] = [0, kept.length];
    while (low < high) {
      const middle = (low + high) >> 1;
      if (compare(item, kept[middle]) < 0) high = middle;
      else low = middle + 1;
    }
    kept.splice(low, 0, item);
    if (kept.length > count) kept.pop();
  }
  return kept;
}

/** When the pilot's adoption reaches `share` of its target users (fitted once per portfolio). */
export function forecastOf(portfolio: Portfolio, pilotId: number, share: number): Forecast {
  let byShare = portfolio.forecasts.get(pilotId);
  if (!byShare) portfolio.forecasts.set(pilotId, (byShare = new Map()));
  let forecast = byShare.get(share);
  if (!forecast) {
    forecast = forecastAdoption(adoptionOf(portfolio, pilotId), share);
    byShare.set(share, forecast);
  }
  return forecast;
}

/** The pilot's KPIs and their measurements (both groups). */
function recordsOf(portfolio: Portfolio, pilotId: number) {
  const kpis = portfolio.kpis.get(pilotId) ?? [];
  return { kpis, measurements: kpis.flatMap((k) => measurementsOfKpi(portfolio, pilotId, k.id)) };
}

/** The latest value of the pilot's KPI at its sites, if any. */
export const latestOfKpi = (portfolio: Portfolio, pilotId: number, kpiId: number) => latestMeasurement(atPilotSites(measurementsOfKpi(portfolio, pilotId, kpiId)));

/** The pilot's effect on each KPI its comparison sites measure. */
export function effectsOf(portfolio: Portfolio, pilot: Pilot): KpiEffect[] {
  const kpis = portfolio.kpis.get(pilot.id) ?? [];
  return estimateEffects(pilot, kpis, (kpiId) => measurementsOfKpi(portfolio, pilot.id, kpiId));
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

/** The segments the filter's category, region and department keep. */
export function selectSegments(portfolio: Portfolio, filter: DashboardFilter): Segment[] {
  return [...portfolio.segments.values()].filter(
    (s) =>
      (!filter.category || s.category === filter.category) &&
      (!filter.region || s.region === filter.region) &&
      (!filter.department || s.department === filter.department),
  );
}

/** The activity of `segments` from month `from` to month `to` (both included), summed by `keyOf(month)`. */
export function activityBetween(segments: readonly Segment[], from: string, to: string, keyOf: (month: string) => string = () => ''): Map<string, MonthActivity> {
  const sums = new Map<string, MonthActivity>();
  for (const segment of segments) {
    for (const [month, entry] of segment.activity) {
      if (month < from || month > to) continue;
      const key = keyOf(month);
      let sum = sums.get(key);
      if (!sum) sums.set(key, (sum = emptyMonth()));
      sum.trained += entry.trained;
      for (let i = 0; i < STAKEHOLDERS.length; i += 1) {
        sum.ratingSum[i] += entry.ratingSum[i];
        sum.ratings[i] += entry.ratings[i];
      }
    }
  }
  return sums;
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
