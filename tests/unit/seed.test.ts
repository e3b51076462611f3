import { describe, expect, it } from 'vitest';
import { generateData } from '../../mock-api/seed';
import { checkIntegrity } from '../../mock-api/integrity';
import { computeScorecards } from '@/domain/scorecard';
import { PILOT_CATEGORIES, PILOT_STAGES, ROLES, STORED_RESOURCES, type StoredResource } from '@/domain/types';
import { validateRecord } from '@/domain/validation';

const TODAY = '2026-11-26';

const demo = generateData();

describe('the demo data', () => {
  it('is the same on every run', () => {
    expect(JSON.stringify(generateData())).toBe(JSON.stringify(demo));
    expect(JSON.stringify(generateData({ seed: 7 }))).not.toBe(JSON.stringify(demo));
  });

  it('covers every category, stage and role with about 30 pilots', () => {
    expect(demo.pilots).toHaveLength(30);
    expect(new Set(demo.pilots.map((p) => p.category))).toEqual(new Set(PILOT_CATEGORIES));
    expect(new Set(demo.pilots.map((p) => p.stage))).toEqual(new Set(PILOT_STAGES));
    expect(new Set(demo.users.map((u) => u.role))).toEqual(new Set(ROLES));
    for (const email of ['admin@example.org', 'manager@example.org', 'executive@example.org', 'trainer@example.org']) {
      expect(demo.users.map((u) => u.email)).toContain(email);
    }
  });

  it('passes the API\'s own validation, record by record', () => {
    for (const resource of STORED_RESOURCES) {
      for (const record of demo[resource] as unknown as ({ id: number } & Record<string, unknown>)[]) {
        const { errors, record: valid } = validateRecord(resource as StoredResource, record, TODAY);
        expect(errors, `${resource} ${record.id}`).toEqual({});
        const rest = { ...demo, [resource]: (demo[resource] as { id: number }[]).filter((r) => r.id !== record.id) };
        const integrity = checkIntegrity(rest, resource as StoredResource, valid, record, true, TODAY);
        expect(integrity, `${resource} ${record.id}`).toEqual({});
      }
    }
  });

  it('has two to three years of monthly measurements whose adoption follows S-curves', () => {
    const adoption = demo.kpis.filter((k) => k.kind === 'adoption');
    const months = (kpiId: number) => demo.measurements.filter((m) => m.kpiId === kpiId).map((m) => m.date);
    const longest = Math.max(...adoption.map((k) => months(k.id).length));
    expect(longest).toBeGreaterThanOrEqual(24);
    expect(longest).toBeLessThanOrEqual(37);
    const generalized = demo.pilots.filter((p) => p.stage === 'generalized').map((p) => p.id);
    const cards = computeScorecards(demo, TODAY);
    const meanReadiness = (ids: number[]) => ids.reduce((s, id) => s + (cards.find((c) => c.pilotId === id)?.readiness ?? 0), 0) / ids.length;
    const stopped = demo.pilots.filter((p) => p.stage === 'stopped').map((p) => p.id);
    expect(meanReadiness(generalized)).toBeGreaterThan(meanReadiness(stopped) + 0.2);
    expect(new Set(cards.map((c) => c.recommendation))).toEqual(new Set(['generalize', 'extend', 'stop', 'insufficient-data']));
  });

  it('has decisions that match the stage of decided pilots', () => {
    for (const pilot of demo.pilots.filter((p) => p.stage === 'generalized' || p.stage === 'stopped')) {
      const decisions = demo.decisions.filter((d) => d.pilotId === pilot.id);
      expect(decisions.at(-1)?.decision).toBe(pilot.stage === 'generalized' ? 'generalize' : 'stop');
    }
  });
});

describe('larger data sets', () => {
  it('has the number of pilots and measurements asked for, with unique pilot names', () => {
    const big = generateData({ pilots: 200, measurements: 3000 });
    expect(big.pilots).toHaveLength(200);
    expect(big.measurements).toHaveLength(3000);
    expect(new Set(big.pilots.map((p) => p.name.toLowerCase())).size).toBe(200);
    expect(big._sequences.measurements).toBe(3001);
  });
});
