/**
 * The measurement a KPI has on a date at a group of sites, found without scanning every
 * measurement: the KPI of each measurement by id (`ownerIndex`), kept up to date from the commits'
 * change sets. Validation applies and commits a write in one synchronous run, so the next write's
 * validation sees it here.
 */
import type { Measurement, MeasurementGroup } from '../src/domain/types';
import { positionById } from './context';
import type { Data } from './database';
import { ownerIndex } from './ownerIndex';

export type MeasurementAt = (kpiId: number, group: MeasurementGroup, date: string) => Measurement | undefined;

export function measurementSlots(data: Data): MeasurementAt {
  let kpiOf = ownerIndex();
  const fill = () => {
    kpiOf = ownerIndex();
    for (const m of data.get().measurements) kpiOf.set(m.id, m.kpiId);
  };
  fill();
  data.onCommit((changes) => {
    if (!changes) return fill();
    for (const m of (changes.put.measurements ?? []) as Measurement[]) kpiOf.set(m.id, m.kpiId);
    for (const id of changes.remove.measurements ?? []) kpiOf.delete(id);
  });
  return (kpiId, group, date) => {
    const all = data.get().measurements;
    for (const id of kpiOf.idsOf(new Set([kpiId]))) {
      const m = all[positionById(all, id)];
      if (m?.date === date && m.group === group) return m;
    }
    return undefined;
  };
}
