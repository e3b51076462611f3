/**
 * What each resource's fields are: the one description that server-side validation, list
 * queries (filters, sort, search) and the SPA's form rules all read.
 */
import {
  AUDIT_ACTIONS,
  DECISION_KINDS,
  FEEDBACK_STATUSES,
  KPI_DIRECTIONS,
  KPI_KINDS,
  MEASUREMENT_GROUPS,
  PILOT_CATEGORIES,
  PILOT_STAGES,
  RECOMMENDATIONS,
  ROLES,
  STAKEHOLDERS,
  TRAINING_FORMATS,
  UNIT_KINDS,
  type StoredResource,
  type UnitKind,
} from './types';

interface BaseField {
  required?: boolean;
  /** Set by the server; a value sent by a client is ignored. */
  serverSet?: boolean;
  /** Value given on create when the field is missing. */
  default?: string | number | boolean;
}
export interface TextField extends BaseField {
  type: 'text';
  maxLength: number;
  format?: 'email';
  /** Unique across the collection (case-insensitive, trimmed). */
  unique?: boolean;
}
export interface EnumField extends BaseField {
  type: 'enum';
  values: readonly string[];
}
export interface NumberField extends BaseField {
  type: 'number';
  integer?: boolean;
  min?: number;
  /** Strict lower bound. */
  above?: number;
  max?: number;
}
export interface DateField extends BaseField {
  type: 'date';
  /** Records something that happened: not after today (the server's date; the form's for comfort). */
  notAfterToday?: boolean;
}
/** An ISO date-time; bounds may be given as a date (`_lte` then means the end of that day). */
export interface DateTimeField extends BaseField {
  type: 'datetime';
}
export interface BooleanField extends BaseField {
  type: 'boolean';
}
export interface ReferenceField extends BaseField {
  type: 'reference';
  reference: StoredResource;
}
/** A structured value the server computes (never sent by clients, never filtered on). */
export interface ComputedField extends BaseField {
  type: 'computed';
  serverSet: true;
}
/** A group of fields sent together, each checked by its own spec (never stored as such, never filtered on). */
export interface ObjectField extends BaseField {
  type: 'object';
  fields: ResourceSchema;
}
export type FieldSpec = TextField | EnumField | NumberField | DateField | DateTimeField | BooleanField | ReferenceField | ComputedField | ObjectField;
export type ResourceSchema = Record<string, FieldSpec>;

const text = (maxLength: number, extra: Partial<TextField> = {}): TextField => ({ type: 'text', maxLength, ...extra });
const oneOf = (values: readonly string[], extra: Partial<EnumField> = {}): EnumField => ({ type: 'enum', values, ...extra });
const num = (extra: Partial<NumberField> = {}): NumberField => ({ type: 'number', ...extra });
const date = (extra: Partial<DateField> = {}): DateField => ({ type: 'date', ...extra });
const ref = (reference: StoredResource, extra: Partial<ReferenceField> = {}): ReferenceField => ({
  type: 'reference',
  reference,
  ...extra,
});
const required = { required: true } as const;
/** Set by the server on every stored record: 1 on create, one more on each change. */
const version = (): NumberField => num({ integer: true, serverSet: true });

/** A generalization scenario (`src/domain/simulation.ts`): sent to the simulator and with a decision. */
export const SCENARIO_SCHEMA: ResourceSchema = {
  sites: num({ required: true, integer: true, min: 1, max: 100_000 }),
  volumePerSite: num({ required: true, min: 0, max: 1_000_000_000 }),
  rolloutCostPerSite: num({ required: true, min: 0, max: 1_000_000_000_000 }),
};

export const SCHEMAS: Record<StoredResource, ResourceSchema> = {
  users: {
    email: text(254, { required: true, format: 'email', unique: true }),
    fullName: text(120, required),
    role: oneOf(ROLES, required),
    active: { type: 'boolean', required: true, default: true },
    version: version(),
  },
  pilots: {
    name: text(120, { required: true, unique: true }),
    summary: text(2000),
    category: oneOf(PILOT_CATEGORIES, required),
    department: text(120, required),
    region: text(120, required),
    ownerId: ref('users', required),
    stage: oneOf(PILOT_STAGES, { required: true, default: 'proposed' }),
    startDate: date(required),
    endDate: date(required),
    budget: num({ min: 0 }),
    targetUsers: num({ required: true, integer: true, above: 0 }),
    agentsToTrain: num({ integer: true, above: 0 }),
    published: { type: 'boolean', required: true, default: false },
    version: version(),
  },
  kpis: {
    pilotId: ref('pilots', required),
    name: text(120, required),
    kind: oneOf(KPI_KINDS, required),
    unit: text(30, required),
    unitKind: oneOf(UNIT_KINDS, required),
    scaleMax: num({ above: 0, max: 100 }),
    direction: oneOf(KPI_DIRECTIONS, required),
    baseline: num(required),
    target: num(required),
    version: version(),
  },
  measurements: {
    kpiId: ref('kpis', required),
    pilotId: ref('pilots', { serverSet: true }),
    date: date({ required: true, notAfterToday: true }),
    value: num(required),
    group: oneOf(MEASUREMENT_GROUPS, { required: true, default: 'pilot' }),
    note: text(500),
    version: version(),
  },
  trainings: {
    pilotId: ref('pilots', required),
    title: text(160, required),
    date: date({ required: true, notAfterToday: true }),
    trainerId: ref('users', { serverSet: true }),
    recordedAt: { type: 'datetime', serverSet: true },
    format: oneOf(TRAINING_FORMATS, required),
    durationHours: num({ required: true, above: 0, max: 1000 }),
    participants: num({ required: true, integer: true, min: 0 }),
    completed: num({ required: true, integer: true, min: 0 }),
    satisfaction: num({ min: 1, max: 5 }),
    version: version(),
  },
  feedback: {
    pilotId: ref('pilots', required),
    date: date({ required: true, notAfterToday: true }),
    stakeholder: oneOf(STAKEHOLDERS, required),
    rating: num({ required: true, integer: true, min: 1, max: 5 }),
    comment: text(2000),
    status: oneOf(FEEDBACK_STATUSES, { required: true, default: 'new' }),
    version: version(),
  },
  decisions: {
    pilotId: ref('pilots', required),
    date: date({ required: true, notAfterToday: true }),
    decision: oneOf(DECISION_KINDS, required),
    rationale: text(4000, required),
    decidedBy: ref('users', { serverSet: true }),
    newEndDate: date(),
    supersedesId: ref('decisions'),
    /** Sent `true` by the client to confirm a decision against the recommendation; stored as the server finds it. */
    againstRecommendation: { type: 'boolean', required: true, default: false },
    /** The generalization scenario run in the decision form: the server simulates it into the evidence. */
    scenario: { type: 'object', fields: SCENARIO_SCHEMA },
    evidence: { type: 'computed', serverSet: true },
    version: version(),
  },
};

/**
 * The range of values each unit kind allows, for measurements, baselines and targets. A rating's
 * top is its KPI's `scaleMax`.
 */
export const UNIT_KIND_RANGES: Record<UnitKind, { min?: number; max?: number | 'scaleMax' }> = {
  count: { min: 0 },
  percentage: { min: 0, max: 100 },
  currency: { min: 0 },
  duration: { min: 0 },
  rating: { min: 0, max: 'scaleMax' },
  ratio: { min: 0 },
};

/** The unit kind of a unit written on an older KPI (before unit kinds existed). */
export function unitKindOfUnit(unit: string): UnitKind {
  const u = unit.trim().toLowerCase();
  if (u.startsWith('%')) return 'percentage';
  if (['eur', '€', 'usd', '$', 'gbp', '£', 'chf'].includes(u)) return 'currency';
  if (['days', 'day', 'hours', 'hour', 'minutes', 'min', 'weeks', 'jours', 'heures', 's', 'seconds'].includes(u)) return 'duration';
  if (u.startsWith('/') || u.includes('stars') || u === 'rating') return 'rating';
  if (u === 'ratio') return 'ratio';
  return 'count';
}

/** Fields of the computed, read-only `scorecards` resource, for its list queries. */
export const SCORECARD_SCHEMA: ResourceSchema = {
  pilotId: ref('pilots'),
  adoptionRate: num(),
  kpiAttainment: num(),
  trainingCoverage: num(),
  satisfaction: num(),
  readiness: num(),
  recommendation: oneOf(RECOMMENDATIONS),
  dataPoints: num({ integer: true }),
};

/** An integration token's fields (`pilotIds` and `scopes`, lists, are checked by `tokenProblems`). */
export const TOKEN_SCHEMA: ResourceSchema = {
  name: text(80, { required: true }),
  userId: ref('users', { serverSet: true }),
  createdAt: { type: 'datetime', serverSet: true },
  lastUsedAt: { type: 'datetime', serverSet: true },
};

/** Fields of the read-only audit trail, for its list queries. */
export const AUDIT_SCHEMA: ResourceSchema = {
  at: { type: 'datetime' },
  userId: ref('users'),
  action: oneOf(AUDIT_ACTIONS),
  resource: text(40),
  recordId: num({ integer: true }),
  pilotId: ref('pilots'),
  email: text(254),
  tokenId: num({ integer: true }),
};

/** Every (resource, field) that points at `target`, for referential checks on delete. */
export function referencesTo(target: StoredResource): { resource: StoredResource; field: string }[] {
  const found: { resource: StoredResource; field: string }[] = [];
  for (const [resource, schema] of Object.entries(SCHEMAS) as [StoredResource, ResourceSchema][]) {
    for (const [field, spec] of Object.entries(schema)) {
      if (spec.type === 'reference' && spec.reference === target) found.push({ resource, field });
    }
  }
  return found;
}
