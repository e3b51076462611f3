import { ListActions } from '@/components/ListActions';
import {
  AutocompleteInput,
  DataTable,
  List,
  ReferenceField,
  ReferenceInput,
  SelectField,
  SelectInput,
  SimpleList,
  TextField,
  useLocale,
} from 'react-admin';
import { DateField } from '@/components/fields';
import { useMediaQuery, type Theme } from '@mui/material';
import { EmptyList } from '@/components/EmptyList';
import { OutboxPanel } from '@/components/OutboxPanel';
import { groupChoices } from '@/components/choices';
import { dateRangeFilters, pilotFilter } from '@/components/filters';
import { formatDate, formatNumber } from '@/domain/format';
import type { Measurement } from '@/domain/types';
import { safeExporter } from '@/components/csvExport';
import { RecordLink } from '@/components/RecordLink';

const filters = [
  pilotFilter('measurements'),
  <ReferenceInput key="kpiId" source="kpiId" reference="kpis" alwaysOn>
    <AutocompleteInput label="resources.measurements.fields.kpiId" />
  </ReferenceInput>,
  <SelectInput key="group" source="group" choices={groupChoices} />,
  ...dateRangeFilters(true),
];

/** Measurements across pilots, newest first; those kept on this device while offline above them. */
export const MeasurementList = () => {
  const locale = useLocale();
  const isSmall = useMediaQuery<Theme>((theme) => theme.breakpoints.down('md'));
  return (
    <>
      <OutboxPanel resource="measurements" />
      <List exporter={safeExporter} actions={<ListActions />} filters={filters} sort={{ field: 'date', order: 'DESC' }} perPage={25} empty={<EmptyList />}>
        {isSmall ? (
          <SimpleList<Measurement>
            primaryText={() => <ReferenceField source="kpiId" reference="kpis" link={false} />}
            secondaryText={(m) => (
              <>
                <ReferenceField source="pilotId" reference="pilots" link={false} /> · {formatDate(m.date, locale)}
              </>
            )}
            tertiaryText={(m) => formatNumber(m.value, locale)}
            linkType="edit"
          />
        ) : (
          <DataTable rowClick="edit">
            <DataTable.Col source="date">
              <RecordLink>
                <DateField source="date" />
              </RecordLink>
            </DataTable.Col>
            <DataTable.Col source="pilotId">
              <ReferenceField source="pilotId" reference="pilots" link="show" />
            </DataTable.Col>
            <DataTable.Col source="kpiId">
              <ReferenceField source="kpiId" reference="kpis" link={false} />
            </DataTable.Col>
            <DataTable.NumberCol source="value" locales={locale} />
            <DataTable.Col source="group">
              <SelectField source="group" choices={groupChoices} />
            </DataTable.Col>
            <DataTable.Col source="note" field={TextField} />
          </DataTable>
        )}
      </List>
    </>
  );
};
