/** The generalization simulator: hand-checked projections, then a pilot's own evidence. */
import { describe, expect, it } from 'vitest';
import { projectCase, simulate, simulateGeneralization, simulationEvidenceOf, type Scenario } from '@/domain/simulation';
import type { Kpi, Measurement } from '@/domain/types';

const scenario: Scenario = { sites: 2, volumePerSite: 500, rolloutCostPerSite: 5_000 };
const full = () => 1;

describe('projecting one case', () => {
  it('pays back in the exact month: 2 sites x 500 transactions x 2 EUR = 2,000 a month against 10,000', () => {
    const projection = projectCase(scenario, 2, full);
    expect(projection.monthlySaving).toBe(2_000);
    expect(projection.annualSaving).toBe(24_000);
    expect(projection.cumulativeNetBenefit.slice(0, 6)).toEqual([-10_000, -8_000, -6_000, -4_000, -2_000, 0]);
    expect(projection.paybackMonth).toBe(5);
    expect(projection.netBenefit).toBe(36 * 2_000 - 10_000);
  });

  it('saves nothing when nobody adopts the tool: the rollout is a pure cost, never paid back', () => {
    const projection = projectCase(scenario, 2, () => 0);
    expect(projection.monthlySavings.every((s) => s === 0)).toBe(true);
    expect(projection.netBenefit).toBe(-10_000);
    expect(projection.paybackMonth).toBeNull();
  });

  it('shows a cost when the cost per transaction rose', () => {
    const projection = projectCase(scenario, -0.5, full);
    expect(projection.monthlySaving).toBe(-500);
    expect(projection.netBenefit).toBe(-10_000 - 36 * 500);
    expect(projection.paybackMonth).toBeNull();
  });

  it('follows the adoption of each month', () => {
    const projection = projectCase({ sites: 1, volumePerSite: 1_000, rolloutCostPerSite: 0 }, 1, (month) => Math.min(1, month / 10), 12);
    expect(projection.monthlySavings.slice(0, 3)).toEqual([100, 200, 300]);
    expect(projection.monthlySaving).toBe(1_000);
    expect(projection.paybackMonth).toBe(1);
  });

  it('orders the three cases', () => {
    const cases = simulate(scenario, { savingPerTransaction: { low: 1, central: 2, high: 3 }, adoption: { low: () => 0.5, central: () => 0.7, high: () => 0.9 } });
    expect(cases.low.netBenefit).toBeLessThan(cases.central.netBenefit);
    expect(cases.central.netBenefit).toBeLessThan(cases.high.netBenefit);
  });
});

describe("a pilot's simulation", () => {
  const pilot = { targetUsers: 1_000, budget: 20_000, startDate: '2025-01-01' };
  const cost: Kpi = { id: 2, version: 1, pilotId: 1, name: 'Cost per transaction', kind: 'cost', unit: 'EUR', unitKind: 'currency', direction: 'decrease', baseline: 12, target: 6 };
  const adoption: Kpi = { ...cost, id: 1, name: 'Active users', kind: 'adoption', unit: 'users', unitKind: 'count', direction: 'increase', baseline: 0, target: 800 };
  let id = 0;
  const measure = (kpiId: number, date: string, value: number, group: Measurement['group'] = 'pilot'): Measurement => ({ id: (id += 1), version: 1, kpiId, pilotId: 1, date, value, group });
  const months = ['2025-02', '2025-03', '2025-04', '2025-05', '2025-06', '2025-07', '2025-08', '2025-09'];
  const adoptionValues = [50, 120, 250, 420, 560, 650, 700, 720];
  const measurements = [
    ...months.map((m, i) => measure(1, `${m}-01`, adoptionValues[i])),
    ...months.map((m, i) => measure(2, `${m}-01`, 12 - i * 0.6)),
  ];

  it('saves the fall in cost per transaction on the adopted share of each site', () => {
    const simulation = simulateGeneralization(simulationEvidenceOf(pilot, [adoption, cost], measurements), { sites: 10, volumePerSite: 1_000, rolloutCostPerSite: 20_000 });
    expect(simulation.status).toBe('simulated');
    if (simulation.status !== 'simulated') return;
    expect(simulation.cost).toMatchObject({ baseline: 12, latest: 7.8, spreadFrom: 'measurements' });
    expect(simulation.cases.central.savingPerTransaction).toBeCloseTo(4.2, 6);
    // By the horizon the sites adopt as far as the pilot's curve goes (its ceiling, about 74%).
    expect(simulation.adoptionAtHorizon.central).toBeGreaterThan(0.7);
    expect(simulation.adoptionAtHorizon.central).toBeLessThan(0.8);
    expect(simulation.cases.central.monthlySaving).toBeCloseTo(10 * 1_000 * simulation.adoptionAtHorizon.central * 4.2, 6);
    expect(simulation.cases.low.netBenefit).toBeLessThan(simulation.cases.central.netBenefit);
    expect(simulation.cases.high.netBenefit).toBeGreaterThan(simulation.cases.central.netBenefit);
    expect(simulation.cases.central.paybackMonth).toBeGreaterThan(1);
  });

  it('takes its spread from the comparison sites when they measure the cost', () => {
    const withComparison = [
      ...measurements,
      ...['2024-10', '2024-11', '2024-12', ...months].map((m, i) => measure(2, `${m}-01`, 12 - i * 0.1, 'comparison')),
      ...['2024-10', '2024-11', '2024-12'].map((m) => measure(2, `${m}-01`, 12.1)),
    ];
    const simulation = simulateGeneralization(simulationEvidenceOf(pilot, [adoption, cost], withComparison), scenario);
    expect(simulation.status === 'simulated' && simulation.cost.spreadFrom).toBe('comparison');
    // Comparison measurements never count as the pilot's latest cost.
    expect(simulation.status === 'simulated' && simulation.cost.latest).toBeCloseTo(7.8, 6);
  });

  it('says what is missing when it cannot simulate', () => {
    expect(simulateGeneralization(simulationEvidenceOf(pilot, [adoption], measurements), scenario)).toMatchObject({ status: 'not-enough-data', reason: 'no-cost-kpi' });
    expect(simulateGeneralization(simulationEvidenceOf(pilot, [adoption, cost], measurements.filter((m) => m.kpiId === 1)), scenario)).toMatchObject({ reason: 'no-cost-measurement' });
    expect(simulateGeneralization(simulationEvidenceOf(pilot, [cost], measurements), scenario)).toMatchObject({ reason: 'no-adoption' });
  });
});
