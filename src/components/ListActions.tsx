import { CreateButton, ExportButton, FilterButton, TopToolbar } from 'react-admin';
import { ImportButton } from './ImportButton';

/** A list's actions: filters, create, export, and import from a CSV file (for those who may create). */
export const ListActions = () => (
  <TopToolbar>
    <FilterButton />
    <CreateButton />
    <ExportButton />
    <ImportButton />
  </TopToolbar>
);
