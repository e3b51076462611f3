/**
 * Imports the rows of a CSV file as records of one resource, with the API's own rules: the schema,
 * the rules between records, the role table (a manager imports only into their own pilots). Each
 * accepted row is applied to the live data at once, so that later rows are checked against it,
 * all in one synchronous pass: a dry run, or a file with any error, is then undone exactly; a
 * real run commits every record in one durable write, with an audit entry per record and one for
 * the import. A row already stored (same natural key) is left as it is, or updated when asked.
 */
import { parseCsv } from '../../src/domain/csv';
import { todayIso } from '../../src/domain/format';
import { IMPORT_LIMITS, NATURAL_KEYS, importFields, type ImportReport, type ImportableResource } from '../../src/domain/imports';
import { grantFor, type Actor } from '../../src/domain/permissions';
import { SCHEMAS } from '../../src/domain/schema';
import type { Database, Measurement } from '../../src/domain/types';
import { measurementSlot, validateRecord, withDefaults, type Input } from '../../src/domain/validation';
import { appendAudit, changedFields, pilotOfRecord } from '../audit';
import { collection, placeById, positionById, type AnyRecord } from '../context';
import type { Data } from '../database';
import { HttpError, invalid } from '../errors';
import { checkImmutable, checkIntegrity, scanningLookup, type IntegrityLookup } from '../integrity';
import { attribute, owns } from '../resources';
import { markChanged } from '../store/changes';
import { clientFields } from '../middlewares/validation';
import { createNameLookup, readCell, type NameLookup } from './cells';

export interface ImportRequest {
  resource: ImportableResource;
  bytes: Uint8Array;
  dryRun: boolean;
  /** Update the stored record a row matches, instead of leaving it as it is. */
  update: boolean;
  /** Which column of the file fills each field; by default the columns named like the fields. */
  mapping?: Record<string, string>;
  actor: Actor;
  /** When the file comes through an integration token: the token, and the pilots it may record for. */
  token?: { id: number; pilotIds: readonly number[] };
}

const PREVIEW_ROWS = 10;

/** Columns to fields: the mapping given (checked), or the header's names that are fields. */
function mappingOf(resource: ImportableResource, header: string[], given: Record<string, string> | undefined): Record<string, string> {
  const fields = importFields(resource);
  if (given) {
    const errors: Record<string, string> = {};
    for (const [field, column] of Object.entries(given)) {
      if (!fields.includes(field)) errors[field] = `Not a field a ${resource} import fills: ${fields.join(', ')}`;
      else if (!header.includes(column)) errors[field] = `No column "${column}" in the file`;
    }
    if (Object.keys(errors).length) throw invalid(errors, 'The mapping names fields or columns that do not exist');
    return given;
  }
  const unknown = header.filter((column) => !fields.some((f) => f.toLowerCase() === column.toLowerCase()));
  if (unknown.length) {
    throw invalid(Object.fromEntries(unknown.map((c) => [c, `Unknown column: the header names the fields (${fields.join(', ')}), or send a mapping`])), 'The file has columns that are not fields');
  }
  return Object.fromEntries(header.map((column) => [fields.find((f) => f.toLowerCase() === column.toLowerCase())!, column]));
}

/**
 * Indexes over the live data that the rows keep up to date, so that each row costs the same however
 * large the data; over the records read (`read`, of the file's pilots) for those the store keeps to itself.
 */
function createIndexes(db: Database, resource: ImportableResource, read?: ReadonlyMap<string, readonly AnyRecord[]>) {
  const stored = read?.get(resource) ?? collection(db, resource);
  const byId = new Map<string, Map<unknown, AnyRecord>>();
  const idsOf = (name: keyof Database & string) => {
    let index = byId.get(name);
    if (!index) {
      index = new Map((name === resource ? stored : collection(db, name as ImportableResource)).map((r) => [r.id, r]));
      byId.set(name, index);
    }
    return index;
  };
  const natural = new Map<string, AnyRecord>(stored.map((r) => [NATURAL_KEYS[resource](r), r]));
  const scan = scanningLookup(db, undefined, read);
  const positions = new Map<unknown, number>(collection(db, resource).map((r, i) => [r.id, i]));
  const lookup: IntegrityLookup = {
    byId: (name, id) => idsOf(name).get(id),
    // A measurement's natural key is its slot (KPI, group, date): the same index answers.
    measurementAt: (kpiId, group, date) =>
      resource === 'measurements' ? (natural.get(measurementSlot({ kpiId, group, date })) as unknown as Measurement | undefined) : scan.measurementAt(kpiId, group, date),
    // A KPI's checks read its pilot's measurements: read before, with the file's pilots, when the store keeps them.
    pilotRecords: scan.pilotRecords,
  };
  return {
    lookup,
    natural,
    positions,
    /** Records a row just applied in every index. */
    add(record: AnyRecord, position: number) {
      idsOf(resource).set(record.id, record);
      natural.set(NATURAL_KEYS[resource](record), record);
      positions.set(record.id, position);
    },
  };
}

/** Reads a row's cells into an input, resolving pilots, KPIs and users named rather than numbered. */
function readRow(resource: ImportableResource, cells: string[], columns: [string, number][], separator: ',' | ';', names: NameLookup) {
  const input: Input = {};
  const problems: Record<string, string> = {};
  for (const [field, index] of columns) {
    const cell = cells[index] ?? '';
    if (cell.trim() === '') continue;
    const spec = field === 'pilotId' ? { type: 'reference' as const, reference: 'pilots' as const } : SCHEMAS[resource][field];
    const read = readCell(spec, cell, separator);
    if ('error' in read) problems[field] = read.error;
    else input[field] = read.value;
  }
  const resolve = (field: string, find: (name: string) => ReturnType<NameLookup['pilot']>) => {
    const value = input[field];
    if (typeof value !== 'string') return;
    const found = find(value);
    if ('error' in found) problems[field] = found.error;
    else input[field] = found.value;
  };
  resolve('pilotId', names.pilot);
  resolve('ownerId', names.user);
  resolve('kpiId', (name) => names.kpi(name, input.pilotId));
  if (resource === 'measurements') delete input.pilotId; // set by the server from the KPI
  return { input, problems };
}

/** The file read: its table and which column fills each field (400 or 413 for a file no import takes). */
function readFile(request: ImportRequest) {
  const { resource, actor } = request;
  if (!grantFor(actor.role, resource, 'create') && !grantFor(actor.role, resource, 'update')) {
    throw new HttpError(403, `A ${actor.role} may not import ${resource}`);
  }
  const table = parseCsv(request.bytes);
  if (table.rows.length > IMPORT_LIMITS.rows) throw new HttpError(413, `The file has ${table.rows.length} rows: an import takes ${IMPORT_LIMITS.rows} at most`);
  const mapping = mappingOf(resource, table.header, request.mapping);
  const columns = Object.entries(mapping).map(([field, column]) => [field, table.header.indexOf(column)] as [string, number]);
  return { table, mapping, columns };
}

/** The pilots the file's rows name: whose records a store that keeps them to itself reads before the import. */
export function pilotsOfImport(data: Data, request: ImportRequest): number[] {
  const { table, columns } = readFile(request);
  const db = data.get();
  const names = createNameLookup(db);
  const found = new Set<number>();
  for (const { cells } of table.rows) {
    const { pilotId, kpiId } = readRow(request.resource, cells, columns, table.separator, names).input;
    // A measurement's pilot is its KPI's.
    const pilot = request.resource === 'measurements' ? (typeof kpiId === 'number' ? db.kpis[positionById(db.kpis, kpiId)]?.pilotId : undefined) : pilotId;
    if (typeof pilot === 'number') found.add(pilot);
  }
  return [...found];
}

/**
 * Runs the import. `read`: the records of the file's pilots (`pilotsOfImport`) the store keeps to
 * itself. When it keeps the imported resource, rows are checked against those records, and the
 * accepted ones go to the live data at the end (no rule of such a resource compares one row with
 * another, but for a measurement's slot, which the natural key index holds).
 */
export function runImport(data: Data, request: ImportRequest, read?: ReadonlyMap<string, readonly AnyRecord[]>): { status: number; report: ImportReport } {
  const kept = read?.get(request.resource);
  const { resource, actor } = request;
  const { table, mapping, columns } = readFile(request);

  const db = data.get();
  const live = collection(db, resource);
  // Rows written here first when the store keeps the resource to itself, then placed among the live records.
  const records = kept ? [] : live;
  const undo = { length: records.length, audit: db.audit.length, sequences: { ...db._sequences }, replaced: [] as [number, AnyRecord][] };
  const indexes = createIndexes(db, resource, read);
  const names = createNameLookup(db);
  const today = todayIso();
  const report: ImportReport = {
    dryRun: request.dryRun,
    total: table.rows.length,
    valid: 0,
    errors: [],
    create: 0,
    update: 0,
    unchanged: 0,
    encoding: table.encoding,
    separator: table.separator,
    columns: table.header,
    mapping,
    preview: [],
  };
  const applied: { record: AnyRecord; before?: AnyRecord }[] = [];
  const lineOfKey = new Map<string, number>();
  const show = (row: number, action: ImportReport['preview'][number]['action'], record: Record<string, unknown>) => {
    if (report.preview.length < PREVIEW_ROWS) report.preview.push({ row, action, record });
  };

  for (const { line, cells } of table.rows) {
    const { input, problems } = readRow(resource, cells, columns, table.separator, names);
    const fail = (errors: Record<string, string>) => {
      for (const [field, message] of Object.entries(errors)) report.errors.push({ row: line, field, message });
      show(line, 'error', input);
    };
    if (Object.keys(problems).length) {
      fail(problems);
      continue;
    }
    const key = NATURAL_KEYS[resource](withDefaults(resource, input));
    const earlier = lineOfKey.get(key);
    if (earlier !== undefined) {
      fail({ [importFields(resource).find((f) => f in input) ?? 'row']: `Repeats line ${earlier} of the file` });
      continue;
    }
    lineOfKey.set(key, line);
    const stored = indexes.natural.get(key);
    const updating = stored !== undefined && request.update;
    const body = clientFields(resource, input);
    const merged = attribute(resource, stored ? { ...stored, ...body } : withDefaults(resource, body), actor, !stored);
    // Rights first, for rows already stored too: an import tells nothing of pilots one may not write to.
    const grant = grantFor(actor.role, resource, updating ? 'update' : 'create');
    const where = resource === 'measurements' ? 'kpiId' : resource === 'pilots' ? 'name' : 'pilotId';
    if (!grant) {
      fail({ [where]: `A ${actor.role} may not ${updating ? 'update' : 'create'} ${resource}` });
      continue;
    }
    const pilotOfRow = resource === 'measurements' ? (indexes.lookup.byId('kpis', merged.kpiId)?.pilotId as number | undefined) : (merged.pilotId as number | undefined);
    if (request.token && pilotOfRow !== undefined && !request.token.pilotIds.includes(pilotOfRow)) {
      fail({ [where]: `This integration token may only record for pilots ${request.token.pilotIds.join(', ')}` });
      continue;
    }
    if (grant === 'own' && ((stored && owns(db, actor, resource, stored) === false) || (resource !== 'pilots' && resource !== 'trainings' && owns(db, actor, resource, merged) === false))) {
      fail({ [where]: `A ${actor.role} may only import into the pilots they own` });
      continue;
    }
    if (stored && !updating) {
      report.unchanged += 1;
      report.valid += 1;
      show(line, 'unchanged', stored);
      continue;
    }
    const frozen = stored ? checkImmutable(resource, stored, body) : {};
    const { record, errors } = validateRecord(resource, merged, today);
    let integrity: Record<string, string>;
    try {
      integrity = checkIntegrity(db, resource, record, stored, Object.keys(errors).length === 0, today, indexes.lookup);
    } catch (error) {
      if (!(error instanceof HttpError)) throw error;
      integrity = error.errors ?? { row: error.message };
    }
    const all = { ...frozen, ...integrity, ...errors };
    if (Object.keys(all).length) {
      fail(all);
      continue;
    }
    let written: AnyRecord;
    let position: number;
    if (stored && !kept) {
      position = indexes.positions.get(stored.id)!;
      written = { ...record, id: stored.id, version: Number(stored.version ?? 0) + 1 } as AnyRecord;
      undo.replaced.push([position, stored]);
      records[position] = written;
      report.update += 1;
    } else if (stored) {
      written = { ...record, id: stored.id, version: Number(stored.version ?? 0) + 1 } as AnyRecord;
      position = records.push(written) - 1;
      report.update += 1;
    } else {
      written = { id: db._sequences[resource], ...record, version: 1 } as AnyRecord;
      db._sequences[resource] += 1;
      position = records.push(written) - 1;
      report.create += 1;
    }
    indexes.add(written, position);
    applied.push({ record: written, before: stored });
    report.valid += 1;
    show(line, stored ? 'update' : 'create', written);
  }

  const failed = report.errors.length > 0;
  if (request.dryRun || failed) {
    records.length = undo.length;
    for (const [position, record] of undo.replaced.reverse()) records[position] = record;
    db._sequences = undo.sequences;
    db.audit.length = undo.audit;
    return { status: failed && !request.dryRun ? 400 : 200, report };
  }
  for (const record of kept ? records : []) placeById(live, record);
  const via = request.token ? { tokenId: request.token.id } : {};
  for (const { record, before } of applied) {
    markChanged(db, resource, record.id);
    const pilotId = pilotOfRecord(resource, record);
    if (before) appendAudit(db, { ...via, userId: actor.id, action: 'update', resource, recordId: record.id, pilotId, changes: changedFields(before, record) });
    else appendAudit(db, { ...via, userId: actor.id, action: 'create', resource, recordId: record.id, pilotId });
  }
  appendAudit(db, {
    ...via,
    userId: actor.id,
    action: 'import',
    resource,
    recordId: null,
    pilotId: null,
    changes: { rows: { from: null, to: report.total }, created: { from: null, to: report.create }, updated: { from: null, to: report.update }, unchanged: { from: null, to: report.unchanged } },
  });
  return { status: 200, report };
}
