import { AutocompleteInput, DateInput, ReferenceInput, SearchInput, SelectInput, useGetIdentity, usePermissions } from 'react-admin';
import { FacetInput } from '@/components/FacetInput';
import { QuickFilter } from '@/components/QuickFilter';
import { categoryChoices, stageChoices } from '@/components/choices';

export const pilotFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="stage" source="stage" choices={stageChoices} alwaysOn />,
  <SelectInput key="category" source="category" choices={categoryChoices} />,
  <FacetInput key="region" source="region" />,
  <FacetInput key="department" source="department" />,
  <ReferenceInput key="ownerId" source="ownerId" reference="users" filter={{ role: 'manager' }}>
    <AutocompleteInput label="resources.pilots.fields.ownerId" />
  </ReferenceInput>,
  <DateInput key="startDate_gte" source="startDate_gte" label="app.pilot.started_after" />,
  <DateInput key="endDate_lte" source="endDate_lte" label="app.pilot.ends_before" />,
];

/** The pilots list's filters; a project manager also gets "My pilots", the pilots they own. */
export function usePilotFilters() {
  const { permissions } = usePermissions<string>();
  const { identity } = useGetIdentity();
  if (permissions !== 'manager' || !identity) return pilotFilters;
  return [...pilotFilters, <QuickFilter key="mine" source="ownerId" label="app.pilot.mine" defaultValue={identity.id} />];
}
