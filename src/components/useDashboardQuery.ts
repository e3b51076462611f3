import { useQuery } from '@tanstack/react-query';
import { useDataProvider } from 'react-admin';
import type { PilotTrackerDataProvider } from '@/providers/dataProvider';

/**
 * One of the dashboard's figures, through the data provider's typed methods, cached by react-query
 * under `['dashboard', ...key]` like react-admin's own queries.
 */
export function useDashboardQuery<T>(key: readonly unknown[], fetchFigure: (dataProvider: PilotTrackerDataProvider) => Promise<T>, enabled = true) {
  const dataProvider = useDataProvider<PilotTrackerDataProvider>();
  return useQuery({ queryKey: ['dashboard', ...key], queryFn: () => fetchFigure(dataProvider), enabled });
}
