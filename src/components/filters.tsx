/** Filters several lists share: the pilot a record belongs to, and a range of dates. */
import { AutocompleteInput, DateInput, ReferenceInput } from 'react-admin';

export const pilotFilter = (resource: string) => (
  <ReferenceInput key="pilotId" source="pilotId" reference="pilots" alwaysOn>
    <AutocompleteInput label={`resources.${resource}.fields.pilotId`} />
  </ReferenceInput>
);

export const dateRangeFilters = (alwaysOn = false) => [
  <DateInput key="date_gte" source="date_gte" label="app.filters.from" alwaysOn={alwaysOn} />,
  <DateInput key="date_lte" source="date_lte" label="app.filters.to" alwaysOn={alwaysOn} />,
];
