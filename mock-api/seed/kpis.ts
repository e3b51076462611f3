import { templateOf } from '../../src/domain/kpiTemplates';
import type { Kpi, KpiKind, Pilot, PilotCategory } from '../../src/domain/types';
import type { SeedContext } from './context';
import type { Random } from './random';

/** Baseline and target of each kind of indicator, drawn for each pilot. */
const RANGES: Record<Exclude<KpiKind, 'adoption'>, (random: Random) => { baseline: number; target: number }> = {
  'take-up': (r) => ({ baseline: r.int(5, 25), target: r.int(60, 80) }),
  completion: (r) => ({ baseline: r.int(40, 60), target: r.int(85, 95) }),
  satisfaction: (r) => ({ baseline: r.int(45, 65), target: r.int(80, 90) }),
  cost: (r) => {
    const baseline = r.int(8, 25);
    return { baseline, target: Math.round(baseline * (0.4 + r.next() * 0.2) * 10) / 10 };
  },
  time: (r) => {
    const baseline = r.int(10, 30);
    return { baseline, target: Math.max(1, Math.round(baseline * (0.3 + r.next() * 0.2))) };
  },
  custom: (r) => ({ baseline: r.int(0, 10), target: r.int(40, 120) }),
};

/** The shared templates, plus the open-data indicator that has none. */
const templateFor = (kind: Exclude<KpiKind, 'adoption'>) =>
  templateOf(kind) ?? { name: 'Datasets published', kind, unit: 'datasets', unitKind: 'count' as const, direction: 'increase' as const };

const BY_CATEGORY: Record<PilotCategory, readonly Exclude<KpiKind, 'adoption'>[]> = {
  'document-management': ['time', 'cost', 'satisfaction'],
  collaboration: ['satisfaction', 'time'],
  'mobile-app': ['satisfaction', 'completion', 'time'],
  'online-procedure': ['take-up', 'completion', 'satisfaction', 'cost'],
  'e-payment': ['take-up', 'completion', 'cost'],
  'agent-portal': ['take-up', 'satisfaction'],
  'open-data': ['custom', 'satisfaction'],
  other: ['satisfaction', 'take-up'],
};

/** Every pilot under way gets an adoption KPI (active users) and the usual indicators of its kind. */
export function generateKpis(ctx: SeedContext): Kpi[] {
  const kpis: Kpi[] = [];
  const add = (pilot: Pilot, kpi: Omit<Kpi, 'id' | 'pilotId'>) => kpis.push({ id: kpis.length + 1, pilotId: pilot.id, ...kpi });
  for (const pilot of ctx.db.pilots) {
    if (pilot.stage === 'proposed' && ctx.random.chance(0.5)) continue;
    const adoption = templateOf('adoption')!;
    add(pilot, { name: adoption.name, kind: 'adoption', unit: adoption.unit, unitKind: 'count', direction: 'increase', baseline: 0, target: Math.round(pilot.targetUsers * 0.8), version: 1 });
    for (const kind of BY_CATEGORY[pilot.category]) {
      const { name, unit, unitKind, direction } = templateFor(kind);
      add(pilot, { name, kind, unit, unitKind, direction, ...RANGES[kind](ctx.random), version: 1 });
    }
  }
  return kpis;
}
