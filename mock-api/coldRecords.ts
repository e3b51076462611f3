/**
 * The records of the collections a store keeps to itself (on PostgreSQL: measurements, trainings,
 * feedback and decisions, most of the rows and the heaviest): the live data holds only those not
 * committed yet, and the server keeps, per record, 4 bytes for each key its synchronous checks
 * need: the version (a write over a record changed meanwhile is refused, 409) and each reference
 * (a KPI, a pilot, an account or a decision that records point at is not deleted); and, for the
 * measurements, about 2 bytes in a filter of the KPIs and dates that hold one (`slotFilter.ts`):
 * a measurement's slot check reads the store only when its date may be taken. The records
 * themselves are read from the store a pilot at a time, with those not committed yet over them.
 */
import { SCHEMAS } from '../src/domain/schema';
import { positionById, type AnyRecord } from './context';
import type { Data } from './database';
import { ownerIndex, type OwnerIndex, type ReadonlyOwnerIndex } from './ownerIndex';
import { slotFilter, slotHash, type SlotFilter } from './slotFilter';
import type { ChangeSet } from './store/changes';
import type { ColdCollection, ColdSource, MeasurementSlot } from './store/types';

export interface ColdRecords {
  readonly collections: readonly ColdCollection[];
  holds(collection: string): collection is ColdCollection;
  /** The version of the record as it now is; undefined when there is no such record. */
  versionOf(collection: ColdCollection, id: number): number | undefined;
  /** How many records of `collection` point at `value` through the reference `field`. */
  count(collection: ColdCollection, field: string, value: number): number;
  /**
   * The record's `field` (a reference) of every record, by id, as the commits change it: read it
   * at once, not kept (a reload replaces it). Its commit listener runs after those added `first`.
   */
  referenceIndex(collection: ColdCollection, field: string): ReadonlyOwnerIndex;
  /** The record as it now is: not committed yet, or as the store has it. */
  get(collection: ColdCollection, id: number): Promise<AnyRecord | undefined>;
  /**
   * Calls `work`, in the same turn as the reads' end, with the records of `pilotIds` as they now
   * are: the store's, under those not committed yet (kept in the live data until the reads end,
   * should they be committed meanwhile). Of the collections `wanted` only, when given; of the
   * measurements, only those of `slot`, when given (a pilot may have thousands).
   */
  withPilots<T>(pilotIds: readonly number[], work: (records: Map<ColdCollection, AnyRecord[]>) => T, wanted?: readonly ColdCollection[], slot?: MeasurementSlot): Promise<T>;
}

/** Each collection's reference fields, from its schema (asked at every commit: listed once). */
const REFERENCE_FIELDS = new Map<ColdCollection, string[]>();
const referenceFields = (collection: ColdCollection) => {
  let fields = REFERENCE_FIELDS.get(collection);
  if (!fields) {
    fields = Object.entries(SCHEMAS[collection])
      .filter(([, spec]) => spec.type === 'reference')
      .map(([field]) => field);
    REFERENCE_FIELDS.set(collection, fields);
  }
  return fields;
};

interface Keys {
  /** Version + 1 (0: no record), by id. */
  versions: Record<string, OwnerIndex>;
  references: Record<string, Record<string, OwnerIndex>>;
  /** The KPIs and dates that may hold a stored measurement. */
  slots: SlotFilter;
}

const measurementSlot = (record: Readonly<Record<string, unknown>>) => slotHash(Number(record.kpiId), String(record.date));

/**
 * The keys of `source`'s records, read by slices, with the change sets committed meanwhile applied
 * after; the slots' filter sized for at least `measurements`.
 */
async function loadKeys(source: ColdSource, measurements = 0): Promise<Keys> {
  const keys: Omit<Keys, 'slots'> = { versions: {}, references: {} };
  /** The measurements' slots, a slice at a time: the filter is sized once they are counted. */
  const slices: Uint32Array[] = [];
  for (const collection of source.collections) {
    const fields = referenceFields(collection);
    const versions = (keys.versions[collection] = ownerIndex());
    const references = (keys.references[collection] = Object.fromEntries(fields.map((f) => [f, ownerIndex()])));
    const slotted = collection === 'measurements';
    for await (const rows of source.keys(collection, slotted ? ['version', 'date', ...fields] : ['version', ...fields])) {
      if (slotted) slices.push(Uint32Array.from(rows, measurementSlot));
      for (const row of rows) {
        const id = Number(row.id);
        versions.set(id, Number(row.version ?? 0) + 1);
        for (const field of fields) if (row[field] != null) references[field].set(id, Number(row[field]));
      }
    }
  }
  const slots = slotFilter(Math.max(measurements, slices.reduce((n, slice) => n + slice.length, 0)));
  for (const slice of slices) for (const hash of slice) slots.add(hash);
  return { ...keys, slots };
}

function applyChanges(keys: Keys, collections: readonly ColdCollection[], changes: ChangeSet) {
  for (const collection of collections) {
    const fields = referenceFields(collection);
    for (const record of (changes.put[collection] ?? []) as AnyRecord[]) {
      keys.versions[collection].set(record.id, Number(record.version ?? 0) + 1);
      if (collection === 'measurements') keys.slots.add(measurementSlot(record));
      for (const field of fields) {
        const value = record[field];
        if (typeof value === 'number') keys.references[collection][field].set(record.id, value);
        else keys.references[collection][field].delete(record.id);
      }
    }
    for (const id of changes.remove[collection] ?? []) {
      keys.versions[collection].delete(id);
      for (const field of fields) keys.references[collection][field].delete(id);
    }
  }
}

/** The cold records of `source`, once their keys are read (at start, before the server takes requests). */
export async function coldRecords(data: Data, source: ColdSource): Promise<ColdRecords> {
  const { collections } = source;
  let keys = await loadKeys(source);
  /** Change sets committed while the keys are read again, applied over them after. */
  let meanwhile: ChangeSet[] | undefined;
  /** Reads the keys again (the store's, as committed); `caught` and the changes committed until then are applied over them after. */
  const readAgain = (caught: ChangeSet[] = []) => {
    meanwhile = caught;
    // Those committed meanwhile count: the filter is sized for all it held.
    loadKeys(source, keys.slots.added).then(
      (fresh) => {
        // Read again since (a reload): that read's keys are the ones kept.
        if (meanwhile !== caught) return;
        for (const later of caught) applyChanges(fresh, collections, later);
        keys = fresh;
        meanwhile = undefined;
      },
      // The database cannot be read either: the keys stay as they were, changes still applied to them.
      () => {
        if (meanwhile === caught) meanwhile = undefined;
      },
    );
  };
  data.onCommit((changes) => {
    // Reloaded: what was not committed is gone, and the keys are read again.
    if (!changes) return readAgain();
    const wasFull = keys.slots.full;
    applyChanges(keys, collections, changes);
    meanwhile?.push(changes);
    // Twice the measurements it was sized for: the slots' filter is built again, larger (once; a failed read leaves it as it is).
    if (keys.slots.full && !wasFull && !meanwhile) readAgain([changes]);
  });

  const pending = (collection: ColdCollection) => data.get()[collection] as unknown as AnyRecord[];
  const pendingRecord = (collection: ColdCollection, id: number) => {
    const records = pending(collection);
    return records[positionById(records, id)] as AnyRecord | undefined;
  };

  return {
    collections,
    holds: (collection): collection is ColdCollection => (collections as readonly string[]).includes(collection),
    versionOf(collection, id) {
      const found = pendingRecord(collection, id);
      if (found) return Number(found.version ?? 0);
      const stored = keys.versions[collection].get(id);
      return stored === undefined ? undefined : stored - 1;
    },
    count: (collection, field, value) => keys.references[collection][field]?.idsOf(new Set([value])).length ?? 0,
    referenceIndex: (collection, field) => keys.references[collection][field],
    async get(collection, id) {
      const found = pendingRecord(collection, id);
      if (found || keys.versions[collection].get(id) === undefined) return found;
      const release = data.holdCommitted();
      try {
        const stored = await source.get(collection, id);
        // Written or removed meanwhile: the live data and the keys know.
        return pendingRecord(collection, id) ?? (keys.versions[collection].get(id) === undefined ? undefined : stored);
      } finally {
        release();
      }
    },
    async withPilots(pilotIds, work, only, slot) {
      const release = data.holdCommitted();
      try {
        const read = only ? collections.filter((c) => only.includes(c)) : collections;
        const inSlot = (collection: ColdCollection) => slot !== undefined && collection === 'measurements';
        // A slot no stored measurement can hold (the filter is certain of "no") is not read.
        const readSlot = () => (keys.slots.mayHold(slotHash(slot!.kpiId, slot!.date)) ? source.measurementsOn(slot!) : []);
        const stored = await Promise.all(read.map((c) => (inSlot(c) ? readSlot() : source.ofPilots(c, pilotIds))));
        const ofPilots = new Set(pilotIds);
        const found = new Map<ColdCollection, AnyRecord[]>();
        read.forEach((collection, i) => {
          const wanted = inSlot(collection) ? (r: AnyRecord) => r.kpiId === slot!.kpiId && r.date === slot!.date : (r: AnyRecord) => ofPilots.has(r.pilotId as number);
          const byId = new Map<number, AnyRecord>();
          // Removed, their removal not durable yet: known from the keys.
          for (const record of stored[i]) if (keys.versions[collection].get(record.id) !== undefined) byId.set(record.id, record);
          // Not committed yet: as they now are, wherever they were.
          for (const record of pending(collection)) {
            byId.delete(record.id);
            if (wanted(record)) byId.set(record.id, record);
          }
          found.set(collection, [...byId.values()].sort((a, b) => a.id - b.id));
        });
        return work(found);
      } finally {
        release();
      }
    },
  };
}
