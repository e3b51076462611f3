import { Skeleton } from '@mui/material';
import { Suspense, lazy } from 'react';
import type { KpiChartProps } from './KpiChart';

const KpiChart = lazy(() => import('./KpiChart'));

export const LazyKpiChart = (props: KpiChartProps) => (
  <Suspense fallback={<Skeleton variant="rectangular" height={220} />}>
    <KpiChart {...props} />
  </Suspense>
);
