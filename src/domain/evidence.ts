/** What a decision is based on, frozen when it is recorded. */
import { atPilotSites, estimateEffects } from './comparison';
import { computeScorecard, latestMeasurement, type PilotEvidence } from './scorecard';
import type { DecisionEvidence } from './types';

export function captureEvidence(evidence: PilotEvidence, capturedAt: string): DecisionEvidence {
  const effects = estimateEffects(evidence.pilot, evidence.kpis, (kpiId) => evidence.measurements.filter((m) => m.kpiId === kpiId));
  return {
    capturedAt,
    ...(effects.length ? { effects } : {}),
    scorecard: computeScorecard(evidence, capturedAt.slice(0, 10)),
    kpis: evidence.kpis.flatMap((kpi) => {
      const latest = latestMeasurement(atPilotSites(evidence.measurements).filter((m) => m.kpiId === kpi.id));
      return latest ? [{ kpiId: kpi.id, name: kpi.name, unit: kpi.unit, value: latest.value, date: latest.date }] : [];
    }),
  };
}
