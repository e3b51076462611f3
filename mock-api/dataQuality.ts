/**
 * What stored data breaks today's rules (written before a rule existed, or by hand): counted per
 * rule and reported at start, never changed or dropped, so that someone can correct it.
 */
import { isDecidedStage } from '../src/domain/stages';
import type { Database, Kpi, Measurement } from '../src/domain/types';
import type { ColdRecords } from './coldRecords';
import { checkKpiValue, measurementSlot } from '../src/domain/validation';

export const DATA_RULES = {
  'measurement-out-of-range': 'measurements outside the range of their KPI (a negative count, a percentage above 100...)',
  'measurement-in-future': 'measurements dated after today',
  'measurement-same-date': 'measurements that repeat a KPI on the same date at the same group of sites',
  'kpi-out-of-range': 'KPIs whose baseline or target is outside the range of their unit',
  'decided-without-decision': 'pilots generalized or stopped without a decision',
} as const;
export type DataRule = keyof typeof DATA_RULES;

/** Counts the measurement rules' breaches among `measurements`, which hold every measurement of their KPIs. */
function countMeasurementProblems(counts: Record<DataRule, number>, kpis: ReadonlyMap<number, Kpi>, measurements: readonly Measurement[], today: string) {
  const seen = new Set<string>();
  for (const m of measurements) {
    const kpi = kpis.get(m.kpiId);
    if (kpi && checkKpiValue(kpi, m.value)) counts['measurement-out-of-range'] += 1;
    if (m.date > today) counts['measurement-in-future'] += 1;
    const key = measurementSlot(m);
    if (seen.has(key)) counts['measurement-same-date'] += 1;
    seen.add(key);
  }
}

/** `decided`: the pilots with a decision, when the store keeps the decisions to itself. */
export function checkDataQuality(db: Database, today: string, decided: ReadonlySet<number> = new Set(db.decisions.map((d) => d.pilotId))): Record<DataRule, number> {
  const counts = Object.fromEntries(Object.keys(DATA_RULES).map((rule) => [rule, 0])) as Record<DataRule, number>;
  countMeasurementProblems(counts, new Map(db.kpis.map((k) => [k.id, k])), db.measurements, today);
  for (const kpi of db.kpis) {
    if (checkKpiValue(kpi, kpi.baseline) || checkKpiValue(kpi, kpi.target)) counts['kpi-out-of-range'] += 1;
  }
  for (const pilot of db.pilots) {
    if (isDecidedStage(pilot.stage) && !decided.has(pilot.id)) counts['decided-without-decision'] += 1;
  }
  return counts;
}

/** Pilots whose measurements are read at once when the store keeps them to itself. */
const PILOT_SLICE = 2_000;

/** The same, with the decisions and measurements a store keeps to itself (`cold`) read from it, a slice of pilots at a time. */
export async function checkStoredDataQuality(db: Database, today: string, cold: ColdRecords | undefined): Promise<Record<DataRule, number>> {
  const decided = cold?.holds('decisions') ? cold.referenceIndex('decisions', 'pilotId').owners() : undefined;
  const counts = checkDataQuality(db, today, decided);
  if (cold?.holds('measurements')) {
    const kpis = new Map(db.kpis.map((k) => [k.id, k]));
    const ids = db.pilots.map((p) => p.id);
    for (let at = 0; at < ids.length; at += PILOT_SLICE) {
      const slice = ids.slice(at, at + PILOT_SLICE);
      await cold.withPilots(slice, (read) => countMeasurementProblems(counts, kpis, (read.get('measurements') ?? []) as unknown as Measurement[], today), ['measurements']);
    }
  }
  return counts;
}

/** One line per broken rule, for the start-up log; none when the data keeps every rule. */
export function describeDataQuality(counts: Record<DataRule, number>): string[] {
  return (Object.keys(counts) as DataRule[])
    .filter((rule) => counts[rule] > 0)
    .map((rule) => `Data check: ${counts[rule]} ${DATA_RULES[rule]} [${rule}]; kept as they are, correct them from the app`);
}
