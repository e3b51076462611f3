/**
 * Reads in SQL, as the in-memory reader answers them (the API suite runs on both): filters as
 * WHERE clauses, the sort with text folded as `listQuery.ts` folds it (accents dropped, lower case,
 * code-point order) and empty values last, then by id, and the range as LIMIT / OFFSET. Runs on
 * the pool it is given: the replica of DATABASE_READ_URL, or the primary.
 */
import { createHash } from 'node:crypto';
import type pg from 'pg';
import type { FieldSpec } from '../../../src/domain/schema';
import type { AnyRecord } from '../../context';
import type { Condition, ListQuery } from '../../listQuery';
import type { Collection } from '../changes';
import type { RecordReader } from '../types';
import { quote, readColumnTypes, recordOf, type ColumnTypes } from './tables';

/** The SQL type a filter value is compared as. */
function sqlType(spec: FieldSpec): string {
  switch (spec.type) {
    case 'number':
    case 'reference':
      return 'float8';
    case 'boolean':
      return 'boolean';
    case 'date':
      return 'date';
    case 'datetime':
      return 'timestamptz';
    default:
      return 'text';
  }
}

/** Text folded for sorting as `foldText` folds it (the migrations' `sort_key`), in code-point order. */
const folded = (column: string) => `sort_key(${column}) COLLATE "C"`;

function sortKey(spec: FieldSpec, field: string): string {
  const column = quote(field);
  return spec.type === 'text' || spec.type === 'enum' ? folded(column) : column;
}

const isInt4 = (value: unknown) => typeof value === 'number' && Number.isInteger(value) && Math.abs(value) <= 2 ** 31 - 1;

/**
 * WHERE clauses for `conditions` on `collection`, their values pushed to `values`. Values are
 * compared as the column's type, so that its index serves: on an integer column (ids,
 * references), a value that is not a whole number matches nothing, as in memory.
 */
function whereOf(collection: string, conditions: readonly Condition[], types: ColumnTypes, values: unknown[]): string[] {
  const param = (value: unknown) => `$${values.push(value)}`;
  return conditions.map((condition) => {
    if (condition.kind === 'search') {
      const needle = param(condition.needle);
      return `(${condition.fields.map((f) => `strpos(lower(${quote(f)}), ${needle}) > 0`).join(' OR ')})`;
    }
    const column = quote(condition.field);
    const integer = types.get(`${collection}.${condition.field}`) === 'integer';
    const type = sqlType(condition.spec);
    if (condition.kind === 'bound') return `${column} ${condition.bound === 'gte' ? '>=' : '<='} ${param(condition.limit)}::${type}`;
    const present = condition.values.filter((v) => v !== null && (!integer || isInt4(v)));
    const parts = present.length ? [`${column} = ANY(${param(present)}::${integer ? 'int' : type}[])`] : [];
    if (condition.values.includes(null)) parts.push(`${column} IS NULL`);
    return parts.length ? `(${parts.join(' OR ')})` : 'false';
  });
}

/** A query prepared once per connection (named by its text): the same few shapes come again and again. */
const prepared = (text: string, values: unknown[]): pg.QueryConfig => ({ name: `read-${createHash('sha1').update(text).digest('hex').slice(0, 16)}`, text, values });

/** The most counts kept for one state of the data (a list's filters make one each). */
const KEPT_COUNTS = 1000;

/**
 * Counts of lists, by query, for as long as `generation` (the commits written) has not moved: the
 * count of a large table is most of a page's time, and only this server writes to its database.
 */
function countCache(generation: () => number) {
  let at = generation();
  const counts = new Map<string, number>();
  return async (key: string, count: () => Promise<number>): Promise<number> => {
    const asked = generation();
    if (asked !== at || counts.size >= KEPT_COUNTS) {
      counts.clear();
      at = asked;
    }
    const kept = counts.get(key);
    if (kept !== undefined) return kept;
    const total = await count();
    // A commit written meanwhile may have changed it: kept only if none was.
    if (generation() === asked) counts.set(key, total);
    return total;
  };
}

/**
 * `generation`, when given, grows once a commit is written: counts are then kept until it grows.
 * Without it (reads from a replica, which may lag behind), every list counts.
 */
export function createSqlReader(pool: pg.Pool, generation?: () => number): RecordReader {
  let types: Promise<ColumnTypes> | undefined;
  const counted = generation ? countCache(generation) : (_key: string, count: () => Promise<number>) => count();
  return {
    async list(collection, query: ListQuery) {
      const values: unknown[] = [];
      const where = whereOf(collection, query.conditions, await (types ??= readColumnTypes(pool).catch((error: unknown) => {
        types = undefined;
        throw error;
      })), values);
      const table = quote(collection);
      const clause = where.length ? ` WHERE ${where.join(' AND ')}` : '';
      const key = sortKey(query.sort.spec, query.sort.field);
      const direction = query.sort.order;
      // Empty values last in both directions, and among themselves by id, as the in-memory sort does;
      // a required field is never empty, and its plain order can walk an index (key, id).
      const never = query.sort.field === 'id' || query.sort.spec.required === true;
      const order = never ? `${key} ${direction}, id ${direction}` : `(${key}) IS NULL, ${key} ${direction}, CASE WHEN (${key}) IS NULL THEN id END, id ${direction}`;
      const start = query.range?.start ?? 0;
      const limit = query.range ? query.range.end - query.range.start + 1 : null;
      const countText = `SELECT count(*)::int AS total FROM ${table}${clause}`;
      const [page, total] = await Promise.all([
        pool.query<Record<string, unknown>>(prepared(`SELECT * FROM ${table}${clause} ORDER BY ${order} LIMIT $${values.length + 1} OFFSET $${values.length + 2}`, [...values, limit, start])),
        counted(`${countText} ${JSON.stringify(values)}`, async () => (await pool.query<{ total: number }>(prepared(countText, values))).rows[0].total),
      ]);
      return { page: page.rows.map((row) => recordOf(collection as Collection, row) as AnyRecord), start, total };
    },
    async get(collection, id) {
      const { rows } = await pool.query<Record<string, unknown>>(prepared(`SELECT * FROM ${quote(collection)} WHERE id = $1`, [id]));
      return rows[0] ? (recordOf(collection as Collection, rows[0]) as AnyRecord) : undefined;
    },
  };
}
