/** Filters several lists share: the pilot a record belongs to, and a range of dates. */
import { DateInput } from 'react-admin';
import { PilotInput } from './PilotInput';

export const pilotFilter = (resource: string) => (
  <PilotInput key="pilotId" label={`resources.${resource}.fields.pilotId`} alwaysOn />
);

export const dateRangeFilters = (alwaysOn = false) => [
  <DateInput key="date_gte" source="date_gte" label="app.filters.from" alwaysOn={alwaysOn} />,
  <DateInput key="date_lte" source="date_lte" label="app.filters.to" alwaysOn={alwaysOn} />,
];
