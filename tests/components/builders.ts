/** Records as the API returns them, with overrides. */
import type { Decision, Feedback, Kpi, Measurement, Pilot, Scorecard, Training } from '@/domain/types';

export const buildPilot = (overrides: Partial<Pilot> = {}): Pilot => ({
  id: 1,
  name: 'Online pay for water bills',
  summary: 'Card and direct-debit payment of water bills.',
  category: 'e-payment',
  department: 'Finance',
  region: 'Bretagne',
  ownerId: 2,
  stage: 'running',
  startDate: '2025-06-01',
  endDate: '2027-06-01',
  budget: 120000,
  targetUsers: 4000,
  agentsToTrain: 4000,
  published: true,
  version: 1,
  ...overrides,
});

export const buildKpi = (overrides: Partial<Kpi> = {}): Kpi => ({
  id: 10,
  pilotId: 1,
  name: 'Completion rate',
  kind: 'completion',
  unit: '%',
  unitKind: 'percentage',
  direction: 'increase',
  baseline: 40,
  target: 90,
  version: 1,
  ...overrides,
});

export const buildMeasurement = (overrides: Partial<Measurement> = {}): Measurement => ({
  id: 100,
  kpiId: 10,
  pilotId: 1,
  date: '2026-10-01',
  value: 65,
  group: 'pilot',
  version: 1,
  ...overrides,
});

export const buildTraining = (overrides: Partial<Training> = {}): Training => ({
  id: 20,
  pilotId: 1,
  title: 'Getting started',
  date: '2026-09-15',
  trainerId: 4,
  format: 'in-person',
  durationHours: 3,
  participants: 12,
  completed: 11,
  satisfaction: 4.4,
  version: 1,
  ...overrides,
});

export const buildFeedback = (overrides: Partial<Feedback> = {}): Feedback => ({
  id: 30,
  pilotId: 1,
  date: '2026-10-12',
  stakeholder: 'citizen',
  rating: 4,
  comment: 'Done in five minutes from my sofa, thank you!',
  status: 'new',
  version: 1,
  ...overrides,
});

export const buildDecision = (overrides: Partial<Decision> = {}): Decision => ({
  id: 40,
  pilotId: 1,
  date: '2026-10-20',
  decision: 'extend',
  rationale: 'Encouraging results but not enough evidence yet.',
  decidedBy: 3,
  newEndDate: '2027-12-01',
  againstRecommendation: false,
  version: 1,
  ...overrides,
});

export const buildScorecard = (overrides: Partial<Scorecard> = {}): Scorecard => ({
  id: 1,
  pilotId: 1,
  adoptionRate: 0.62,
  kpiAttainment: 0.5,
  trainingCoverage: 0.3,
  satisfaction: 0.75,
  readiness: 0.55,
  recommendation: 'extend',
  gates: { traction: 'pass', 'transfer-ready': 'pass', impact: 'pass', trained: 'fail', satisfied: 'pass' },
  dataPoints: 24,
  ...overrides,
});

export const USERS = [
  { id: 1, fullName: 'Alice Martin', role: 'admin' },
  { id: 2, fullName: 'Mehdi Benali', role: 'manager' },
  { id: 3, fullName: 'Claire Dubois', role: 'executive' },
  { id: 4, fullName: 'Thomas Leroy', role: 'trainer' },
];
