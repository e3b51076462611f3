import { ListActions } from '@/components/ListActions';
import { useMediaQuery, type Theme } from '@mui/material';
import {
  DataTable,
  List,
  ReferenceField,
  SelectField,
  SelectInput,
  SimpleList,
  useGetIdentity,
  useLocale,
  usePermissions,
  useTranslate,
} from 'react-admin';
import { DateField } from '@/components/fields';
import { EmptyList } from '@/components/EmptyList';
import { OutboxPanel } from '@/components/OutboxPanel';
import { dateRangeFilters, pilotFilter } from '@/components/filters';
import { QuickFilter } from '@/components/QuickFilter';
import { formatChoices } from '@/components/choices';
import { formatDate } from '@/domain/format';
import type { Training } from '@/domain/types';
import { safeExporter } from '@/components/csvExport';
import { RecordLink } from '@/components/RecordLink';

/** Sessions, newest first; a trainer sees their own first (the "mine" filter, on by default). */
export const TrainingList = () => {
  const { identity } = useGetIdentity();
  const { permissions } = usePermissions<string>();
  const translate = useTranslate();
  const locale = useLocale();
  const isSmall = useMediaQuery<Theme>((theme) => theme.breakpoints.down('md'));
  const isTrainer = permissions === 'trainer';
  const filters = [
    pilotFilter('trainings'),
    <SelectInput key="format" source="format" choices={formatChoices} />,
    ...dateRangeFilters(),
    ...(identity ? [<QuickFilter key="mine" source="trainerId" label="app.training.mine" defaultValue={identity.id} />] : []),
  ];
  if (!permissions) return null;
  return (
    <>
      <OutboxPanel resource="trainings" />
      <List
        exporter={safeExporter}
        actions={<ListActions />}
        filters={filters}
        filterDefaultValues={isTrainer && identity ? { trainerId: identity.id } : undefined}
        sort={{ field: 'date', order: 'DESC' }}
        empty={<EmptyList />}
      >
        {isSmall ? (
          <SimpleList<Training>
            primaryText={(t) => t.title}
            secondaryText={(t) => (
              <>
                <ReferenceField source="pilotId" reference="pilots" link={false} /> · {formatDate(t.date, locale)} · {translate(`app.choices.format.${t.format}`)}
              </>
            )}
            tertiaryText={(t) => `${t.completed}/${t.participants}`}
            linkType="edit"
          />
        ) : (
          <DataTable rowClick="edit">
            <DataTable.Col source="date" field={DateField} />
            <DataTable.Col source="pilotId">
              <ReferenceField source="pilotId" reference="pilots" link="show" />
            </DataTable.Col>
            <DataTable.Col source="title">
              <RecordLink source="title" />
            </DataTable.Col>
            <DataTable.Col source="format">
              <SelectField source="format" choices={formatChoices} />
            </DataTable.Col>
            <DataTable.Col source="trainerId">
              <ReferenceField source="trainerId" reference="users" link={false} />
            </DataTable.Col>
            <DataTable.NumberCol source="durationHours" locales={locale} />
            <DataTable.NumberCol source="participants" locales={locale} />
            <DataTable.NumberCol source="completed" locales={locale} />
            <DataTable.NumberCol source="satisfaction" locales={locale} />
          </DataTable>
        )}
      </List>
    </>
  );
};
