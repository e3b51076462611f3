import type { Database, StoredResource } from '../../src/domain/types';
import type { AnyRecord } from '../context';
import type { ListQuery, ListResult } from '../listQuery';
import type { ChangeSet } from './changes';

/**
 * Where the API keeps its data. `load` reads it once at start-up; `commit` makes the current
 * state durable and resolves only once it is. Knows nothing of HTTP, so that another store
 * (PostgreSQL for large portfolios) can stand behind the same contract.
 */
export interface Store {
  /** Human-readable location, for logs and error messages. */
  readonly location: string;
  load(): Promise<Database>;
  /**
   * Persists `changes` (serialised at once: its records are the live ones), made to `state`, the
   * live data. Commits made while a write is under way are grouped into the next one; each
   * promise resolves once a write that includes it, and every commit before it, is durable.
   */
  commit(changes: ChangeSet, state: Database): Promise<void>;
  /** Waits for writes under way, then lets go of files and connections. */
  close?(): Promise<void>;
  /** How the store answers reads itself (a database, in SQL); without one, they are answered from the loaded data. */
  reader?: RecordReader;
  /**
   * The store loads, of the audit trail, only the recent failed sign-ins (`RECENT_AUDIT_MS`), and
   * the server drops the other entries from memory once written: its reader answers for the whole trail.
   */
  recentAuditOnly?: boolean;
  /**
   * Collections the store keeps to itself: `load` leaves them empty, the live data holds only
   * their records not committed yet, and the server reads the rest here (`coldRecords.ts`).
   */
  cold?: ColdSource;
}

/** The collections a store may keep to itself: the largest, read a pilot at a time. */
export const COLD_COLLECTIONS = ['measurements', 'trainings', 'feedback', 'decisions'] as const;
export type ColdCollection = (typeof COLD_COLLECTIONS)[number];

/** A KPI and a date: where a measurement's slot check looks (one measurement per KPI, date and group of sites). */
export interface MeasurementSlot {
  kpiId: number;
  date: string;
}

/** How the server reads the records of the collections a store keeps to itself, as committed. */
export interface ColdSource {
  readonly collections: readonly ColdCollection[];
  /** Each record's id and `fields` (version, references; a measurement's date), by slices of rows in id order. */
  keys(collection: ColdCollection, fields: readonly string[]): AsyncIterable<Record<string, number | string | null>[]>;
  /** The records of these pilots, in id order. */
  ofPilots(collection: ColdCollection, pilotIds: readonly number[]): Promise<AnyRecord[]>;
  /** The measurements of a KPI on a date (both groups of sites), in id order. */
  measurementsOn(slot: MeasurementSlot): Promise<AnyRecord[]>;
  get(collection: ColdCollection, id: number): Promise<AnyRecord | undefined>;
}

/** The stored data cannot be read: never replaced silently, the operator must look. */
export class StoreError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StoreError';
  }
}

/** The collections the API lists and reads by id. */
export type ReadableCollection = StoredResource | 'audit';

/**
 * How the API reads records, whatever store holds them: a page of a collection (filtered,
 * sorted, sliced: in SQL for a database, from sort orders kept from commit to commit in memory), and one
 * record by id. Asynchronous, as a database's answers are.
 */
export interface RecordReader {
  list(collection: ReadableCollection, query: ListQuery): Promise<ListResult<AnyRecord>>;
  get(collection: ReadableCollection, id: number): Promise<AnyRecord | undefined>;
}
