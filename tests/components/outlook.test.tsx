import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { logistic } from '@/domain/forecast';
import { addMonthsToMonth } from '@/domain/series';
import { USERS, buildFeedback, buildKpi, buildMeasurement, buildPilot, buildScorecard } from './builders';
import { renderApp, signedInAs } from './renderApp';
import { dashboardOf, listOf, oneOf, server } from './server';

describe("a pilot's outlook", () => {
  it('shows the adoption forecast and the stage gates', async () => {
    signedInAs('executive');
    const pilot = buildPilot({ startDate: '2025-01-10', targetUsers: 1000 });
    const adoption = buildKpi({ id: 11, name: 'Active users', kind: 'adoption', unit: 'users', baseline: 0, target: 800 });
    // Twelve months along 0.9 / (1 + e^(-0.5 (t - 8))): 80% is projected for the 14th month.
    const measurements = Array.from({ length: 12 }, (_, t) =>
      buildMeasurement({ id: 200 + t, kpiId: 11, date: `${addMonthsToMonth('2025-01', t)}-15`, value: Math.round(1000 * logistic({ ceiling: 0.9, growth: 0.5, midpoint: 8 }, t)) }),
    );
    const completion = buildKpi({ id: 12, baseline: 40, target: 80 });
    const feedback = [buildFeedback({ rating: 3 })];
    server.use(
      oneOf('pilots', [pilot]),
      oneOf('scorecards', [buildScorecard()]),
      listOf('kpis', [adoption, completion]),
      listOf('measurements', measurements),
      dashboardOf({ pilots: [pilot], kpis: [adoption, completion], measurements: [...measurements, buildMeasurement({ id: 300, kpiId: 12, value: 62 })], trainings: [], feedback, decisions: [] }).handler,
      listOf('users', USERS),
      listOf('audit', []),
    );
    renderApp('/pilots/1/show');
    const outlook = await screen.findByRole('region', { name: 'Outlook' });
    expect(await within(outlook).findByText('80% of the target users projected for February 2026')).toBeInTheDocument();
    expect(within(outlook).getByText('30% of the target users reached in August 2025')).toBeInTheDocument();
    const gates = within(outlook).getAllByRole('listitem').map((chip) => chip.textContent);
    expect(gates).toEqual(['Traction: pass', 'Transfer-ready: pass', 'Impact: pass', 'Trained: unknown', 'Satisfied: fail']);
    // The adoption curve, with its text alternative.
    expect(await within(outlook).findByText(/Adoption rate over 12 months; latest 74% in December 2025/)).toBeInTheDocument();
  });
});
