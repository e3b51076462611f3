/** Measurements: owned through their KPI's pilot, whose id the server fills in; a value in its KPI's range, one per KPI, date and group of sites. */
import type { Database, Kpi } from '../../src/domain/types';
import { checkKpiValue, describeProblem, isIsoDate } from '../../src/domain/validation';
import { positionById } from '../context';
import { conflict } from '../errors';
import type { ResourceModule } from './types';

/** The pilot of the KPI `kpiId` names, found by id (both collections are in id order). */
const pilotOfKpi = (db: Database, kpiId: unknown) => (typeof kpiId === 'number' ? db.kpis[positionById(db.kpis, kpiId)]?.pilotId : undefined);

export const measurements: ResourceModule = {
  label: 'measurement',
  owns(db, actor, record) {
    const pilotId = pilotOfKpi(db, record.kpiId) ?? record.pilotId;
    const owner = typeof pilotId === 'number' ? db.pilots[positionById(db.pilots, pilotId)]?.ownerId : undefined;
    return owner === undefined ? undefined : owner === actor.id;
  },
  // The slot check reads the KPI's measurements on the date (a date that is not one fails its own check first).
  readsPilotRecords(db, method, body, existing) {
    const kpiId = body.kpiId ?? existing?.kpiId;
    const pilotId = method === 'DELETE' ? undefined : pilotOfKpi(db, kpiId);
    if (pilotId === undefined) return undefined;
    const date = body.date ?? existing?.date;
    return { pilotId, collections: ['measurements'], slot: isIsoDate(date) ? { kpiId: kpiId as number, date } : undefined };
  },
  check(_db, record, existing, errors, _today, lookup) {
    const kpi = lookup.byId('kpis', record.kpiId) as unknown as Kpi;
    record.pilotId = kpi.pilotId;
    const valueProblem = checkKpiValue(kpi, record.value);
    if (valueProblem) errors.value = describeProblem(valueProblem);
    const found = lookup.measurementAt(kpi.id, String(record.group), String(record.date));
    const twin = found && found.id !== existing?.id ? found : undefined;
    if (twin && !errors.value) {
      const where = twin.group === 'comparison' ? ' at its comparison sites' : '';
      throw conflict(
        `This KPI already has a measurement${where} on ${twin.date} (id ${twin.id}, value ${twin.value}): change that one instead`,
        { date: `Already measured${where} on this date (measurement ${twin.id})` },
        { existingId: twin.id, existing: twin },
      );
    }
  },
};
