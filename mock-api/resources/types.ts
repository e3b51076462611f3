/**
 * What a resource module holds: every rule of one resource that is not a field rule of the shared
 * schema — who owns a record, what the server sets, rules against the rest of the data, fields
 * frozen after creation, and what a write changes elsewhere.
 */
import type { Actor } from '../../src/domain/permissions';
import type { Database, Measurement, StoredResource } from '../../src/domain/types';
import type { ColdCollection, MeasurementSlot } from '../store/types';
import type { FieldErrors, Input } from '../../src/domain/validation';
import type { AnyRecord } from '../context';

/** How the rules find records: by id, and a KPI's measurement at a date (indexed during an import of many rows). */
export interface IntegrityLookup {
  /** For a collection the store keeps to itself (`cold`), only whether the record exists: `{ id }`. */
  byId(resource: StoredResource, id: unknown): AnyRecord | undefined;
  /** The KPI's measurement on `date` at `group` of sites, if any. */
  measurementAt(kpiId: number, group: string, date: string): Measurement | undefined;
  /** The pilot's records of a collection (a store may keep measurements, trainings, feedback and decisions to itself: they are read before the checks). */
  pilotRecords(resource: ColdCollection, pilotId: number): readonly AnyRecord[];
}

/** The records of one pilot a write's checks read. */
export interface PilotRecordsRead {
  pilotId: number;
  collections: readonly ColdCollection[];
  /** Of the pilot's measurements, only those of this KPI on this date are needed. */
  slot?: MeasurementSlot;
}

/** A stored write, for the effects it has elsewhere. */
export interface StoredWrite {
  db: Database;
  method: 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** The record as stored (as it was, for a delete). */
  written: AnyRecord;
  before?: AnyRecord;
  /** Who wrote it, and the integration token it came through, for the audit trail. */
  userId: number | null;
  via: { tokenId?: number };
  /** An account's new password hash (users). */
  passwordHash?: string;
}

export interface ResourceModule {
  /** The record's name in messages: "pilot", "KPI". */
  label: string;
  /** What an `own` right covers, in a refusal: "pilots you own". */
  whose?: string;
  /** Whether `actor` owns `record`; undefined when it points at nothing (validation says so). By default, through its pilot. */
  owns?(db: Database, actor: Actor, record: Record<string, unknown>): boolean | undefined;
  /** Fields set by the server from the session when a record is created (`record` has the client's fields). */
  attribute?(record: Input, actor: Actor): Input;
  /**
   * Rules against the rest of the data, run once every field is valid on its own: problems go in
   * `errors`, a clash with another record is thrown (409). May fill in derived fields.
   */
  check?(db: Database, record: Input, existing: AnyRecord | undefined, errors: FieldErrors, today: string, lookup: IntegrityLookup): void;
  /**
   * The pilot whose measurements, trainings, feedback or decisions `check` reads for this write, if
   * any (a store may keep them to itself: they are read first). `existing`: the record written over.
   */
  readsPilotRecords?(db: Database, method: string, body: Input, existing: AnyRecord | undefined): PilotRecordsRead | undefined;
  /** Fields that cannot change once the record exists, and why. */
  frozen?: { fields: readonly string[]; reason: string };
  /** What the write changes elsewhere, in the same commit (each change named to the store). */
  afterWrite?(write: StoredWrite): void;
}
