import type { Kpi, Measurement } from '../../src/domain/types';
import { type SeedContext, type Trajectory } from './context';
import { addDays, addMonths, daysBetween } from './dates';

const DAYS_PER_MONTH = 30.44;

/** Share of the eventual plateau reached after `months`: an S-curve (Rogers' diffusion). */
const sCurve = (t: Trajectory, months: number) =>
  1 / (1 + Math.exp(-t.steepness * (months - t.midpoint))) - 1 / (1 + Math.exp(t.steepness * t.midpoint));

function valueAt(ctx: SeedContext, kpi: Kpi, targetUsers: number, t: Trajectory, months: number): number {
  const progress = Math.max(0, sCurve(t, months));
  if (kpi.kind === 'adoption') {
    return Math.max(0, Math.round(targetUsers * t.plateau * progress * (1 + ctx.random.noise(0.08))));
  }
  const effect = Math.min(1.1, t.plateau + 0.15) * progress;
  const value = kpi.baseline + (kpi.target - kpi.baseline) * effect + ctx.random.noise(Math.abs(kpi.target - kpi.baseline) * 0.06);
  const ceiling = kpi.unitKind === 'percentage' ? 100 : Infinity;
  return Math.min(ceiling, Math.max(0, Math.round(value * 10) / 10));
}

/** Dates at which a KPI is measured: monthly, or evenly spread to reach a wanted count. */
function measurementDates(start: string, until: string, count?: number): string[] {
  const dates: string[] = [];
  if (count === undefined) {
    for (let date = addMonths(start, 1); date <= until; date = addMonths(date, 1)) dates.push(date);
    return dates;
  }
  const span = Math.max(1, daysBetween(start, until));
  for (let i = 1; i <= count; i += 1) dates.push(addDays(start, Math.max(1, Math.round((span * i) / count))));
  return dates;
}

export function generateMeasurements(ctx: SeedContext): Measurement[] {
  const measurements: Measurement[] = [];
  const pilots = new Map(ctx.db.pilots.map((p) => [p.id, p]));
  const measured = ctx.db.kpis.filter((k) => {
    const pilot = pilots.get(k.pilotId);
    return pilot && pilot.stage !== 'proposed';
  });
  const perKpi = ctx.measurements === undefined ? undefined : Math.ceil(ctx.measurements / Math.max(1, measured.length));
  for (const kpi of measured) {
    const pilot = pilots.get(kpi.pilotId)!;
    const trajectory = ctx.trajectories.get(pilot.id)!;
    for (const date of measurementDates(pilot.startDate, trajectory.measuredUntil, perKpi)) {
      if (ctx.measurements !== undefined && measurements.length >= ctx.measurements) return measurements;
      const months = daysBetween(pilot.startDate, date) / DAYS_PER_MONTH;
      measurements.push({ id: measurements.length + 1, kpiId: kpi.id, pilotId: pilot.id, date, value: valueAt(ctx, kpi, pilot.targetUsers, trajectory, months), group: 'pilot', version: 1 });
    }
  }
  return measurements;
}
