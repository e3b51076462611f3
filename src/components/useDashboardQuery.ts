import { useQuery } from '@tanstack/react-query';
import { useDataProvider } from 'react-admin';
import type { PilotTrackerDataProvider } from '@/providers/dataProvider';

/** A refusal (4xx) will not change on a second try; a network or server failure might. */
const retryOnlyFailures = (failures: number, error: unknown) => {
  const status = (error as { status?: number }).status;
  return !(status !== undefined && status >= 400 && status < 500) && failures < 2;
};

/**
 * One of the dashboard's figures, through the data provider's typed methods, cached by react-query
 * under `['dashboard', ...key]` like react-admin's own queries.
 */
export function useDashboardQuery<T>(key: readonly unknown[], fetchFigure: (dataProvider: PilotTrackerDataProvider) => Promise<T>, enabled = true) {
  const dataProvider = useDataProvider<PilotTrackerDataProvider>();
  return useQuery({ queryKey: ['dashboard', ...key], queryFn: () => fetchFigure(dataProvider), enabled, retry: retryOnlyFailures });
}
