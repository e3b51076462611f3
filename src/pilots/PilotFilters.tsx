import { AutocompleteInput, DateInput, ReferenceInput, SearchInput, SelectInput } from 'react-admin';
import { FacetInput } from '@/components/FacetInput';
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
