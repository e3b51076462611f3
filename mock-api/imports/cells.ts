/**
 * From a CSV cell to a field's value: numbers French style or not, dates `DD/MM/YYYY`, yes/no in
 * English or French, and references by id or by name (a pilot's name, a KPI's name within its
 * pilot, a user's email or full name).
 */
import type { FieldSpec } from '../../src/domain/schema';
import { readBoolean, readDate, readNumber, type CsvSeparator } from '../../src/domain/csv';
import type { Database } from '../../src/domain/types';

export type Cell = { value: unknown } | { error: string };

const norm = (text: string) => text.trim().toLowerCase();

function groupBy<T>(items: readonly T[], keys: (item: T) => string[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    for (const key of keys(item)) map.set(key, [...(map.get(key) ?? []), item]);
  }
  return map;
}

/** Finds records named in a file, through indexes built once per import. */
export function createNameLookup(db: Database) {
  const pilots = groupBy(db.pilots, (p) => [norm(p.name)]);
  const kpis = groupBy(db.kpis, (k) => [norm(k.name)]);
  const users = groupBy(db.users, (u) => [norm(u.email), norm(u.fullName)]);
  return {
    pilot(name: string): Cell {
      const found = pilots.get(norm(name)) ?? [];
      return found.length === 1 ? { value: found[0].id } : { error: `No pilot named "${name}"` };
    },
    user(name: string): Cell {
      const found = users.get(norm(name)) ?? [];
      if (found.length === 1) return { value: found[0].id };
      return { error: found.length ? `Several users are called "${name}": use their email or id` : `No user with the email or name "${name}"` };
    },
    kpi(name: string, pilotId: unknown): Cell {
      const named = kpis.get(norm(name)) ?? [];
      const found = typeof pilotId === 'number' ? named.filter((k) => k.pilotId === pilotId) : named;
      if (found.length === 1) return { value: found[0].id };
      if (found.length > 1) return { error: `Several KPIs are named "${name}": add a pilotId column (the pilot's id or name)` };
      return { error: typeof pilotId === 'number' ? `No KPI named "${name}" in pilot ${pilotId}` : `No KPI named "${name}"` };
    },
  };
}
export type NameLookup = ReturnType<typeof createNameLookup>;

/** The value of `cell` for a field of type `spec`, or why it cannot be one. References by name are resolved later. */
export function readCell(spec: FieldSpec, cell: string, separator: CsvSeparator): Cell {
  const text = cell.trim();
  switch (spec.type) {
    case 'number': {
      const value = readNumber(text, separator);
      return Number.isNaN(value) ? { error: `Must be a number (not "${text}")` } : { value };
    }
    case 'date':
      return { value: readDate(text) };
    case 'boolean': {
      const value = readBoolean(text);
      return value === undefined ? { error: `Must be yes or no, true or false, oui or non (not "${text}")` } : { value };
    }
    case 'enum':
      return { value: spec.values.find((v) => v.toLowerCase() === text.toLowerCase()) ?? text };
    case 'reference':
      return { value: /^\d+$/.test(text) ? Number(text) : text };
    default:
      return { value: text };
  }
}
