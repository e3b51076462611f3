import { ListActions } from '@/components/ListActions';
import {
  DataTable,
  List,
  ReferenceField,
  SearchInput,
  SelectField,
  SelectInput,
  SimpleList,
  useLocale,
  useTranslate,
} from 'react-admin';
import { useMediaQuery, type Theme } from '@mui/material';
import { EmptyList } from '@/components/EmptyList';
import type { Kpi } from '@/domain/types';
import { directionChoices, kindChoices } from '@/components/choices';
import { safeExporter } from '@/components/csvExport';
import { UnitField } from '@/components/UnitField';
import { PilotInput } from '@/components/PilotInput';
import { RecordLink } from '@/components/RecordLink';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <PilotInput key="pilotId" label="resources.kpis.fields.pilotId" alwaysOn />,
  <SelectInput key="kind" source="kind" choices={kindChoices} />,
];

/** Every KPI across pilots; a KPI opens on its pilot's KPI tab. */
export const KpiList = () => {
  const locale = useLocale();
  const translate = useTranslate();
  const isSmall = useMediaQuery<Theme>((theme) => theme.breakpoints.down('md'));
  return (
  <List exporter={safeExporter} actions={<ListActions />} filters={filters} sort={{ field: 'pilotId', order: 'ASC' }} empty={<EmptyList />}>
    {isSmall ? (
      <SimpleList<Kpi>
        primaryText={(k) => k.name}
        secondaryText={(k) => (
          <>
            <ReferenceField source="pilotId" reference="pilots" link={false} /> · {translate(`app.choices.kind.${k.kind}`)}
          </>
        )}
        linkType={false}
        rowClick={(_id, _resource, record) => `/pilots/${String(record.pilotId)}/show/kpis`}
      />
    ) : (
    <DataTable rowClick={(_id, _resource, record) => `/pilots/${String(record.pilotId)}/show/kpis`}>
      <DataTable.Col source="pilotId">
        <ReferenceField source="pilotId" reference="pilots" link={false} />
      </DataTable.Col>
      <DataTable.Col source="name">
        <RecordLink source="name" path={(kpi) => `/pilots/${String(kpi.pilotId)}/show/kpis`} />
      </DataTable.Col>
      <DataTable.Col source="kind">
        <SelectField source="kind" choices={kindChoices} />
      </DataTable.Col>
      <DataTable.Col source="unit" field={UnitField} />
      <DataTable.Col source="direction">
        <SelectField source="direction" choices={directionChoices} />
      </DataTable.Col>
      <DataTable.NumberCol source="baseline" locales={locale} />
      <DataTable.NumberCol source="target" locales={locale} />
    </DataTable>
    )}
  </List>
);
};
