import { ListActions } from '@/components/ListActions';
import { useMediaQuery, type Theme } from '@mui/material';
import {
  DataTable,
  List,
  ReferenceField,
  SelectField,
  SimpleList,
  useTranslate,
  useLocale,
} from 'react-admin';
import { DateField } from '@/components/fields';
import { EmptyList } from '@/components/EmptyList';
import { ReadinessField } from '@/components/ReadinessField';
import { StageChip } from '@/components/StageChip';
import { categoryChoices } from '@/components/choices';
import type { Pilot } from '@/domain/types';
import { usePilotFilters } from './PilotFilters';
import { safeExporter } from '@/components/csvExport';
import { RecordLink } from '@/components/RecordLink';

export const PilotList = () => {
  const isSmall = useMediaQuery<Theme>((theme) => theme.breakpoints.down('md'));
  const translate = useTranslate();
  const locale = useLocale();
  const filters = usePilotFilters();
  return (
    <List exporter={safeExporter} actions={<ListActions />} filters={filters} sort={{ field: 'name', order: 'ASC' }} empty={<EmptyList />}>
      {isSmall ? (
        <SimpleList<Pilot>
          primaryText={(p) => p.name}
          secondaryText={(p) => `${translate(`app.choices.stage.${p.stage}`)} · ${p.region}`}
          tertiaryText={(p) => translate(`app.choices.category.${p.category}`)}
          linkType="show"
        />
      ) : (
        <DataTable rowClick="show">
          <DataTable.Col source="name">
            <RecordLink source="name" to="show" />
          </DataTable.Col>
          <DataTable.Col source="stage">
            <StageChip />
          </DataTable.Col>
          <DataTable.Col source="category">
            <SelectField source="category" choices={categoryChoices} />
          </DataTable.Col>
          <DataTable.Col source="region" />
          <DataTable.Col source="department" />
          <DataTable.Col source="ownerId">
            <ReferenceField source="ownerId" reference="users" link={false} />
          </DataTable.Col>
          <DataTable.Col source="startDate" field={DateField} />
          <DataTable.Col source="endDate" field={DateField} />
          <DataTable.NumberCol source="targetUsers" locales={locale} />
          <DataTable.Col label="resources.scorecards.fields.readiness" disableSort>
            <ReadinessField />
          </DataTable.Col>
        </DataTable>
      )}
    </List>
  );
};
