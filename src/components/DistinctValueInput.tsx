import { AutocompleteInput, useGetList } from 'react-admin';

/**
 * Filters on one of the values a text field takes, offered from the records themselves (up to
 * the first 500 distinct ones, in order).
 */
export const DistinctValueInput = ({ resource, source, alwaysOn }: { resource: string; source: string; alwaysOn?: boolean }) => {
  const { data = [] } = useGetList(resource, { pagination: { page: 1, perPage: 500 }, sort: { field: source, order: 'ASC' }, filter: {} });
  const values = [...new Set(data.map((r) => r[source] as string).filter(Boolean))];
  return <AutocompleteInput source={source} choices={values.map((v) => ({ id: v, name: v }))} alwaysOn={alwaysOn} />;
};
