/** KPIs: one adoption KPI per pilot; one with measurements stays with its pilot and in a unit that fits them. */
import type { Kpi } from '../../src/domain/types';
import { checkKpiValue } from '../../src/domain/validation';
import type { ResourceModule } from './types';

export const kpis: ResourceModule = {
  label: 'KPI',
  check(db, record, existing, errors) {
    if (record.kind === 'adoption') {
      const other = db.kpis.find((k) => k.pilotId === record.pilotId && k.kind === 'adoption' && k.id !== existing?.id);
      if (other) errors.kind = `This pilot already has an adoption KPI ("${String(other.name)}")`;
    }
    if (existing && existing.pilotId !== record.pilotId && db.measurements.some((m) => m.kpiId === existing.id)) {
      errors.pilotId = 'This KPI has measurements: it cannot move to another pilot';
    }
    // Only a change of unit kind or scale can put existing measurements out of range: scan them then.
    if (existing && (existing.unitKind !== record.unitKind || (existing.scaleMax ?? null) !== (record.scaleMax ?? null))) {
      const outside = db.measurements.filter((m) => m.kpiId === existing.id && checkKpiValue(record as unknown as Kpi, m.value)).length;
      if (outside) errors.unitKind = `${outside} measurement(s) of this KPI would fall outside the range of this unit: correct them first`;
    }
  },
};
