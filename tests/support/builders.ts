/** Valid new records of every resource, with overrides: the shapes a client would send. */
import type { Decision, Feedback, Kpi, Measurement, Pilot, Training, User } from '../../src/domain/types';

/** A record as a client creates it: the server sets the id, the version and what it derives. */
type New<T> = Omit<T, 'id' | 'version' | 'againstRecommendation'> & { againstRecommendation?: boolean };

let counter = 0;
const unique = () => `${Date.now().toString(36)}-${(counter += 1)}`;
/** A different past day on each call: a KPI has one measurement per date. */
const distinctPastDay = () => new Date(Date.UTC(2020, 0, 1) + (counter += 1) * 86_400_000).toISOString().slice(0, 10);

export const buildUser = (overrides: Partial<New<User> & { password: string }> = {}): New<User> & { password: string } => ({
  password: 'a-long-enough-password',
  email: `user-${unique()}@example.org`,
  fullName: 'Camille Durand',
  role: 'manager',
  active: true,
  ...overrides,
});

export const buildPilot = (overrides: Partial<New<Pilot>> = {}): New<Pilot> => ({
  name: `Online fishing permits ${unique()}`,
  summary: 'Anglers request and pay their permit online.',
  category: 'online-procedure',
  department: 'Environment',
  region: 'Bretagne',
  ownerId: 2,
  stage: 'running',
  startDate: '2026-01-01',
  endDate: '2026-12-31',
  budget: 45000,
  targetUsers: 500,
  published: false,
  ...overrides,
});

export const buildKpi = (pilotId: number, overrides: Partial<New<Kpi>> = {}): New<Kpi> => ({
  pilotId,
  name: 'Completion rate',
  kind: 'completion',
  unit: '%',
  unitKind: 'percentage',
  direction: 'increase',
  baseline: 40,
  target: 90,
  ...overrides,
});

export const buildMeasurement = (kpiId: number, overrides: Partial<Omit<New<Measurement>, 'pilotId'>> = {}) => ({
  kpiId,
  date: distinctPastDay(),
  value: 55,
  note: 'Monthly figure',
  ...overrides,
});

export const buildTraining = (pilotId: number, overrides: Partial<New<Training>> = {}): New<Training> => ({
  pilotId,
  title: 'Getting started',
  date: '2026-02-10',
  trainerId: 4,
  format: 'in-person',
  durationHours: 3,
  participants: 12,
  completed: 11,
  satisfaction: 4.5,
  ...overrides,
});

export const buildFeedback = (pilotId: number, overrides: Partial<New<Feedback>> = {}): New<Feedback> => ({
  pilotId,
  date: '2026-03-15',
  stakeholder: 'citizen',
  rating: 4,
  comment: 'Quick and clear.',
  status: 'new',
  ...overrides,
});

export const buildDecision = (pilotId: number, overrides: Partial<New<Decision>> = {}): New<Decision> => ({
  pilotId,
  date: '2026-11-20',
  decision: 'generalize',
  rationale: 'Targets met.',
  decidedBy: 3,
  // The executive confirms: the API refuses an unconfirmed decision against the recommendation.
  againstRecommendation: true,
  ...overrides,
});
