import { describe, expect, it } from 'vitest';
import {
  adoptionAt,
  adoptionOf,
  adoptionOverTime,
  buildPortfolio,
  facetsOf,
  generalizationCandidates,
  headlineFigures,
  meanSeries,
  quadrantOf,
  readinessMatrix,
  stageAt,
  trainingAndFeedback,
  type DashboardSources,
} from '@/domain/dashboard';
import { addQuarters, monthEnd, quarterOf, quarterRange } from '@/domain/series';
import type { Decision, Feedback, Kpi, Measurement, Pilot, Training } from '@/domain/types';

const TODAY = '2026-11-26';

let ids = 1000;
const pilot = (id: number, overrides: Partial<Pilot> = {}): Pilot => ({
  id,
  name: `Pilot ${id}`,
  category: 'online-procedure',
  department: 'Environment',
  region: 'Bretagne',
  ownerId: 2,
  stage: 'running',
  startDate: '2026-01-01',
  endDate: '2026-12-31',
  targetUsers: 1000,
  agentsToTrain: 1000,
  published: false,
  version: 1,
  ...overrides,
});
const kpi = (id: number, pilotId: number, overrides: Partial<Kpi> = {}): Kpi => ({
  id,
  pilotId,
  name: `KPI ${id}`,
  kind: 'completion',
  unit: '%',
  unitKind: 'percentage',
  direction: 'increase',
  baseline: 0,
  target: 100,
  version: 1,
  ...overrides,
});
const measure = (kpiId: number, pilotId: number, date: string, value: number): Measurement => ({ id: (ids += 1), kpiId, pilotId, date, value, group: 'pilot', version: 1 });
const training = (pilotId: number, date: string, completed: number): Training => ({
  id: (ids += 1),
  pilotId,
  title: 'Session',
  date,
  trainerId: 4,
  format: 'remote',
  durationHours: 2,
  participants: completed,
  completed,
  version: 1,
});
const feedback = (pilotId: number, date: string, rating: number, stakeholder: Feedback['stakeholder'] = 'agent'): Feedback => ({
  id: (ids += 1),
  pilotId,
  date,
  stakeholder,
  rating,
  status: 'new',
  version: 1,
});
const decision = (pilotId: number, date: string, kind: Decision['decision'], newEndDate?: string): Decision => ({
  id: (ids += 1),
  pilotId,
  date,
  decision: kind,
  rationale: 'Because',
  decidedBy: 3,
  newEndDate: newEndDate ?? null,
  againstRecommendation: false,
  version: 1,
});
const sources = (overrides: Partial<DashboardSources> = {}): DashboardSources => ({
  pilots: [],
  kpis: [],
  measurements: [],
  trainings: [],
  feedback: [],
  decisions: [],
  ...overrides,
});
/** Adoption measurements: active users on the first of each month from `start`. */
const adoption = (kpiId: number, pilotId: number, start: string, values: number[]) =>
  values.map((value, i) => {
    const [y, m] = start.split('-').map(Number);
    const index = y * 12 + m - 1 + i;
    return measure(kpiId, pilotId, `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}-01`, value);
  });

describe('quarters and months', () => {
  it('count quarters and find a pilot\'s adoption at a month', () => {
    expect(quarterOf('2026-11-26')).toBe('2026-Q4');
    expect(addQuarters('2026-Q1', -1)).toBe('2025-Q4');
    expect(quarterRange('2024-Q1')).toEqual({ start: '2024-01-01', end: '2024-03-31' });
    expect(monthEnd('2024-02')).toBe('2024-02-29');
    const portfolio = buildPortfolio(
      sources({ pilots: [pilot(1)], kpis: [kpi(1, 1, { kind: 'adoption', unit: 'users', target: 1000 })], measurements: [measure(1, 1, '2026-01-15', 100), measure(1, 1, '2026-04-02', 300)] }),
      TODAY,
    );
    expect(adoptionOf(portfolio, 1)).toEqual([
      { month: '2026-01', value: 0.1 },
      { month: '2026-04', value: 0.3 },
    ]);
    // Its latest month measured up to that month.
    expect(adoptionAt(portfolio, 1, '2025-12')).toBeNull();
    expect(adoptionAt(portfolio, 1, '2026-03')).toBe(0.1);
    expect(adoptionAt(portfolio, 1, '2026-09')).toBe(0.3);
    expect(adoptionAt(portfolio, 2, '2026-09')).toBeNull();
  });
});

describe('an empty portfolio', () => {
  const portfolio = buildPortfolio(sources(), TODAY);
  it('gives zeros and unknowns, never NaN', () => {
    const headline = headlineFigures(portfolio, {}, TODAY);
    expect(headline.quarter).toEqual({ current: '2026-Q4', previous: '2026-Q3' });
    expect(headline.pilotsByStage.running).toEqual({ current: 0, previous: 0 });
    expect(headline.averageAdoption).toEqual({ current: null, previous: null });
    expect(headline.agentsTrained).toEqual({ current: 0, previous: 0 });
    expect(headline.meanSatisfaction).toEqual({ current: null, previous: null });
    expect(adoptionOverTime(portfolio, {}, TODAY)).toEqual({ groupBy: 'pilot', series: [], total: 0 });
    expect(readinessMatrix(portfolio, {})).toEqual({ points: [], placed: 0, byRecommendation: { generalize: 0, extend: 0, stop: 0, "insufficient-data": 0 }, withoutData: 0 });
    expect(generalizationCandidates(portfolio, {})).toEqual({ data: [], total: 0 });
    expect(trainingAndFeedback(portfolio, {}, TODAY)).toEqual({ coverage: { overall: null, pilots: [], total: 0 }, satisfaction: [], trend: [] });
    expect(facetsOf([])).toEqual({ regions: [], departments: [] });
  });
});

describe('one pilot', () => {
  const p = pilot(1, { startDate: '2026-01-01', endDate: '2026-12-31' });
  const data = sources({
    pilots: [p],
    kpis: [kpi(1, 1, { kind: 'adoption', unit: 'users', target: 1000 }), kpi(2, 1, { baseline: 40, target: 90 })],
    measurements: [...adoption(1, 1, '2026-01', [50, 100, 200, 350, 500, 600, 700, 750, 800, 820, 840]), measure(2, 1, '2026-06-01', 65)],
    trainings: [training(1, '2026-08-10', 100), training(1, '2026-10-02', 150)],
    feedback: [feedback(1, '2026-08-01', 4), feedback(1, '2026-10-20', 5), feedback(1, '2026-11-02', 3, 'citizen')],
  });
  const portfolio = buildPortfolio(data, TODAY);

  it('compares the quarter to date with the previous quarter', () => {
    const headline = headlineFigures(portfolio, {}, TODAY);
    expect(headline.pilotsByStage.running).toEqual({ current: 1, previous: 1 });
    // November's latest adoption (840 / 1000) against September's (800 / 1000).
    expect(headline.averageAdoption.current).toBeCloseTo(0.84);
    expect(headline.averageAdoption.previous).toBeCloseTo(0.8);
    expect(headline.agentsTrained).toEqual({ current: 150, previous: 100 });
    // Q4: ratings 5 and 3 -> mean 4 -> 0.75; Q3: rating 4 -> 0.75.
    expect(headline.meanSatisfaction).toEqual({ current: 0.75, previous: 0.75 });
  });

  it('draws its adoption line, its projection and its forecast', () => {
    const { series, total } = adoptionOverTime(portfolio, {}, TODAY);
    expect(total).toBe(1);
    expect(series[0].points.map((p) => p.value)).toEqual([0.05, 0.1, 0.2, 0.35, 0.5, 0.6, 0.7, 0.75, 0.8, 0.82, 0.84]);
    expect(series[0].forecast).toMatchObject({ status: 'reached', month: '2026-09' });
    expect(series[0].transferForecast).toMatchObject({ status: 'reached', month: '2026-04' });
    expect(series[0].projection?.[0]).toEqual({ month: '2026-11', value: 0.84 });
    expect(series[0].projection).toHaveLength(13);
    // The period keeps only its months.
    const period = adoptionOverTime(portfolio, { from: '2026-03', to: '2026-05' }, TODAY);
    expect(period.series[0].points.map((p) => p.month)).toEqual(['2026-03', '2026-04', '2026-05']);
  });

  it('places it in the matrix and ranks it as a candidate with its gates', () => {
    expect(readinessMatrix(portfolio, {}).points).toEqual([
      expect.objectContaining({ pilotId: 1, adoption: 0.84, attainment: 0.5, quadrant: 'high-adoption-high-impact', targetUsers: 1000 }),
    ]);
    const [candidate] = generalizationCandidates(portfolio, {}).data;
    expect(candidate.pilot.name).toBe('Pilot 1');
    expect(candidate.gates).toEqual({ traction: 'pass', 'transfer-ready': 'pass', impact: 'pass', trained: 'fail', satisfied: 'pass' });
    // Another share than 80% can be chosen for the forecast.
    expect(generalizationCandidates(portfolio, {}, { share: 0.5 }).data[0].forecast).toMatchObject({ status: 'reached', month: '2026-05' });
    expect(adoptionOverTime(portfolio, {}, TODAY, { share: 0.9 }).series[0].forecast?.status).toMatch(/projected|not-reached/);
    expect(candidate.kpis).toEqual([
      { kpiId: 1, name: 'KPI 1', attainment: 0.84, adoption: true },
      { kpiId: 2, name: 'KPI 2', attainment: 0.5, adoption: false },
    ]);
  });

  it('reports its training coverage and satisfaction by stakeholder', () => {
    const result = trainingAndFeedback(portfolio, {}, TODAY);
    expect(result.coverage).toEqual({ overall: 0.25, pilots: [{ pilotId: 1, name: 'Pilot 1', coverage: 0.25, completed: 250, agentsToTrain: 1000 }], total: 1 });
    expect(result.satisfaction).toEqual([
      { stakeholder: 'agent', rating: 4.5, satisfaction: 0.875, responses: 2 },
      { stakeholder: 'citizen', rating: 3, satisfaction: 0.5, responses: 1 },
    ]);
    expect(result.trend).toEqual([
      { quarter: '2026-Q3', stakeholder: 'agent', satisfaction: 0.75, responses: 1 },
      { quarter: '2026-Q4', stakeholder: 'agent', satisfaction: 1, responses: 1 },
      { quarter: '2026-Q4', stakeholder: 'citizen', satisfaction: 0.5, responses: 1 },
    ]);
  });
});

describe('decreasing KPIs', () => {
  it('count a fall towards a "decrease" target as progress, and a falling adoption as no projection', () => {
    const data = sources({
      pilots: [pilot(1)],
      kpis: [kpi(1, 1, { kind: 'time', unit: 'days', direction: 'decrease', baseline: 20, target: 5 }), kpi(2, 1, { kind: 'adoption', unit: 'users' })],
      measurements: [measure(1, 1, '2026-02-01', 18), measure(1, 1, '2026-05-01', 8), ...adoption(2, 1, '2026-01', [400, 300, 200, 100])],
    });
    const portfolio = buildPortfolio(data, TODAY);
    const [point] = readinessMatrix(portfolio, {}).points;
    expect(point.attainment).toBeCloseTo(0.8);
    expect(point.adoption).toBeCloseTo(0.1);
    expect(point.quadrant).toBe('low-adoption-high-impact');
    const [line] = adoptionOverTime(portfolio, {}, TODAY).series;
    expect(line.forecast?.status).toBe('not-reached');
    expect(line.projection).toEqual([]);
    const [candidate] = generalizationCandidates(portfolio, {}).data;
    expect(candidate.kpis.find((k) => k.kpiId === 1)?.attainment).toBeCloseTo(0.8);
    expect(candidate.gates).toMatchObject({ traction: 'pass', 'transfer-ready': 'fail', impact: 'pass' });
  });
});

describe('missing months', () => {
  it('average each month over the pilots measured that month, and say how many', () => {
    expect(
      meanSeries([
        [
          { month: '2026-01', value: 0.2 },
          { month: '2026-03', value: 0.4 },
        ],
        [
          { month: '2026-01', value: 0.4 },
          { month: '2026-02', value: 0.5 },
        ],
      ]),
    ).toEqual([
      { month: '2026-01', value: expect.closeTo(0.3, 10) as number, pilots: 2 },
      { month: '2026-02', value: 0.5, pilots: 1 },
      { month: '2026-03', value: 0.4, pilots: 1 },
    ]);
  });

  it('group pilots by region, by their mean', () => {
    const data = sources({
      pilots: [pilot(1, { region: 'Bretagne' }), pilot(2, { region: 'Occitanie' }), pilot(3, { region: 'Bretagne' })],
      kpis: [1, 2, 3].map((id) => kpi(id, id, { kind: 'adoption', unit: 'users' })),
      measurements: [...adoption(1, 1, '2026-01', [100, 200]), ...adoption(2, 2, '2026-01', [500]), ...adoption(3, 3, '2026-02', [400])],
    });
    const { series } = adoptionOverTime(buildPortfolio(data, TODAY), {}, TODAY, { groupBy: 'region' });
    expect(series.map((s) => [s.label, s.pilotIds, s.points])).toEqual([
      [
        'Bretagne',
        [1, 3],
        [
          { month: '2026-01', value: 0.1, pilots: 1 },
          { month: '2026-02', value: expect.closeTo(0.3, 10) as number, pilots: 2 },
        ],
      ],
      ['Occitanie', [2], [{ month: '2026-01', value: 0.5, pilots: 1 }]],
    ]);
  });
});

describe('pilots without an adoption KPI', () => {
  const data = sources({
    pilots: [pilot(1), pilot(2, { stage: 'evaluating', category: 'e-payment' }), pilot(3, { stage: 'generalized' })],
    kpis: [kpi(1, 1, { kind: 'adoption', unit: 'users' }), kpi(2, 2)],
    measurements: [...adoption(1, 1, '2026-06', [100, 200, 300]), measure(2, 2, '2026-06-01', 70)],
  });
  const portfolio = buildPortfolio(data, TODAY);

  it('have no line, no bubble and no share in average adoption, but stay candidates', () => {
    expect(adoptionOverTime(portfolio, {}, TODAY).series.map((s) => s.pilotIds)).toEqual([[1]]);
    expect(readinessMatrix(portfolio, {})).toMatchObject({ withoutData: 3 });
    expect(headlineFigures(portfolio, {}, TODAY).averageAdoption.current).toBeCloseTo(0.3);
    const candidates = generalizationCandidates(portfolio, {});
    expect(candidates.total).toBe(2);
    expect(candidates.data.map((c) => c.pilot.id)).toEqual([2, 1]);
    expect(candidates.data[0].forecast).toEqual({ status: 'not-enough-data', months: 0 });
    expect(candidates.data[0].gates.traction).toBe('unknown');
  });

  it('follow the filters', () => {
    expect(generalizationCandidates(portfolio, { category: 'e-payment' }).data.map((c) => c.pilot.id)).toEqual([2]);
    expect(generalizationCandidates(portfolio, {}, { stages: ['generalized'] }).data.map((c) => c.pilot.id)).toEqual([3]);
    expect(generalizationCandidates(portfolio, {}, { ids: [3, 1] }).data.map((c) => c.pilot.id)).toEqual([3, 1]);
    expect(headlineFigures(portfolio, { region: 'Nowhere' }, TODAY).pilotsByStage.running.current).toBe(0);
  });
});

describe('stages in the past', () => {
  it('are rebuilt from dates and decisions', () => {
    const p = pilot(1, { startDate: '2025-03-01', endDate: '2025-12-31', stage: 'generalized' });
    const decisions = [decision(1, '2026-01-15', 'extend', '2026-06-30'), decision(1, '2026-08-01', 'generalize')];
    expect(stageAt(p, decisions, '2025-02-01', TODAY)).toBe('proposed');
    expect(stageAt(p, decisions, '2025-06-01', TODAY)).toBe('running');
    expect(stageAt(p, decisions, '2026-01-05', TODAY)).toBe('evaluating');
    expect(stageAt(p, decisions, '2026-03-01', TODAY)).toBe('running');
    expect(stageAt(p, decisions, '2026-07-15', TODAY)).toBe('evaluating');
    expect(stageAt(p, decisions, '2026-09-30', TODAY)).toBe('generalized');
    expect(stageAt({ ...p, stage: 'stopped' }, [], TODAY, TODAY)).toBe('stopped');
  });

  it('give the previous quarter its pending decisions', () => {
    const p = pilot(1, { startDate: '2025-03-01', endDate: '2026-08-31', stage: 'generalized' });
    const portfolio = buildPortfolio(sources({ pilots: [p], decisions: [decision(1, '2026-10-10', 'generalize')] }), TODAY);
    const headline = headlineFigures(portfolio, {}, TODAY);
    expect(headline.decisionsPending).toEqual({ current: 0, previous: 1 });
    expect(headline.pilotsByStage.generalized).toEqual({ current: 1, previous: 0 });
  });
});

describe('quadrants', () => {
  it('split at 30% adoption and half-way to the KPI targets', () => {
    expect(quadrantOf(0.3, 0.5)).toBe('high-adoption-high-impact');
    expect(quadrantOf(0.1, 0.9)).toBe('low-adoption-high-impact');
    expect(quadrantOf(0.9, 0.1)).toBe('high-adoption-low-impact');
    expect(quadrantOf(0.29, 0.49)).toBe('low-adoption-low-impact');
  });
});
