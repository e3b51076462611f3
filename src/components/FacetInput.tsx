import { AutocompleteInput } from 'react-admin';
import type { DashboardFacets } from '@/domain/types';
import { useDashboardQuery } from './useDashboardQuery';

/** Filters pilots on one of the regions or departments they have, all of them, from the API's facets. */
export const FacetInput = ({ source, alwaysOn }: { source: 'region' | 'department'; alwaysOn?: boolean }) => {
  const { data } = useDashboardQuery(['facets'], (dp) => dp.getDashboardFacets());
  const values: DashboardFacets[`${typeof source}s`] = data?.[`${source}s`] ?? [];
  return <AutocompleteInput source={source} choices={values.map((v) => ({ id: v, name: v }))} alwaysOn={alwaysOn} />;
};
