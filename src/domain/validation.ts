/**
 * Record validation shared by the API (authoritative) and the SPA's forms (for comfort).
 * Pure: it sees one record, never the rest of the data; checks that need other records
 * (references, uniqueness) live in the API.
 */
import { SCHEMAS, type FieldSpec, type ResourceSchema } from './schema';
import type { StoredResource } from './types';

export type FieldErrors = Record<string, string>;

/** Shortest password an account may have. */
export const MIN_PASSWORD_LENGTH = 12;
export type Input = Record<string, unknown>;

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** True for a real calendar date written `YYYY-MM-DD`. */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = DATE_PATTERN.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const parsed = new Date(Date.UTC(year, month - 1, day));
  return parsed.getUTCFullYear() === year && parsed.getUTCMonth() === month - 1 && parsed.getUTCDate() === day;
}

/** True for an ISO 8601 date-time such as `2026-11-26T10:15:00.000Z`. */
export function isIsoDateTime(value: unknown): value is string {
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(value) && !Number.isNaN(Date.parse(value));
}

const isMissing = (value: unknown) => value === undefined || value === null || value === '';

/** The reason `value` does not fit `spec`, or null when it does (presence is checked elsewhere). */
export function checkValue(spec: FieldSpec, value: unknown): string | null {
  switch (spec.type) {
    case 'text':
      if (typeof value !== 'string') return 'Must be a text';
      if (value.length > spec.maxLength) return `Must be ${spec.maxLength} characters or fewer`;
      if (spec.format === 'email' && !EMAIL_PATTERN.test(value)) return 'Must be a valid email address';
      return null;
    case 'enum':
      return typeof value === 'string' && spec.values.includes(value) ? null : `Must be one of: ${spec.values.join(', ')}`;
    case 'boolean':
      return typeof value === 'boolean' ? null : 'Must be true or false';
    case 'date':
      return isIsoDate(value) ? null : 'Must be a date written YYYY-MM-DD';
    case 'datetime':
      return isIsoDateTime(value) ? null : 'Must be an ISO date-time';
    case 'computed':
      return typeof value === 'object' ? null : 'Set by the server';
    case 'reference':
      return typeof value === 'number' && Number.isInteger(value) && value > 0 ? null : 'Must be the id of a record';
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value)) return 'Must be a number';
      if (spec.integer && !Number.isInteger(value)) return 'Must be a whole number';
      if (spec.min !== undefined && value < spec.min) return `Must be at least ${spec.min}`;
      if (spec.above !== undefined && value <= spec.above) return `Must be greater than ${spec.above}`;
      if (spec.max !== undefined && value > spec.max) return `Must be at most ${spec.max}`;
      return null;
  }
}

/**
 * Checks every field of a complete record against its schema: unknown fields, presence of the
 * required ones, types, enums and ranges. Text is trimmed; empty optional text becomes absent.
 */
export function checkFields(schema: ResourceSchema, input: Input): { record: Input; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const record: Input = {};
  for (const key of Object.keys(input)) {
    if (key !== 'id' && !(key in schema)) errors[key] = 'Unknown field';
  }
  for (const [field, spec] of Object.entries(schema)) {
    let value = input[field];
    if (typeof value === 'string' && spec.type === 'text') value = value.trim();
    if (isMissing(value)) {
      if (spec.required) errors[field] = 'Required';
      else if (value === null && (spec.type === 'number' || spec.type === 'date')) record[field] = null;
      continue;
    }
    const reason = checkValue(spec, value);
    if (reason) errors[field] = reason;
    else record[field] = value;
  }
  if ('id' in input) record.id = input.id;
  return { record, errors };
}

type Rule = (record: Input) => FieldErrors;

/** Rules between fields of one record. */
const RULES: Partial<Record<StoredResource, Rule>> = {
  pilots: ({ startDate, endDate }): FieldErrors =>
    isIsoDate(startDate) && isIsoDate(endDate) && endDate < startDate
      ? { endDate: 'Must not be before the start date' }
      : {},
  kpis: ({ kind, direction, baseline, target }): FieldErrors => {
    const errors: FieldErrors = {};
    if (typeof baseline === 'number' && typeof target === 'number') {
      if (direction === 'increase' && !(target > baseline)) errors.target = 'Must be above the baseline for a KPI that should increase';
      if (direction === 'decrease' && !(target < baseline)) errors.target = 'Must be below the baseline for a KPI that should decrease';
    }
    if (kind === 'adoption' && direction === 'decrease') errors.direction = 'An adoption KPI counts active users: it must increase';
    return errors;
  },
  trainings: ({ participants, completed }): FieldErrors =>
    typeof participants === 'number' && typeof completed === 'number' && completed > participants
      ? { completed: 'Must not exceed the number of participants' }
      : {},
  decisions: ({ decision, newEndDate }): FieldErrors => {
    if (decision === 'extend' && isMissing(newEndDate)) return { newEndDate: 'Required when the pilot is extended' };
    if (decision !== 'extend' && !isMissing(newEndDate)) return { newEndDate: 'Only an extension sets a new end date' };
    return {};
  },
};

/** Validates a complete record of `resource` (after defaults and merges): fields, then cross-field rules. */
export function validateRecord(resource: StoredResource, input: Input): { record: Input; errors: FieldErrors } {
  const { record, errors } = checkFields(SCHEMAS[resource], input);
  const rule = RULES[resource];
  const ruleErrors = rule ? rule(record) : {};
  for (const [field, reason] of Object.entries(ruleErrors)) errors[field] ??= reason;
  return { record, errors };
}

/** The fields of `resource` with a default, applied to a new record where missing. */
export function withDefaults(resource: StoredResource, input: Input): Input {
  const result = { ...input };
  for (const [field, spec] of Object.entries(SCHEMAS[resource])) {
    if (spec.default !== undefined && isMissing(result[field])) result[field] = spec.default;
  }
  return result;
}
