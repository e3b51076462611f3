/** What a decision is based on, frozen when it is recorded. */
import { computeScorecard, latestMeasurement, type PilotEvidence } from './scorecard';
import type { DecisionEvidence } from './types';

export function captureEvidence(evidence: PilotEvidence, capturedAt: string): DecisionEvidence {
  return {
    capturedAt,
    scorecard: computeScorecard(evidence, capturedAt.slice(0, 10)),
    kpis: evidence.kpis.flatMap((kpi) => {
      const latest = latestMeasurement(evidence.measurements.filter((m) => m.kpiId === kpi.id));
      return latest ? [{ kpiId: kpi.id, name: kpi.name, unit: kpi.unit, value: latest.value, date: latest.date }] : [];
    }),
  };
}
