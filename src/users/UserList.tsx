import { BooleanField, DataTable, EmailField, List, SearchInput, SelectInput } from 'react-admin';
import { RoleField, roleChoices } from './RoleField';
import { safeExporter } from '@/components/csvExport';
import { RecordLink } from '@/components/RecordLink';

const filters = [<SearchInput key="q" source="q" alwaysOn />, <SelectInput key="role" source="role" choices={roleChoices} />];

export const UserList = () => (
  <List exporter={safeExporter} filters={filters} sort={{ field: 'fullName', order: 'ASC' }}>
    <DataTable rowClick="edit">
      <DataTable.Col source="fullName">
        <RecordLink source="fullName" />
      </DataTable.Col>
      <DataTable.Col source="email" field={EmailField} />
      <DataTable.Col source="role" field={RoleField} />
      <DataTable.Col source="active" field={BooleanField} />
    </DataTable>
  </List>
);
