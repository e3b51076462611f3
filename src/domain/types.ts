/** Domain types shared by the SPA, the API and the seed generator. */
import type { KpiEffect } from './comparison';
import type { Forecast } from './forecast';
import type { Simulation } from './simulation';
import type { Gate, GateResult } from './gates';

export const PILOT_CATEGORIES = [
  'document-management',
  'collaboration',
  'mobile-app',
  'online-procedure',
  'e-payment',
  'agent-portal',
  'open-data',
  'other',
] as const;
export type PilotCategory = (typeof PILOT_CATEGORIES)[number];

export const PILOT_STAGES = ['proposed', 'running', 'evaluating', 'generalized', 'stopped'] as const;
export type PilotStage = (typeof PILOT_STAGES)[number];

export const KPI_KINDS = ['adoption', 'take-up', 'completion', 'satisfaction', 'cost', 'time', 'custom'] as const;
export type KpiKind = (typeof KPI_KINDS)[number];

/** What a KPI's values count, which bounds them: a count, currency or duration is never negative, a percentage lies in 0-100, a rating within its scale. */
export const UNIT_KINDS = ['count', 'percentage', 'currency', 'duration', 'rating', 'ratio'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

export const KPI_DIRECTIONS = ['increase', 'decrease'] as const;
export type KpiDirection = (typeof KPI_DIRECTIONS)[number];

export const TRAINING_FORMATS = ['in-person', 'remote', 'e-learning'] as const;
export type TrainingFormat = (typeof TRAINING_FORMATS)[number];

export const STAKEHOLDERS = ['agent', 'citizen', 'manager', 'elected-official', 'partner'] as const;
export type Stakeholder = (typeof STAKEHOLDERS)[number];

export const FEEDBACK_STATUSES = ['new', 'acknowledged', 'addressed'] as const;
export type FeedbackStatus = (typeof FEEDBACK_STATUSES)[number];

/** Where a measurement was taken: at the pilot's sites, or at comparable sites without the tool (to tell the pilot's effect from a general trend). */
export const MEASUREMENT_GROUPS = ['pilot', 'comparison'] as const;
export type MeasurementGroup = (typeof MEASUREMENT_GROUPS)[number];

export const DECISION_KINDS = ['generalize', 'extend', 'stop'] as const;
export type DecisionKind = (typeof DECISION_KINDS)[number];

export const ROLES = ['admin', 'manager', 'executive', 'trainer'] as const;
export type Role = (typeof ROLES)[number];

export const RECOMMENDATIONS = ['generalize', 'extend', 'stop', 'insufficient-data'] as const;
export type Recommendation = (typeof RECOMMENDATIONS)[number];

/** A calendar date, `YYYY-MM-DD`. */
export type IsoDate = string;

/** Every stored record: the server sets `version` to 1 on create and adds 1 on each change. */
export interface Versioned {
  id: number;
  version: number;
}

export interface Pilot extends Versioned {
  name: string;
  summary?: string;
  category: PilotCategory;
  department: string;
  region: string;
  ownerId: number;
  stage: PilotStage;
  startDate: IsoDate;
  endDate: IsoDate;
  budget?: number | null;
  targetUsers: number;
  /** Agents who must be trained to run the new tool: what training coverage is measured against. */
  agentsToTrain?: number | null;
  published: boolean;
}

export interface Kpi extends Versioned {
  pilotId: number;
  name: string;
  kind: KpiKind;
  unit: string;
  unitKind: UnitKind;
  /** For a rating: the top of its scale (5 for 1-5 stars, 10 for a mark out of 10). */
  scaleMax?: number | null;
  direction: KpiDirection;
  baseline: number;
  target: number;
}

export interface Measurement extends Versioned {
  kpiId: number;
  pilotId: number;
  date: IsoDate;
  value: number;
  /** The pilot's sites (the default) or its comparison sites; a KPI has one value per date and group. */
  group: MeasurementGroup;
  note?: string;
}

/** What the figures read of a measurement (the dashboard's index keeps only this, packed). */
export type MeasurementPoint = Pick<Measurement, 'id' | 'kpiId' | 'date' | 'value' | 'group'>;

export interface Training extends Versioned {
  pilotId: number;
  title: string;
  date: IsoDate;
  trainerId: number;
  /** When it was recorded (set by the server): its trainer may delete it that day. Absent in older data. */
  recordedAt?: string;
  format: TrainingFormat;
  durationHours: number;
  participants: number;
  completed: number;
  satisfaction?: number | null;
}

export interface Feedback extends Versioned {
  pilotId: number;
  date: IsoDate;
  stakeholder: Stakeholder;
  rating: number;
  comment?: string;
  status: FeedbackStatus;
}

export interface Decision extends Versioned {
  pilotId: number;
  date: IsoDate;
  decision: DecisionKind;
  rationale: string;
  decidedBy: number;
  newEndDate?: IsoDate | null;
  /** The pilot's previous decision, which this one overturns: required once a pilot has a decision. */
  supersedesId?: number | null;
  /** Set by the server: the decision differs from the recommendation (the executive confirmed it). */
  againstRecommendation: boolean;
  /** Frozen by the server when the decision is recorded: what the decision was based on. */
  evidence?: DecisionEvidence;
}

/** The pilot's scorecard and the latest value of each KPI at the moment a decision was recorded. */
export interface DecisionEvidence {
  capturedAt: string;
  scorecard: Scorecard;
  kpis: { kpiId: number; name: string; unit: string; value: number; date: IsoDate }[];
  /** The effect of the pilot on each KPI measured at comparison sites (difference in differences). */
  effects?: KpiEffect[];
  /** The generalization scenario the executive ran in the decision form, and what it projected. */
  simulation?: Simulation;
}

export interface User extends Versioned {
  email: string;
  fullName: string;
  role: Role;
  /** A deactivated account cannot sign in, and its sessions end. */
  active: boolean;
}

export const AUDIT_ACTIONS = ['create', 'update', 'delete', 'import', 'login', 'logout', 'login-failed'] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** One entry of the audit trail: who did what to which record, and for updates what changed. */
export interface AuditEntry {
  id: number;
  /** ISO date-time. */
  at: string;
  /** Who did it; null for a failed sign-in with an unknown email, or the command line. */
  userId: number | null;
  action: AuditAction;
  /** The resource written, or `auth` for sign-ins and sign-outs. */
  resource: string;
  recordId: number | null;
  /** The pilot the record belongs to (the pilot itself for a pilot), for the activity of one pilot. */
  pilotId?: number | null;
  /** For updates: each changed field with its old and new value. */
  changes?: Record<string, { from: unknown; to: unknown }>;
  /** For sign-in attempts: the email tried. */
  email?: string;
  /** The integration token the change was made through (its creator is `userId`). */
  tokenId?: number | null;
  /** For failed sign-ins: how many attempts this burst for the email counts, and the last one's time. */
  attempts?: number;
  lastAt?: string;
}

export interface Scorecard {
  id: number;
  pilotId: number;
  adoptionRate: number | null;
  kpiAttainment: number | null;
  trainingCoverage: number | null;
  satisfaction: number | null;
  readiness: number | null;
  /** The one recommendation (`src/domain/recommendation.ts`), shown the same on every screen. */
  recommendation: Recommendation;
  gates: Record<Gate, GateResult>;
  dataPoints: number;
}

/** The stored collections, in the order their records depend on one another. */
export interface Collections {
  users: User[];
  pilots: Pilot[];
  kpis: Kpi[];
  measurements: Measurement[];
  trainings: Training[];
  feedback: Feedback[];
  decisions: Decision[];
}

export type StoredResource = keyof Collections;
export type StoredRecord = Collections[StoredResource][number];

export const STORED_RESOURCES: readonly StoredResource[] = [
  'users',
  'pilots',
  'kpis',
  'measurements',
  'trainings',
  'feedback',
  'decisions',
];

/** A user's password, as a salted scrypt hash; never leaves the server. */
export interface Credential {
  id: number;
  userId: number;
  passwordHash: string;
}

/** A signed-in session; only the SHA-256 of its token is kept. */
export interface Session {
  id: number;
  userId: number;
  tokenHash: string;
  /** Sent back by the browser in `X-CSRF-Token` with every write made with the session cookie. */
  csrfToken?: string;
  createdAt: string;
  expiresAt: string;
}

/** What an integration token may record. */
export const TOKEN_SCOPES = ['measurements', 'trainings'] as const;
export type TokenScope = (typeof TOKEN_SCOPES)[number];

/**
 * A named token another system (analytics, ticketing, surveys) uses to record measurements, and
 * optionally training sessions, for chosen pilots, as `Authorization: Bearer <token>`. Only the
 * SHA-256 of the secret is kept; the secret is shown once, when the token is created.
 */
export interface IntegrationToken {
  id: number;
  name: string;
  /** Who created it: what it writes is theirs, within its pilots and scopes. */
  userId: number;
  pilotIds: number[];
  scopes: TokenScope[];
  createdAt: string;
  lastUsedAt: string | null;
}

/** A token as the API shows it: without its hash. */
export type PublicToken = IntegrationToken;

/**
 * The answer to a creation sent with an `Idempotency-Key`, kept so that the same request sent
 * again (a retry after a lost reply, an offline queue sent twice) gets the same answer and
 * creates nothing more. Kept 30 days.
 */
export interface IdempotentReply {
  id: number;
  key: string;
  userId: number;
  /** `POST /trainings` and a hash of the body: the same key with another request is refused. */
  fingerprint: string;
  status: number;
  body: unknown;
  createdAt: string;
}

/** What the API keeps besides the resources: never served as such. */
export interface Internal {
  credentials: Credential[];
  sessions: Session[];
  audit: AuditEntry[];
  tokens: (IntegrationToken & { tokenHash: string })[];
  replies: IdempotentReply[];
}
export type InternalCollection = keyof Internal;
export const INTERNAL_COLLECTIONS: readonly InternalCollection[] = ['credentials', 'sessions', 'audit', 'tokens', 'replies'];

/** The whole data file: the collections plus the next id of each (ids are never reused). */
export interface Database extends Collections, Internal {
  _sequences: Record<StoredResource | InternalCollection, number>;
}

/* ---- The executive dashboard's aggregates (computed by `src/domain/dashboard/`) ---- */

/** Narrows every dashboard figure: a period of months (`YYYY-MM`, inclusive) and where the pilots are. */
export interface DashboardFilter {
  from?: string;
  to?: string;
  category?: PilotCategory;
  region?: string;
  department?: string;
}

/** A figure now and at the end of the previous quarter (null when there is nothing to measure). */
export interface Change {
  current: number | null;
  previous: number | null;
}

export interface HeadlineFigures {
  /** `YYYY-Qn` of the current and the previous quarter. */
  quarter: { current: string; previous: string };
  /** The day the current figures are taken at: today, or the end of the period when it ends earlier. */
  asOf: IsoDate;
  pilotsByStage: Record<PilotStage, Change>;
  /** Mean adoption rate of the running pilots that measure adoption. */
  averageAdoption: Change;
  /** Agents who completed a training session during the quarter. */
  agentsTrained: Change;
  /** Mean satisfaction (0-1) of the feedback given during the quarter. */
  meanSatisfaction: Change;
  /** Pilots in `evaluating`: awaiting a decision. */
  decisionsPending: Change;
}

export type AdoptionGrouping = 'pilot' | 'category' | 'region';

export interface AdoptionPoint {
  month: string;
  value: number;
  /** How many pilots the value is the mean of. */
  pilots: number;
}

export interface AdoptionSeries {
  key: string;
  label: string;
  pilotIds: number[];
  points: AdoptionPoint[];
  /** For a single pilot: its logistic continuation (dashed) and when it reaches 80% and 30%. */
  projection?: { month: string; value: number }[];
  forecast?: Forecast;
  transferForecast?: Forecast;
}

export interface AdoptionOverTime {
  groupBy: AdoptionGrouping;
  series: AdoptionSeries[];
  /** Pilots that could be shown (before the limit on individual lines). */
  total: number;
}

/** Where a pilot sits on the matrix, named by what it shows (the recommendation is its colour). */
export const QUADRANTS = ['high-adoption-high-impact', 'low-adoption-high-impact', 'high-adoption-low-impact', 'low-adoption-low-impact'] as const;
export type Quadrant = (typeof QUADRANTS)[number];

export interface MatrixPoint {
  pilotId: number;
  name: string;
  stage: PilotStage;
  adoption: number;
  attainment: number;
  targetUsers: number;
  readiness: number | null;
  recommendation: Recommendation;
  quadrant: Quadrant;
}

export interface ReadinessMatrix {
  /** By pilot id; past `MATRIX_POINTS` pilots, those with the most target users. */
  points: MatrixPoint[];
  /** Pilots placed: those with adoption and attainment measured, drawn or not. */
  placed: number;
  /** How many of them each recommendation has. */
  byRecommendation: Record<Recommendation, number>;
  /** Pilots left out because adoption or attainment is not measured yet. */
  withoutData: number;
}

export interface Candidate {
  pilot: Pick<Pilot, 'id' | 'name' | 'stage' | 'category' | 'region' | 'department' | 'startDate' | 'endDate'>;
  scorecard: Scorecard;
  gates: Record<Gate, GateResult>;
  forecast: Forecast;
  transferForecast: Forecast;
  kpis: { kpiId: number; name: string; attainment: number | null; adoption: boolean }[];
  /** What generalizing it would bring under the standard scenario (`defaultScenario`): central case; null when it cannot be simulated. */
  projection: { netBenefit: number; paybackMonth: number | null; unit: string } | null;
}

export interface CandidatesPage {
  data: Candidate[];
  total: number;
}

export interface TrainingAndFeedback {
  coverage: {
    /** Agents trained over agents to train, across the pilots below that say how many. */
    overall: number | null;
    /** Running and evaluating pilots, least covered first, those not measured last. */
    pilots: { pilotId: number; name: string; coverage: number | null; completed: number; agentsToTrain: number | null }[];
    total: number;
  };
  /** Satisfaction (0-1) and mean rating (1-5) of the feedback of the period, by stakeholder group. */
  satisfaction: { stakeholder: Stakeholder; satisfaction: number; rating: number; responses: number }[];
  /** The same, quarter by quarter. */
  trend: { quarter: string; stakeholder: Stakeholder; satisfaction: number; responses: number }[];
}

export interface DashboardFacets {
  regions: string[];
  departments: string[];
}
