/**
 * The usual public-service indicators (GOV.UK's four KPIs, France's Observatoire indicators),
 * offered when a KPI is added to a pilot and used by the demo data.
 */
import type { KpiDirection, KpiKind, UnitKind } from './types';

export interface KpiTemplate {
  id: string;
  name: string;
  kind: KpiKind;
  unit: string;
  unitKind: UnitKind;
  direction: KpiDirection;
}

export const KPI_TEMPLATES: readonly KpiTemplate[] = [
  { id: 'active-users', name: 'Active users', kind: 'adoption', unit: 'users', unitKind: 'count', direction: 'increase' },
  { id: 'digital-take-up', name: 'Digital take-up', kind: 'take-up', unit: '%', unitKind: 'percentage', direction: 'increase' },
  { id: 'completion-rate', name: 'Completion rate', kind: 'completion', unit: '%', unitKind: 'percentage', direction: 'increase' },
  { id: 'user-satisfaction', name: 'User satisfaction', kind: 'satisfaction', unit: '% satisfied', unitKind: 'percentage', direction: 'increase' },
  { id: 'cost-per-transaction', name: 'Cost per transaction', kind: 'cost', unit: 'EUR', unitKind: 'currency', direction: 'decrease' },
  { id: 'processing-time', name: 'Processing time', kind: 'time', unit: 'days', unitKind: 'duration', direction: 'decrease' },
];

export const templateOf = (kind: KpiKind) => KPI_TEMPLATES.find((t) => t.kind === kind);

/** The units the templates write, which the SPA translates (`app.units.<unit>`). */
export const TEMPLATE_UNITS: readonly string[] = [...new Set(KPI_TEMPLATES.map((t) => t.unit))];
