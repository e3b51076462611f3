import {
  AutocompleteInput,
  DataTable,
  DateInput,
  List,
  ReferenceField,
  ReferenceInput,
  TextField,
  useLocale,
} from 'react-admin';
import { DateField } from '@/components/fields';
import { EmptyList } from '@/components/EmptyList';

const filters = [
  <ReferenceInput key="pilotId" source="pilotId" reference="pilots" alwaysOn>
    <AutocompleteInput label="resources.measurements.fields.pilotId" />
  </ReferenceInput>,
  <ReferenceInput key="kpiId" source="kpiId" reference="kpis" alwaysOn>
    <AutocompleteInput label="resources.measurements.fields.kpiId" />
  </ReferenceInput>,
  <DateInput key="date_gte" source="date_gte" label="app.filters.from" alwaysOn />,
  <DateInput key="date_lte" source="date_lte" label="app.filters.to" alwaysOn />,
];

/** Measurements across pilots, newest first. */
export const MeasurementList = () => {
  const locale = useLocale();
  return (
  <List filters={filters} sort={{ field: 'date', order: 'DESC' }} perPage={25} empty={<EmptyList />}>
    <DataTable rowClick="edit">
      <DataTable.Col source="date" field={DateField} />
      <DataTable.Col source="pilotId">
        <ReferenceField source="pilotId" reference="pilots" link="show" />
      </DataTable.Col>
      <DataTable.Col source="kpiId">
        <ReferenceField source="kpiId" reference="kpis" link={false} />
      </DataTable.Col>
      <DataTable.NumberCol source="value" locales={locale} />
      <DataTable.Col source="note" field={TextField} />
    </DataTable>
  </List>
);
};
