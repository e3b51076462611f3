/**
 * Comparison sites for a few pilots of the demo: their processing time and cost per transaction
 * measured at comparable sites without the tool, from a year before the pilot started, and at the
 * pilot's own sites over that year. Everywhere improves a little (a common trend); the pilot's sites
 * improve much more, except in one pilot whose improvement is the same at both groups (no effect).
 */
import { isUnderWay } from '../../src/domain/dashboard';
import type { Kpi, Measurement, Pilot } from '../../src/domain/types';
import type { SeedContext } from './context';
import { addMonths, daysBetween } from './dates';
import type { Random } from './random';

const COMPARED_PILOTS = 4;
/** Which of them shows no real effect. */
const NO_EFFECT_PILOT = 1;
const MONTHS_BEFORE = 12;
const COMPARED_KINDS: readonly Kpi['kind'][] = ['time', 'cost'];

const round = (value: number) => Math.max(0, Math.round(value * 10) / 10);

export function generateComparisons(ctx: SeedContext, random: Random): Measurement[] {
  if (ctx.measurements !== undefined) return [];
  const { pilots, kpis, measurements } = ctx.db;
  const byKpi = new Map<number, Measurement[]>();
  for (const m of measurements) byKpi.set(m.kpiId, [...(byKpi.get(m.kpiId) ?? []), m]);
  const comparedKpis = (pilot: Pilot) => kpis.filter((k) => k.pilotId === pilot.id && COMPARED_KINDS.includes(k.kind) && (byKpi.get(k.id)?.length ?? 0) >= 6);
  const chosen = pilots.filter((p) => isUnderWay(p.stage) && comparedKpis(p).length > 0).slice(0, COMPARED_PILOTS);

  const added: Measurement[] = [];
  let id = measurements.reduce((max, m) => Math.max(max, m.id), 0);
  const add = (kpi: Kpi, date: string, value: number, group: Measurement['group']) =>
    added.push({ id: (id += 1), kpiId: kpi.id, pilotId: kpi.pilotId, date, value: round(value), group, version: 1 });

  chosen.forEach((pilot, index) => {
    for (const kpi of comparedKpis(pilot)) {
      const span = kpi.target - kpi.baseline;
      const noise = () => random.noise(Math.abs(span) * 0.06);
      // Comparison sites start a little apart from the pilot's, and improve by 15% of the pilot's ambition in two years.
      const offset = kpi.baseline * 0.08;
      const commonTrend = (date: string) => span * 0.15 * Math.min(1, daysBetween(pilot.startDate, date) / 730);
      for (let k = MONTHS_BEFORE; k >= 1; k -= 1) {
        const date = addMonths(pilot.startDate, -k);
        add(kpi, date, kpi.baseline + noise(), 'pilot');
        add(kpi, date, kpi.baseline + offset + noise(), 'comparison');
      }
      for (const m of byKpi.get(kpi.id) ?? []) {
        const value = index === NO_EFFECT_PILOT ? m.value + offset : kpi.baseline + offset + commonTrend(m.date);
        add(kpi, m.date, value + noise(), 'comparison');
      }
    }
  });
  return added;
}
