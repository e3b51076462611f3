/**
 * The PostgreSQL tables mirror the shared schema (`src/domain/schema.ts`): a column per field,
 * NOT NULL for the required ones, lengths, enumerations, bounds and integers as checks, references
 * as foreign keys, unique fields as unique indexes. A change to the shared schema without a
 * migration fails here. Runs under `npm run test:pg`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPool, migrate } from '../../mock-api/store/postgres/postgresStore';
import { SCHEMAS, type FieldSpec } from '../../src/domain/schema';
import { STORED_RESOURCES } from '../../src/domain/types';
import { databaseFor, onPostgres } from '../support/postgres';

/** An identifier as PostgreSQL prints it: quoted unless all lower case and not a reserved word. */
const ident = (name: string) => (/^[a-z_]+$/.test(name) && name !== 'group' ? name : `"${name}"`);

/** The fragments of CHECK constraints that a field's spec calls for. */
function expectedChecks(field: string, spec: FieldSpec): string[] {
  const c = ident(field);
  const bound = (op: string, n: number) => `(${c} ${op} (${n})::double precision)`;
  switch (spec.type) {
    case 'text':
      return [`(char_length(${c}) <= ${spec.maxLength})`];
    case 'enum':
      return [`(${c} = ANY (ARRAY[${spec.values.map((v) => `'${v}'::text`).join(', ')}]))`];
    case 'number':
      if (field === 'version') return [`(${c} > 0)`];
      return [
        ...(spec.integer ? [`(${c} = trunc(${c}))`] : []),
        ...(spec.min !== undefined ? [bound('>=', spec.min)] : []),
        ...(spec.above !== undefined ? [bound('>', spec.above)] : []),
        ...(spec.max !== undefined ? [bound('<=', spec.max)] : []),
      ];
    default:
      return [];
  }
}

const TYPES: Partial<Record<FieldSpec['type'], string[]>> = {
  text: ['text'],
  enum: ['text'],
  number: ['double precision', 'integer'],
  date: ['date'],
  datetime: ['timestamp with time zone'],
  boolean: ['boolean'],
  reference: ['integer'],
  computed: ['jsonb'],
};

describe.skipIf(!onPostgres)('the PostgreSQL tables', () => {
  let pool: pg.Pool;
  let folder: string;
  let columns: { table_name: string; column_name: string; is_nullable: string; data_type: string }[];
  let constraints: { table_name: string; contype: string; def: string }[];
  let indexes: { tablename: string; indexdef: string }[];
  beforeAll(async () => {
    folder = mkdtempSync(path.join(tmpdir(), 'pilot-tracker-schema-'));
    pool = createPool(await databaseFor(folder), 1);
    await migrate(pool);
    columns = (await pool.query(`SELECT table_name, column_name, is_nullable, data_type FROM information_schema.columns WHERE table_schema = 'public'`)).rows;
    constraints = (
      await pool.query(`SELECT conrelid::regclass::text AS table_name, contype, pg_get_constraintdef(oid) AS def FROM pg_constraint WHERE connamespace = 'public'::regnamespace`)
    ).rows;
    indexes = (await pool.query(`SELECT tablename, indexdef FROM pg_indexes WHERE schemaname = 'public'`)).rows;
  });
  afterAll(async () => {
    await pool.end();
    rmSync(folder, { recursive: true, force: true });
  });

  it.each(STORED_RESOURCES)('%s: a column per stored field and no other', (resource) => {
    const stored = Object.entries(SCHEMAS[resource]).filter(([, spec]) => spec.type !== 'object').map(([field]) => field);
    const found = columns.filter((c) => c.table_name === resource).map((c) => c.column_name);
    expect(found.sort()).toEqual(['id', ...stored].sort());
  });

  it.each(STORED_RESOURCES)('%s: types, NOT NULL, checks, foreign keys and unique indexes as the shared schema says', (resource) => {
    const defs = constraints.filter((c) => c.table_name === resource);
    for (const [field, spec] of Object.entries(SCHEMAS[resource])) {
      if (spec.type === 'object') continue;
      const column = columns.find((c) => c.table_name === resource && c.column_name === field)!;
      expect(TYPES[spec.type], `${resource}.${field} type`).toContain(column.data_type);
      expect(column.is_nullable, `${resource}.${field} NOT NULL`).toBe(spec.required || field === 'version' ? 'NO' : 'YES');
      for (const fragment of expectedChecks(field, spec)) {
        expect(defs.some((d) => d.contype === 'c' && d.def.includes(fragment)), `${resource}.${field}: CHECK ${fragment}`).toBe(true);
      }
      if (spec.type === 'reference') {
        const foreignKey = `FOREIGN KEY (${ident(field)}) REFERENCES ${spec.reference}(id) DEFERRABLE INITIALLY DEFERRED`;
        expect(defs.map((d) => d.def), `${resource}.${field}: foreign key`).toContain(foreignKey);
      }
      if (spec.type === 'text' && spec.unique) {
        expect(indexes.some((i) => i.tablename === resource && i.indexdef.includes(`UNIQUE INDEX`) && i.indexdef.includes(`(lower(${ident(field)}))`))).toBe(true);
      }
    }
  });
});
