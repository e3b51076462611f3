import { Skeleton } from '@mui/material';
import { Suspense, lazy, type ComponentType } from 'react';

/** A chart loaded on first use: sign-in and list pages never carry Recharts. */
function suspended<P extends object>(load: () => Promise<{ default: ComponentType<P> }>, height: number) {
  const Chart = lazy(load);
  const Suspended = (props: P) => (
    <Suspense fallback={<Skeleton variant="rectangular" height={height} />}>
      <Chart {...props} />
    </Suspense>
  );
  return Suspended;
}

const loadAdoption = () => import('./AdoptionChart');
const loadMatrix = () => import('./MatrixChart');
const loadCoverage = () => import('./CoverageChart');
const loadSatisfaction = () => import('./SatisfactionTrendChart');

/** Starts loading the dashboard's charts while its figures are being asked for, rather than after they arrive. */
export function preloadDashboardCharts(): void {
  void Promise.all([loadAdoption(), loadMatrix(), loadCoverage(), loadSatisfaction()]);
}

export const LazyKpiChart = suspended(() => import('./KpiChart'), 220);
export const LazyAdoptionChart = suspended(loadAdoption, 300);
export const LazyMatrixChart = suspended(loadMatrix, 360);
export const LazyCoverageChart = suspended(loadCoverage, 280);
export const LazySatisfactionTrendChart = suspended(loadSatisfaction, 260);
export const LazySimulationChart = suspended(() => import('./SimulationChart'), 260);
