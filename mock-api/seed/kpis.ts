import type { Kpi, KpiDirection, KpiKind, Pilot, PilotCategory } from '../../src/domain/types';
import type { SeedContext } from './context';
import type { Random } from './random';

interface KpiTemplate {
  name: string;
  kind: KpiKind;
  unit: string;
  direction: KpiDirection;
  /** Baseline and target, drawn for each pilot. */
  range: (random: Random) => { baseline: number; target: number };
}

const round1 = (value: number) => Math.round(value * 10) / 10;

const TEMPLATES: Record<Exclude<KpiKind, 'adoption'>, KpiTemplate> = {
  'take-up': { name: 'Digital take-up', kind: 'take-up', unit: '%', direction: 'increase', range: (r) => ({ baseline: r.int(5, 25), target: r.int(60, 80) }) },
  completion: { name: 'Completion rate', kind: 'completion', unit: '%', direction: 'increase', range: (r) => ({ baseline: r.int(40, 60), target: r.int(85, 95) }) },
  satisfaction: { name: 'User satisfaction', kind: 'satisfaction', unit: '% satisfied', direction: 'increase', range: (r) => ({ baseline: r.int(45, 65), target: r.int(80, 90) }) },
  cost: {
    name: 'Cost per transaction',
    kind: 'cost',
    unit: 'EUR',
    direction: 'decrease',
    range: (r) => {
      const baseline = r.int(8, 25);
      return { baseline, target: round1(baseline * (0.4 + r.next() * 0.2)) };
    },
  },
  time: {
    name: 'Processing time',
    kind: 'time',
    unit: 'days',
    direction: 'decrease',
    range: (r) => {
      const baseline = r.int(10, 30);
      return { baseline, target: Math.max(1, Math.round(baseline * (0.3 + r.next() * 0.2))) };
    },
  },
  custom: { name: 'Datasets published', kind: 'custom', unit: 'datasets', direction: 'increase', range: (r) => ({ baseline: r.int(0, 10), target: r.int(40, 120) }) },
};

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
    add(pilot, { name: 'Active users', kind: 'adoption', unit: 'users', direction: 'increase', baseline: 0, target: Math.round(pilot.targetUsers * 0.8) });
    for (const kind of BY_CATEGORY[pilot.category]) {
      const template = TEMPLATES[kind];
      add(pilot, { name: template.name, kind, unit: template.unit, direction: template.direction, ...template.range(ctx.random) });
    }
  }
  return kpis;
}
