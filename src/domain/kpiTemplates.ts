/**
 * The usual public-service indicators (GOV.UK's four KPIs, France's Observatoire indicators),
 * offered when a KPI is added to a pilot and used by the demo data.
 */
import type { KpiDirection, KpiKind } from './types';

export interface KpiTemplate {
  id: string;
  name: string;
  kind: KpiKind;
  unit: string;
  direction: KpiDirection;
}

export const KPI_TEMPLATES: readonly KpiTemplate[] = [
  { id: 'active-users', name: 'Active users', kind: 'adoption', unit: 'users', direction: 'increase' },
  { id: 'digital-take-up', name: 'Digital take-up', kind: 'take-up', unit: '%', direction: 'increase' },
  { id: 'completion-rate', name: 'Completion rate', kind: 'completion', unit: '%', direction: 'increase' },
  { id: 'user-satisfaction', name: 'User satisfaction', kind: 'satisfaction', unit: '% satisfied', direction: 'increase' },
  { id: 'cost-per-transaction', name: 'Cost per transaction', kind: 'cost', unit: 'EUR', direction: 'decrease' },
  { id: 'processing-time', name: 'Processing time', kind: 'time', unit: 'days', direction: 'decrease' },
];

export const templateOf = (kind: KpiKind) => KPI_TEMPLATES.find((t) => t.kind === kind);
