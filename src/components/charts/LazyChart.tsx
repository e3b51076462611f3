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

export const LazyKpiChart = suspended(() => import('./KpiChart'), 220);
export const LazyAdoptionChart = suspended(() => import('./AdoptionChart'), 300);
export const LazyMatrixChart = suspended(() => import('./MatrixChart'), 360);
export const LazyCoverageChart = suspended(() => import('./CoverageChart'), 280);
export const LazySatisfactionTrendChart = suspended(() => import('./SatisfactionTrendChart'), 260);
export const LazySimulationChart = suspended(() => import('./SimulationChart'), 260);
