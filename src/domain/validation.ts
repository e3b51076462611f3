/**
 * Record validation shared by the API (authoritative) and the SPA's forms (derived from it, for
 * comfort). Pure: it sees one record (and, for a measurement, its KPI), never the rest of the
 * data; checks that need other records (references, uniqueness) live in the API.
 *
 * A problem travels as a code with parameters: the API words it in English with
 * `PROBLEM_MESSAGES`, the SPA translates `app.validation.<code>` in the user's language.
 */
import { SCHEMAS, UNIT_KIND_RANGES, type FieldSpec, type ResourceSchema } from './schema';
import { PROBLEM_MESSAGES, type ProblemCode } from './problems';
import type { Kpi, StoredResource } from './types';

/** What the API answers: each field in error with its reason, in English. */
export type FieldErrors = Record<string, string>;

/** A KPI has one value per date at each group of sites: the slot a measurement takes. */
export const measurementSlot = (m: { kpiId: unknown; group?: unknown; date: unknown }) => `${String(m.kpiId)}|${String(m.group ?? 'pilot')}|${String(m.date)}`;

/** Shortest password an account may have. */
export const MIN_PASSWORD_LENGTH = 12;
export type Input = Record<string, unknown>;

export { PROBLEM_MESSAGES, type ProblemCode } from './problems';

export interface Problem {
  code: ProblemCode;
  params?: Record<string, string | number>;
}
export type FieldProblems = Record<string, Problem>;

const problem = (code: ProblemCode, params?: Problem['params']): Problem => (params ? { code, params } : { code });

/** A problem in English, as the API answers it. */
export function describeProblem({ code, params }: Problem): string {
  return PROBLEM_MESSAGES[code].replace(/%\{(\w+)\}/g, (_, name: string) => String(params?.[name] ?? ''));
}

export const describeProblems = (problems: FieldProblems): FieldErrors =>
  Object.fromEntries(Object.entries(problems).map(([field, p]) => [field, describeProblem(p)]));

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

/** No NUL character and no unpaired UTF-16 surrogate: text every store (and PostgreSQL) keeps as it is. */
export const isStorableText = (text: string) =>
  !text.includes(String.fromCharCode(0)) && !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text);

export const isMissing = (value: unknown) => value === undefined || value === null || value === '';

/** Checks a number against bounds: the shared part of number fields and unit ranges. */
function checkBounds(value: number, bounds: { min?: number; above?: number; max?: number }): Problem | null {
  if (bounds.min !== undefined && value < bounds.min) return problem('min', { min: bounds.min });
  if (bounds.above !== undefined && value <= bounds.above) return problem('above', { above: bounds.above });
  if (bounds.max !== undefined && value > bounds.max) return problem('max', { max: bounds.max });
  return null;
}

/**
 * Why `value` does not fit `spec`, or null when it does (presence is checked elsewhere). `today`
 * (`YYYY-MM-DD`) bounds the dates of things that happened.
 */
export function checkValue(spec: FieldSpec, value: unknown, today?: string): Problem | null {
  switch (spec.type) {
    case 'text':
      if (typeof value !== 'string') return problem('text');
      if (value.length > spec.maxLength) return problem('too_long', { max: spec.maxLength });
      if (!isStorableText(value)) return problem('bad_characters');
      if (spec.format === 'email' && !EMAIL_PATTERN.test(value)) return problem('email');
      return null;
    case 'enum':
      return typeof value === 'string' && spec.values.includes(value) ? null : problem('one_of', { values: spec.values.join(', ') });
    case 'boolean':
      return typeof value === 'boolean' ? null : problem('boolean');
    case 'date':
      if (!isIsoDate(value)) return problem('date');
      if (spec.notAfterToday && today && value > today) return problem('not_after_today', { today });
      return null;
    case 'datetime':
      return isIsoDateTime(value) ? null : problem('datetime');
    case 'computed':
      return typeof value === 'object' ? null : problem('server_set');
    case 'object': {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return problem('object');
      const { problems } = checkFields(spec.fields, value as Input, today);
      return Object.values(problems)[0] ?? null;
    }
    case 'reference':
      return typeof value === 'number' && Number.isInteger(value) && value > 0 ? null : problem('reference');
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value)) return problem('number');
      if (spec.integer && !Number.isInteger(value)) return problem('integer');
      return checkBounds(value, spec);
  }
}

/** The range a KPI's values may take, from its unit kind (null when the kind is not known). */
export function valueRangeOf(kpi: Pick<Kpi, 'unitKind' | 'scaleMax'>): { min?: number; max?: number } | null {
  const range = UNIT_KIND_RANGES[kpi.unitKind];
  if (!range) return null;
  const max = range.max === 'scaleMax' ? (kpi.scaleMax ?? undefined) : range.max;
  return { min: range.min, max };
}

/** Why `value` cannot be a value of `kpi` (a count below 0, a percentage above 100...), or null. */
export function checkKpiValue(kpi: Pick<Kpi, 'unitKind' | 'scaleMax'>, value: unknown): Problem | null {
  if (typeof value !== 'number' || !Number.isFinite(value)) return null;
  const range = valueRangeOf(kpi);
  return range ? checkBounds(value, range) : null;
}

/**
 * Checks every field of a complete record against its schema: unknown fields, presence of the
 * required ones, types, enums and ranges. Text is trimmed; empty optional text becomes absent.
 */
export function checkFields(schema: ResourceSchema, input: Input, today?: string): { record: Input; problems: FieldProblems } {
  const problems: FieldProblems = {};
  const record: Input = {};
  for (const key of Object.keys(input)) {
    if (key !== 'id' && !Object.hasOwn(schema, key)) problems[key] = problem('unknown_field');
  }
  for (const [field, spec] of Object.entries(schema)) {
    let value = input[field];
    if (typeof value === 'string' && spec.type === 'text') value = value.trim();
    if (isMissing(value)) {
      if (spec.required) problems[field] = problem('required');
      else if (value === null && (spec.type === 'number' || spec.type === 'date' || spec.type === 'reference')) record[field] = null;
      continue;
    }
    const reason = checkValue(spec, value, today);
    if (reason) problems[field] = reason;
    else record[field] = value;
  }
  if ('id' in input) record.id = input.id;
  return { record, problems };
}

type Rule = (record: Input) => FieldProblems;

const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/** Rules between fields of one record. */
const RULES: Partial<Record<StoredResource, Rule>> = {
  pilots: ({ startDate, endDate }): FieldProblems =>
    isIsoDate(startDate) && isIsoDate(endDate) && endDate < startDate ? { endDate: problem('end_before_start') } : {},
  kpis: (kpi): FieldProblems => {
    const { kind, direction, baseline, target, unitKind, scaleMax } = kpi;
    const problems: FieldProblems = {};
    if (unitKind === 'rating' && isMissing(scaleMax)) problems.scaleMax = problem('scale_required');
    if (unitKind !== undefined && unitKind !== 'rating' && !isMissing(scaleMax)) problems.scaleMax = problem('scale_rating_only');
    if (kind === 'adoption' && unitKind !== undefined && unitKind !== 'count') problems.unitKind = problem('adoption_counts');
    if (typeof unitKind === 'string') {
      const ranged = { unitKind: unitKind as Kpi['unitKind'], scaleMax: isNumber(scaleMax) ? scaleMax : null };
      const baselineProblem = checkKpiValue(ranged, baseline);
      const targetProblem = checkKpiValue(ranged, target);
      if (baselineProblem) problems.baseline = baselineProblem;
      if (targetProblem) problems.target = targetProblem;
    }
    if (isNumber(baseline) && isNumber(target) && !problems.target) {
      if (direction === 'increase' && !(target > baseline)) problems.target = problem('target_above');
      if (direction === 'decrease' && !(target < baseline)) problems.target = problem('target_below');
    }
    if (kind === 'adoption' && direction === 'decrease') problems.direction = problem('adoption_increases');
    return problems;
  },
  trainings: ({ participants, completed }): FieldProblems =>
    isNumber(participants) && isNumber(completed) && completed > participants ? { completed: problem('completed_above_participants') } : {},
  decisions: ({ decision, newEndDate }): FieldProblems => {
    if (decision === 'extend' && isMissing(newEndDate)) return { newEndDate: problem('new_end_required') };
    if (decision !== 'extend' && !isMissing(newEndDate)) return { newEndDate: problem('new_end_extension_only') };
    return {};
  },
};

/** The rules between fields of `resource` that `record` breaks (the forms show each at its field). */
export const ruleProblems = (resource: StoredResource, record: Input): FieldProblems => RULES[resource]?.(record) ?? {};

/**
 * Validates a complete record of `resource` (after defaults and merges): fields, then cross-field
 * rules. `today` bounds the dates of what happened.
 */
export function validateRecord(resource: StoredResource, input: Input, today?: string): { record: Input; problems: FieldProblems; errors: FieldErrors } {
  const { record, problems } = checkFields(SCHEMAS[resource], input, today);
  for (const [field, reason] of Object.entries(ruleProblems(resource, record))) problems[field] ??= reason;
  return { record, problems, errors: describeProblems(problems) };
}

/** The fields of `resource` with a default, applied to a new record where missing. */
export function withDefaults(resource: StoredResource, input: Input): Input {
  const result = { ...input };
  for (const [field, spec] of Object.entries(SCHEMAS[resource])) {
    if (spec.default !== undefined && isMissing(result[field])) result[field] = spec.default;
  }
  return result;
}
