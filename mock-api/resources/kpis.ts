/** KPIs: one adoption KPI per pilot; one with measurements stays with its pilot and in a unit that fits them. */
import type { Kpi, Measurement } from '../../src/domain/types';
import { checkKpiValue } from '../../src/domain/validation';
import type { ResourceModule } from './types';

export const kpis: ResourceModule = {
  label: 'KPI',
  // Moving a KPI or changing its unit reads the measurements of the pilot it belongs to now.
  readsPilotRecords: (_db, method, _body, existing) => ((method === 'PUT' || method === 'PATCH') && typeof existing?.pilotId === 'number' ? { pilotId: existing.pilotId, collections: ['measurements'] } : undefined),
  check(db, record, existing, errors, _today, lookup) {
    if (record.kind === 'adoption') {
      const other = db.kpis.find((k) => k.pilotId === record.pilotId && k.kind === 'adoption' && k.id !== existing?.id);
      if (other) errors.kind = `This pilot already has an adoption KPI ("${String(other.name)}")`;
    }
    const measured = () => (lookup.pilotRecords('measurements', existing!.pilotId as number) as unknown as Measurement[]).filter((m) => m.kpiId === existing!.id);
    if (existing && existing.pilotId !== record.pilotId && measured().length) {
      errors.pilotId = 'This KPI has measurements: it cannot move to another pilot';
    }
    // Only a change of unit kind or scale can put existing measurements out of range: scan them then.
    if (existing && (existing.unitKind !== record.unitKind || (existing.scaleMax ?? null) !== (record.scaleMax ?? null))) {
      const outside = measured().filter((m) => checkKpiValue(record as unknown as Kpi, m.value)).length;
      if (outside) errors.unitKind = `${outside} measurement(s) of this KPI would fall outside the range of this unit: correct them first`;
    }
  },
};
