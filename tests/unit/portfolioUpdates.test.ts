/**
 * The portfolio kept up to date pilot by pilot gives the figures a portfolio built afresh gives,
 * whatever changed: records added, replaced, changed in place or removed, a pilot moved to another
 * region, a pilot deleted with its records. And the ranking shortcut ranks as a sort does.
 */
import { describe, expect, it } from 'vitest';
import { generateData } from '../../mock-api/seed';
import {
  DASHBOARD_FIGURES,
  MATRIX_POINTS,
  buildPortfolio,
  dashboardFigure,
  firstRanked,
  measurementsOfKpi,
  packActivity,
  readinessMatrix,
  recordsByPilot,
  unpackActivity,
  updatePortfolio,
  type DashboardSources,
  type FigureQuery,
  type Portfolio,
} from '@/domain/dashboard';
import type { DashboardFilter, Database } from '@/domain/types';

const TODAY = '2026-11-26';
const FILTERS: DashboardFilter[] = [{}, { region: 'Bretagne' }, { category: 'online-procedure', from: '2025-10', to: '2026-06' }, { to: '2026-03' }];

/** Every figure under a few filters, and the ranking by net benefit, as the API would answer them. */
function figures(portfolio: Portfolio) {
  return FILTERS.flatMap((filter) =>
    DASHBOARD_FIGURES.map((figure) => {
      const query: FigureQuery = { filter, adoption: { groupBy: figure === 'adoption' && filter.region ? 'region' : 'pilot' }, candidates: { rankBy: filter.to ? 'netBenefit' : 'readiness', range: [0, 20] } };
      return { figure, filter, answer: JSON.parse(JSON.stringify(dashboardFigure(portfolio, figure, query, TODAY))) as unknown };
    }),
  );
}

/** Each segment's months with something in them (a pilot taken out may leave zeros behind). */
const monthsWithActivity = (portfolio: Portfolio) =>
  Object.fromEntries(
    [...portfolio.segments].flatMap(([key, segment]) => {
      const months = [...segment.activity].filter(([, m]) => m.trained || m.ratings.some(Boolean)).sort(([a], [b]) => (a < b ? -1 : 1));
      return months.length ? [[key, months]] : [];
    }),
  );

/** Applies `change` to the data, then updates the portfolio for the pilots it names. */
function change(data: Database, portfolio: Portfolio, touched: number[], apply: (db: Database) => void) {
  apply(data);
  const ids = new Set(touched);
  updatePortfolio(portfolio, ids, recordsByPilot(data as DashboardSources, ids));
}

describe('a portfolio kept up to date', () => {
  it('answers every figure as a portfolio built afresh, after each kind of change', () => {
    const data = generateData({ pilots: 40 });
    const portfolio = buildPortfolio(data, TODAY);
    const [first, second, third] = data.pilots.filter((p) => data.feedback.some((f) => f.pilotId === p.id) && data.trainings.some((t) => t.pilotId === p.id));
    const steps: [string, number[], (db: Database) => void][] = [
      [
        'a measurement added',
        [first.id],
        (db) => {
          const kpi = db.kpis.find((k) => k.pilotId === first.id && k.kind === 'adoption') ?? db.kpis.find((k) => k.pilotId === first.id)!;
          db.measurements.push({ id: 900_001, kpiId: kpi.id, pilotId: first.id, date: '2026-11-20', value: 5000, group: 'pilot', version: 1 });
        },
      ],
      [
        'a training replaced, feedback removed',
        [second.id],
        (db) => {
          const at = db.trainings.findIndex((t) => t.pilotId === second.id);
          db.trainings[at] = { ...db.trainings[at], completed: db.trainings[at].completed + 7, date: '2026-10-02', version: 2 };
          db.feedback = db.feedback.filter((f) => f.pilotId !== second.id || f.stakeholder !== 'agent');
        },
      ],
      [
        'a pilot moved to another region, in place',
        [third.id],
        (db) => {
          const pilot = db.pilots.find((p) => p.id === third.id)!;
          pilot.region = pilot.region === 'Bretagne' ? 'Occitanie' : 'Bretagne';
          pilot.category = 'online-procedure';
        },
      ],
      [
        'a decision recorded, and the pilot generalized',
        [first.id],
        (db) => {
          db.decisions.push({ id: 900_002, pilotId: first.id, date: '2026-11-25', decision: 'generalize', rationale: 'Ready', decidedBy: 3, newEndDate: null, againstRecommendation: false, version: 1 });
          const at = db.pilots.findIndex((p) => p.id === first.id);
          db.pilots[at] = { ...db.pilots[at], stage: 'generalized', version: db.pilots[at].version + 1 };
        },
      ],
      [
        'a KPI moved with its measurements to another pilot, the new one indexed first',
        [third.id, first.id],
        (db) => {
          const moved = db.kpis.find((k) => k.pilotId === first.id && k.kind !== 'adoption' && db.measurements.some((m) => m.kpiId === k.id))!;
          db.kpis = db.kpis.map((k) => (k.id === moved.id ? { ...k, pilotId: third.id } : k));
          db.measurements = db.measurements.map((m) => (m.kpiId === moved.id ? { ...m, pilotId: third.id } : m));
        },
      ],
      [
        'a pilot deleted with its records',
        [second.id],
        (db) => {
          db.pilots = db.pilots.filter((p) => p.id !== second.id);
          for (const collection of ['kpis', 'measurements', 'trainings', 'feedback', 'decisions'] as const) {
            (db[collection] as { pilotId: number }[]) = db[collection].filter((r) => r.pilotId !== second.id);
          }
        },
      ],
      [
        'a new pilot with its first figures',
        [900_003],
        (db) => {
          db.pilots.push({ ...first, id: 900_003, name: 'Brand new pilot', stage: 'running', version: 1 });
          db.trainings.push({ id: 900_004, pilotId: 900_003, title: 'Kick-off', date: '2026-11-03', trainerId: 4, format: 'remote', durationHours: 2, participants: 9, completed: 9, version: 1 });
          db.feedback.push({ id: 900_005, pilotId: 900_003, date: '2026-11-04', stakeholder: 'citizen', rating: 2, status: 'new', version: 1 });
        },
      ],
    ];
    const before = figures(portfolio);
    for (const [what, touched, apply] of steps) {
      change(data, portfolio, touched, apply);
      const fresh = buildPortfolio(data, TODAY);
      expect(figures(portfolio), what).toEqual(figures(fresh));
      // The indexes themselves, which effects, simulations and open data read too.
      for (const index of ['scorecards', 'measurements', 'adoption', 'kpis', 'decisions', 'trained'] as const) {
        expect(portfolio[index], `${what}: ${index}`).toEqual(fresh[index]);
      }
      expect(monthsWithActivity(portfolio), what).toEqual(monthsWithActivity(fresh));
      expect(portfolio.pilots, what).toEqual(fresh.pilots);
    }
    // The changes showed: this test would pass on a portfolio that ignored them otherwise.
    expect(figures(portfolio)).not.toEqual(before);
  });
});

describe('records kept packed in the index', () => {
  it("gives back a month's activity exactly, in 4 bytes a number when they are whole", () => {
    const activity = new Map([
      ['2026-01', { trained: 12, ratingSum: [9, 0, 4, 0, 3], ratings: [2, 0, 1, 0, 1] }],
      ['2026-02', { trained: 0, ratingSum: [0, 5, 0, 0, 0], ratings: [0, 1, 0, 0, 0] }],
    ]);
    const packed = packActivity(activity);
    expect(packed).toBeInstanceOf(Int32Array);
    expect(unpackActivity(packed)).toEqual(activity);
    // A value the schema would refuse today (written by hand) is kept as it is, not truncated.
    const odd = new Map([['2026-03', { trained: 2.5, ratingSum: [0, 0, 0, 0, 0], ratings: [0, 0, 0, 0, 0] }]]);
    expect(unpackActivity(packActivity(odd))).toEqual(odd);
  });

  it("gives back each KPI's measurements as recorded: dates, values, groups and ids", () => {
    const data = generateData({ pilots: 40 });
    const portfolio = buildPortfolio(data, TODAY);
    let compared = 0;
    for (const kpi of data.kpis) {
      const recorded = data.measurements
        .filter((m) => m.kpiId === kpi.id)
        .sort((a, b) => a.id - b.id)
        .map(({ id, kpiId, date, value, group }) => ({ id, kpiId, date, value, group }));
      expect(measurementsOfKpi(portfolio, kpi.pilotId, kpi.id), `KPI ${kpi.id}`).toEqual(recorded);
      compared += recorded.length;
    }
    expect(compared).toBe(data.measurements.length);
    expect(new Set(data.measurements.map((m) => m.group))).toEqual(new Set(['pilot', 'comparison']));
  });
});

describe('a large portfolio on the matrix', () => {
  it('draws the pilots with the most target users, and counts every pilot placed', () => {
    const data = generateData({ pilots: 30 });
    // Copies of the demo's placed pilots, to pass the number of bubbles the matrix draws.
    const placed = buildPortfolio(data, TODAY);
    const measured = data.pilots.filter((p) => placed.scorecards.get(p.id)?.adoptionRate !== null && placed.scorecards.get(p.id)?.kpiAttainment !== null);
    const copies = Math.ceil((MATRIX_POINTS + 1) / measured.length);
    const big: DashboardSources = { pilots: [], kpis: [], measurements: [], trainings: [], feedback: [], decisions: [] };
    measured.forEach((pilot) => {
      for (let copy = 0; copy < copies; copy += 1) {
        const id = pilot.id * 1000 + copy;
        const pilotId = { pilotId: id };
        big.pilots.push({ ...pilot, id, targetUsers: pilot.targetUsers + copy });
        big.kpis.push(...data.kpis.filter((k) => k.pilotId === pilot.id).map((k) => ({ ...k, ...pilotId, id: k.id * 1000 + copy })));
        big.measurements.push(...data.measurements.filter((m) => m.pilotId === pilot.id).map((m) => ({ ...m, ...pilotId, kpiId: m.kpiId * 1000 + copy })));
      }
    });
    big.pilots.sort((a, b) => a.id - b.id);
    const matrix = readinessMatrix(buildPortfolio(big, TODAY), {});
    expect(matrix.placed).toBe(big.pilots.length);
    expect(matrix.points).toHaveLength(MATRIX_POINTS);
    expect(Object.values(matrix.byRecommendation).reduce((a, b) => a + b, 0)).toBe(big.pilots.length);
    const smallestDrawn = Math.min(...matrix.points.map((p) => p.targetUsers));
    const drawn = new Set(matrix.points.map((p) => p.pilotId));
    expect(big.pilots.filter((p) => !drawn.has(p.id)).every((p) => p.targetUsers <= smallestDrawn)).toBe(true);
    expect(matrix.points.map((p) => p.pilotId)).toEqual([...drawn].sort((a, b) => a - b));
  });
});

describe('ranking the first few', () => {
  it('gives what sorting everything and slicing gives, ties included', () => {
    let state = 7;
    const random = () => (state = (state * 48271) % 2147483647) / 2147483647;
    const items = Array.from({ length: 500 }, (_, id) => ({ id, score: Math.floor(random() * 40) }));
    const compare = (a: (typeof items)[number], b: (typeof items)[number]) => b.score - a.score || a.id - b.id;
    for (const count of [0, 1, 5, 50, 124, 126, 499, 500, 600]) expect(firstRanked(items, count, compare)).toEqual([...items].sort(compare).slice(0, count));
  });
});
