import { DataTable, DateField, List, NumberField, ReferenceField, SearchInput, SelectField, SelectInput } from 'react-admin';
import { categoryChoices, stageChoices } from '@/components/choices';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="stage" source="stage" choices={stageChoices} />,
  <SelectInput key="category" source="category" choices={categoryChoices} />,
];

export const PilotList = () => (
  <List filters={filters} sort={{ field: 'name', order: 'ASC' }}>
    <DataTable rowClick="show">
      <DataTable.Col source="name" />
      <DataTable.Col source="category">
        <SelectField source="category" choices={categoryChoices} />
      </DataTable.Col>
      <DataTable.Col source="stage">
        <SelectField source="stage" choices={stageChoices} />
      </DataTable.Col>
      <DataTable.Col source="region" />
      <DataTable.Col source="ownerId">
        <ReferenceField source="ownerId" reference="users" link={false} />
      </DataTable.Col>
      <DataTable.Col source="startDate" field={DateField} />
      <DataTable.Col source="endDate" field={DateField} />
      <DataTable.NumberCol source="targetUsers" field={NumberField} />
    </DataTable>
  </List>
);
