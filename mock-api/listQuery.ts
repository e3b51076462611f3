/**
 * The ra-data-simple-rest list dialect: `sort=["field","ASC"]`, `range=[0,24]` and
 * `filter={...}`, checked against a resource's schema and applied to its records.
 */
import type { FieldSpec, ResourceSchema } from '../src/domain/schema';
import { isIsoDate, isIsoDateTime } from '../src/domain/validation';
import { positionById } from './context';
import { invalid } from './errors';
import { forbiddenKeys, unstorableTexts } from './safeKeys';

type Scalar = string | number | boolean | null;
type Row = Record<string, unknown>;
type Predicate = (row: Row) => boolean;

/** A filter described for a store that runs it itself (SQL): the same filters as `predicates`. */
export type Condition =
  /** The field holds one of `values`; null stands for an empty field. */
  | { kind: 'in'; field: string; spec: FieldSpec; values: Scalar[] }
  | { kind: 'bound'; field: string; spec: FieldSpec; bound: 'gte' | 'lte'; limit: string | number }
  /** A text field holds `needle`, ignoring case. */
  | { kind: 'search'; fields: string[]; needle: string };

export interface ListQuery {
  sort: { field: string; order: 'ASC' | 'DESC'; spec: FieldSpec };
  range?: { start: number; end: number };
  predicates: Predicate[];
  /** The filters on a field's exact values (also among `predicates`), which an index answers. */
  equalities: { field: string; values: Scalar[] }[];
  /** Every filter, described. */
  conditions: Condition[];
}

const ID_SPEC: FieldSpec = { type: 'number', integer: true };
/** The most rows one page may hold; a list asked without a range gets that many at most. */
export const MAX_PAGE_SIZE = 1000;
const SEARCHABLE = new Set(['text']);

export function parseJsonParam(name: string, raw: unknown): unknown {
  if (raw === undefined) return undefined;
  if (typeof raw !== 'string') throw invalid({ [name]: 'Must be given once, as JSON' });
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    throw invalid({ [name]: 'Must be valid JSON' });
  }
  const forbidden = forbiddenKeys(parsed);
  if (forbidden.length) throw invalid({ [name]: `These keys are not allowed: ${forbidden.join(', ')}` });
  // Text no store holds matches nothing; PostgreSQL would refuse the query itself.
  const unstorable = unstorableTexts(parsed);
  if (unstorable.length) throw invalid({ [name]: `Must not contain NUL characters or unpaired surrogates: ${unstorable.join(', ')}` });
  return parsed;
}

function specOf(schema: ResourceSchema, field: string): FieldSpec | undefined {
  // Own fields only: `constructor` or `toString` are not fields of any schema.
  return field === 'id' ? ID_SPEC : Object.hasOwn(schema, field) ? schema[field] : undefined;
}

/** A filter value as the field holds it, or an error message. */
function coerce(spec: FieldSpec, value: unknown): Scalar | Error {
  if (value === null) return null;
  switch (spec.type) {
    case 'number':
    case 'reference': {
      const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
      return typeof n === 'number' && Number.isFinite(n) ? n : new Error('Must be a number');
    }
    case 'boolean':
      if (value === true || value === 'true') return true;
      if (value === false || value === 'false') return false;
      return new Error('Must be true or false');
    case 'enum':
      return typeof value === 'string' && spec.values.includes(value)
        ? value
        : new Error(`Must be one of: ${spec.values.join(', ')}`);
    case 'date':
      return isIsoDate(value) ? value : new Error('Must be a date written YYYY-MM-DD');
    case 'datetime':
      return isIsoDate(value) || isIsoDateTime(value) ? value : new Error('Must be a date (YYYY-MM-DD) or an ISO date-time');
    case 'text':
      return typeof value === 'string' || typeof value === 'number' ? String(value) : new Error('Must be a text');
    case 'computed':
    case 'object':
      return new Error('Cannot filter on this field');
  }
}

const isEmpty = (value: unknown) => value === undefined || value === null;

function equalityPredicate(field: string, spec: FieldSpec, raw: unknown, equalities: ListQuery['equalities'], conditions: Condition[]): Predicate | Error {
  const values = Array.isArray(raw) ? raw : [raw];
  const wanted: Scalar[] = [];
  for (const value of values) {
    const coerced = coerce(spec, value);
    if (coerced instanceof Error) return coerced;
    wanted.push(coerced);
  }
  if (!wanted.includes(null)) equalities.push({ field, values: wanted });
  conditions.push({ kind: 'in', field, spec, values: wanted });
  if (wanted.length === 1) {
    const only = wanted[0];
    return only === null ? (row) => isEmpty(row[field]) : (row) => row[field] === only;
  }
  const set = new Set(wanted);
  return (row) => set.has(isEmpty(row[field]) ? null : (row[field] as Scalar));
}

function boundPredicate(field: string, spec: FieldSpec, bound: 'gte' | 'lte', raw: unknown, conditions: Condition[]): Predicate | Error {
  if (!['number', 'reference', 'date', 'datetime'].includes(spec.type)) return new Error('Only numbers and dates have bounds');
  let limit = coerce(spec, raw);
  if (limit instanceof Error) return limit;
  if (limit === null) return new Error('Must not be null');
  // A whole day: "up to 2026-11-26" includes that day's date-times.
  if (spec.type === 'datetime' && bound === 'lte' && isIsoDate(limit)) limit = `${limit}T23:59:59.999Z`;
  conditions.push({ kind: 'bound', field, spec, bound, limit: limit as string | number });
  return bound === 'gte'
    ? (row) => !isEmpty(row[field]) && (row[field] as number | string) >= limit
    : (row) => !isEmpty(row[field]) && (row[field] as number | string) <= limit;
}

function searchPredicate(schema: ResourceSchema, raw: unknown, conditions: Condition[]): Predicate | Error {
  if (typeof raw !== 'string') return new Error('Must be a text');
  const needle = raw.trim().toLowerCase();
  const fields = Object.entries(schema)
    .filter(([, spec]) => SEARCHABLE.has(spec.type))
    .map(([field]) => field);
  if (!needle) return () => true;
  conditions.push({ kind: 'search', fields, needle });
  return (row) => fields.some((f) => typeof row[f] === 'string' && (row[f] as string).toLowerCase().includes(needle));
}

function filterPredicate(schema: ResourceSchema, key: string, raw: unknown, equalities: ListQuery['equalities'], conditions: Condition[]): Predicate | Error {
  if (key === 'q') return searchPredicate(schema, raw, conditions);
  const bound = /^(.+)_(gte|lte)$/.exec(key);
  if (bound && specOf(schema, bound[1])) {
    return boundPredicate(bound[1], specOf(schema, bound[1]) as FieldSpec, bound[2] as 'gte' | 'lte', raw, conditions);
  }
  const spec = specOf(schema, key);
  if (!spec) return new Error('Unknown filter field');
  return equalityPredicate(key, spec, raw, equalities, conditions);
}

export function parseListQuery(query: Record<string, unknown>, schema: ResourceSchema): ListQuery {
  const unknown = Object.keys(query).filter((key) => !['sort', 'range', 'filter'].includes(key));
  if (unknown.length) {
    throw invalid(Object.fromEntries(unknown.map((k) => [k, 'Unknown query parameter: use sort, range and filter'])));
  }

  const sortParam = parseJsonParam('sort', query.sort) ?? ['id', 'ASC'];
  if (
    !Array.isArray(sortParam) ||
    sortParam.length !== 2 ||
    typeof sortParam[0] !== 'string' ||
    !['ASC', 'DESC'].includes(String(sortParam[1]).toUpperCase())
  ) {
    throw invalid({ sort: 'Must be ["field", "ASC" or "DESC"]' });
  }
  const sortSpec = specOf(schema, sortParam[0]);
  if (!sortSpec || sortSpec.type === 'computed' || sortSpec.type === 'object') throw invalid({ sort: `Unknown sort field: ${sortParam[0]}` });
  const sort = { field: sortParam[0], order: String(sortParam[1]).toUpperCase() as 'ASC' | 'DESC', spec: sortSpec };

  const rangeParam = parseJsonParam('range', query.range);
  let range: ListQuery['range'];
  if (rangeParam !== undefined) {
    if (
      !Array.isArray(rangeParam) ||
      rangeParam.length !== 2 ||
      !rangeParam.every((n) => Number.isInteger(n) && n >= 0) ||
      rangeParam[0] > rangeParam[1]
    ) {
      throw invalid({ range: 'Must be [start, end], two whole numbers with start <= end' });
    }
    if (rangeParam[1] - rangeParam[0] + 1 > MAX_PAGE_SIZE) throw invalid({ range: `At most ${MAX_PAGE_SIZE} rows per page` });
    range = { start: rangeParam[0], end: rangeParam[1] };
  } else {
    range = { start: 0, end: MAX_PAGE_SIZE - 1 };
  }

  const filterParam = parseJsonParam('filter', query.filter) ?? {};
  if (typeof filterParam !== 'object' || filterParam === null || Array.isArray(filterParam)) {
    throw invalid({ filter: 'Must be a JSON object' });
  }
  const predicates: Predicate[] = [];
  const equalities: ListQuery['equalities'] = [];
  const conditions: Condition[] = [];
  const errors: Record<string, string> = {};
  for (const [key, raw] of Object.entries(filterParam)) {
    const predicate = filterPredicate(schema, key, raw, equalities, conditions);
    if (predicate instanceof Error) errors[key] = predicate.message;
    else predicates.push(predicate);
  }
  if (Object.keys(errors).length) throw invalid(errors, 'Invalid filter');
  return { sort, range, predicates, equalities, conditions };
}

/** A string's sort key: case and accents folded, so that "école" sorts with "ecole". */
const folded = new Map<string, string>();
function foldText(text: string): string {
  let key = folded.get(text);
  if (key === undefined) {
    // Remembered, since the same names are sorted on every request; bounded for memory's sake.
    if (folded.size > 100_000) folded.clear();
    key = text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    folded.set(text, key);
  }
  return key;
}

type SortKey = string | number | boolean | null;
const sortKey = (value: unknown): SortKey =>
  isEmpty(value) ? null : typeof value === 'string' ? foldText(value) : (value as number | boolean);

export interface ListResult<T> {
  page: T[];
  start: number;
  total: number;
}

function compareKeyed(direction: number) {
  return (x: { key: SortKey; id: number }, y: { key: SortKey; id: number }) => {
    if (x.key === null || y.key === null) {
      if (x.key === y.key) return x.id - y.id;
      return x.key === null ? 1 : -1;
    }
    const comparison = x.key < y.key ? -1 : x.key > y.key ? 1 : 0;
    return (comparison || x.id - y.id) * direction;
  };
}

/** `rows` sorted by `field` (empty values last, then by id); a new array. */
function sortRows<T extends { id: number }>(rows: readonly T[], field: string, order: 'ASC' | 'DESC'): T[] {
  // Decorate, sort, undecorate: each key is computed once, not at every comparison.
  const keyed = (rows as unknown as readonly Row[]).map((row) => ({ row, key: sortKey(row[field]), id: row.id as number }));
  keyed.sort(compareKeyed(order === 'ASC' ? 1 : -1));
  return keyed.map((k) => k.row) as unknown as T[];
}

/** A collection in one sort order, with each record's sort key and id beside it (for the binary search and the lookup by id). */
interface SortOrder {
  collection: string;
  field: string;
  direction: 1 | -1;
  rows: Row[];
  keys: SortKey[];
  ids: number[];
}

/** Changes in one commit past which a sort order is built again when next asked for, rather than moved record by record. */
const MOST_MOVES = 64;
/** Sort orders, and groups, kept at once: the least recently used let go past it (each costs 24 bytes a record). */
const MOST_KEPT = 8;

/** `map`'s entry for `name`, marked as the most recently used. */
function touch<V>(map: Map<string, V>, name: string): V | undefined {
  const value = map.get(name);
  if (value !== undefined) {
    map.delete(name);
    map.set(name, value);
  }
  return value;
}

/** Adds an entry, letting go of the least recently used past `MOST_KEPT`. */
function keepRecent<V>(map: Map<string, V>, name: string, value: V): V {
  map.set(name, value);
  if (map.size > MOST_KEPT) map.delete(map.keys().next().value!);
  return value;
}

/** Where `key` and `id` go in `order` (the first position whose entry sorts after them). */
function positionFor(order: SortOrder, key: SortKey, id: number): number {
  const compare = compareKeyed(order.direction);
  const probe = { key, id };
  let low = 0;
  let high = order.rows.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (compare({ key: order.keys[middle], id: order.ids[middle] }, probe) < 0) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The changes one commit made to the live data: records written, ids removed, collections replaced whole. */
export interface ListChanges {
  put: Partial<Record<string, readonly { id: number }[]>>;
  remove: Partial<Record<string, readonly number[]>>;
  replace: Partial<Record<string, unknown>>;
}

/**
 * What lists need, per collection: each sort order asked for, kept up to date from the commits'
 * changes (a record written is moved to its place by a binary search, a removed one taken out;
 * past `MOST_MOVES` in one commit, built again when next asked for), and the records grouped by
 * the values of a field filtered on (built again after a change to the collection); the
 * `MOST_KEPT` most recently used of each. A sorted page
 * of 50,000 pilots is then a slice, and the KPIs of one pilot a lookup, instead of a sort or a
 * scan per request, and a write costs a few moves, not a sort of the whole collection (100 ms).
 */
export function createListCache() {
  // Insertion order is use order: `touch` moves an entry last.
  const sorted = new Map<string, SortOrder>();
  const groups = new Map<string, { collection: string; byValue: Map<unknown, Row[]> }>();
  return {
    sorted<T extends { id: number }>(collection: string, records: readonly T[], field: string, order: 'ASC' | 'DESC'): readonly T[] {
      const name = `${collection} ${field} ${order}`;
      let kept = touch(sorted, name);
      if (!kept) {
        const direction = order === 'ASC' ? 1 : -1;
        const keyed = (records as unknown as readonly Row[]).map((row) => ({ row, key: sortKey(row[field]), id: row.id as number }));
        keyed.sort(compareKeyed(direction));
        kept = keepRecent(sorted, name, { collection, field, direction, rows: keyed.map((k) => k.row), keys: keyed.map((k) => k.key), ids: keyed.map((k) => k.id) });
      }
      return kept.rows as unknown as readonly T[];
    },
    grouped<T extends { id: number }>(collection: string, records: readonly T[], field: string): Map<unknown, T[]> {
      const name = `${collection} ${field}`;
      let kept = touch(groups, name);
      if (!kept) {
        const byValue = new Map<unknown, Row[]>();
        for (const row of records as unknown as Row[]) {
          const value = row[field];
          const list = byValue.get(value);
          if (list) list.push(row);
          else byValue.set(value, [row]);
        }
        kept = keepRecent(groups, name, { collection, byValue });
      }
      return kept.byValue as unknown as Map<unknown, T[]>;
    },
    /** Follows a commit's changes, made to the live data; `undefined` (the data reloaded) forgets all. */
    follow(changes: ListChanges | undefined) {
      const changed = (collection: string) => !changes || Boolean(changes.replace[collection] || changes.put[collection]?.length || changes.remove[collection]?.length);
      for (const [name, kept] of groups) if (changed(kept.collection)) groups.delete(name);
      for (const [name, order] of sorted) {
        if (!changed(order.collection)) continue;
        const put = changes?.put[order.collection] ?? [];
        const removed = changes?.remove[order.collection] ?? [];
        if (!changes || changes.replace[order.collection] || put.length + removed.length > MOST_MOVES) {
          sorted.delete(name);
          continue;
        }
        for (const id of [...removed, ...put.map((record) => record.id)]) {
          const at = order.ids.indexOf(id);
          if (at === -1) continue;
          order.rows.splice(at, 1);
          order.keys.splice(at, 1);
          order.ids.splice(at, 1);
        }
        for (const record of put as unknown as Row[]) {
          const key = sortKey(record[order.field]);
          const at = positionFor(order, key, record.id as number);
          order.rows.splice(at, 0, record);
          order.keys.splice(at, 0, key);
          order.ids.splice(at, 0, record.id as number);
        }
      }
    },
  };
}
export type ListCache = ReturnType<typeof createListCache>;

/**
 * Filters, sorts (empty values last, then by id) and slices `records`; never mutates them. With a
 * cache and the collection's `name` (the records then in id order, as the live data holds them),
 * records by id are found by a binary search, another exact-value filter is answered from the
 * records grouped by that field, and a sort from the sorted collection.
 */
export function applyListQuery<T extends { id: number }>(records: readonly T[], query: ListQuery, cache?: { cache: ListCache; name: string }): ListResult<T> {
  const { field, order } = query.sort;
  // Without filters, the cached order as it is: not copied (50,000 entries) for a page of 25.
  const keep = (rows: readonly T[]) => (query.predicates.length ? rows.filter((row) => query.predicates.every((p) => p(row as unknown as Row))) : rows);
  let matching: readonly T[];
  const equality = cache && query.equalities[0];
  if (cache && equality?.field === 'id') {
    // Records by id (react-admin's getMany): found by a binary search in the collection, which is in id order.
    const candidates = [...new Set(equality.values)].flatMap((id) => (typeof id === 'number' ? [records[positionById(records, id)]].filter((r) => r?.id === id) : []));
    matching = sortRows(keep(candidates), field, order);
  } else if (cache && equality) {
    const byValue = cache.cache.grouped(cache.name, records, equality.field);
    const candidates = equality.values.flatMap((value) => byValue.get(value) ?? []);
    matching = sortRows(keep(candidates), field, order);
  } else if (cache) {
    matching = keep(cache.cache.sorted(cache.name, records, field, order));
  } else {
    matching = sortRows(keep(records), field, order);
  }
  if (!query.range) return { page: [...matching], start: 0, total: matching.length };
  const { start, end } = query.range;
  return { page: matching.slice(start, end + 1), start, total: matching.length };
}

export function contentRange(resource: string, result: ListResult<unknown>): string {
  if (result.page.length === 0) return `${resource} */${result.total}`;
  return `${resource} ${result.start}-${result.start + result.page.length - 1}/${result.total}`;
}

