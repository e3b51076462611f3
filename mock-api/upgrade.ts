/**
 * Brings a data file written by an older version up to date at load, losing nothing: records get
 * a `version`, KPIs the unit kind their unit implies, measurements the pilot's sites as their group
 * and their KPI's pilot, decisions an `againstRecommendation` flag, audit entries the pilot they
 * concern.
 */
import { unitKindOfUnit } from '../src/domain/schema';
import { STORED_RESOURCES, type Database } from '../src/domain/types';
import { pilotOfRecord } from './audit';
import { collection } from './context';

export function upgradeDatabase(db: Database): Database {
  for (const resource of STORED_RESOURCES) {
    for (const record of collection(db, resource)) {
      if (typeof record.version !== 'number') record.version = 1;
    }
  }
  for (const kpi of db.kpis) {
    if (!kpi.unitKind) kpi.unitKind = unitKindOfUnit(kpi.unit ?? '');
  }
  const pilotOfKpi = new Map(db.kpis.map((k) => [k.id, k.pilotId]));
  for (const measurement of db.measurements) {
    if (measurement.group !== 'pilot' && measurement.group !== 'comparison') measurement.group = 'pilot';
    // Read a pilot at a time (the dashboard's index, a store that keeps them): each names its KPI's pilot.
    const pilotId = pilotOfKpi.get(measurement.kpiId);
    if (pilotId !== undefined && measurement.pilotId !== pilotId) measurement.pilotId = pilotId;
  }
  for (const decision of db.decisions) {
    if (typeof decision.againstRecommendation !== 'boolean') decision.againstRecommendation = false;
  }
  const pilotOfAudited = new Map<string, number | null>();
  for (const entry of db.audit) {
    if (entry.pilotId !== undefined || entry.recordId === null || !(STORED_RESOURCES as readonly string[]).includes(entry.resource)) continue;
    const key = `${entry.resource}:${entry.recordId}`;
    if (!pilotOfAudited.has(key)) {
      const record = collection(db, entry.resource as (typeof STORED_RESOURCES)[number]).find((r) => r.id === entry.recordId);
      pilotOfAudited.set(key, pilotOfRecord(entry.resource, record));
    }
    entry.pilotId = pilotOfAudited.get(key) ?? null;
  }
  return db;
}
