/**
 * The collections the PostgreSQL store keeps to itself (`COLD_COLLECTIONS`): read from the primary
 * a pilot at a time, and their keys (id, version, references) once at start, by slices of ids.
 */
import type pg from 'pg';
import type { AnyRecord } from '../../context';
import { COLD_COLLECTIONS, type ColdSource } from '../types';
import { quote, recordOf } from './tables';

/** Rows read at once for the keys. */
const KEY_SLICE = 50_000;

export function createColdSource(pool: pg.Pool): ColdSource {
  return {
    collections: COLD_COLLECTIONS,
    async *keys(collection, fields) {
      const columns = ['id', ...fields].map(quote).join(', ');
      for (let after = 0, more = true; more; ) {
        const { rows } = await pool.query<Record<string, number | string | null>>(`SELECT ${columns} FROM ${quote(collection)} WHERE id > $1 ORDER BY id LIMIT $2`, [after, KEY_SLICE]);
        if (rows.length) yield rows;
        more = rows.length === KEY_SLICE;
        if (more) after = Number(rows[rows.length - 1].id);
      }
    },
    async ofPilots(collection, pilotIds) {
      if (!pilotIds.length) return [];
      const { rows } = await pool.query<Record<string, unknown>>(`SELECT * FROM ${quote(collection)} WHERE "pilotId" = ANY($1::int[]) ORDER BY id`, [pilotIds]);
      // Short texts shared within a read: the dashboard's index keeps some of these records.
      const shared = new Map<string, string>();
      return rows.map((row) => recordOf(collection, row, shared) as AnyRecord);
    },
    async measurementsOn({ kpiId, date }) {
      const { rows } = await pool.query<Record<string, unknown>>('SELECT * FROM measurements WHERE "kpiId" = $1 AND "date" = $2 ORDER BY id', [kpiId, date]);
      return rows.map((row) => recordOf('measurements', row) as AnyRecord);
    },
    async get(collection, id) {
      const { rows } = await pool.query<Record<string, unknown>>(`SELECT * FROM ${quote(collection)} WHERE id = $1`, [id]);
      return rows[0] && (recordOf(collection, rows[0]) as AnyRecord);
    },
  };
}
