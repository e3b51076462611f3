import { ListActions } from '@/components/ListActions';
import { useMediaQuery, type Theme } from '@mui/material';
import {
  DataTable,
  List,
  ReferenceField,
  SelectField,
  SelectInput,
  SimpleList,
  useTranslate,
} from 'react-admin';
import { DateField } from '@/components/fields';
import { EmptyList } from '@/components/EmptyList';
import { dateRangeFilters, pilotFilter } from '@/components/filters';
import { ExcerptField } from '@/components/ExcerptField';
import { RatingField } from '@/components/RatingField';
import { ratingChoices, stakeholderChoices, statusChoices } from '@/components/choices';
import type { Feedback } from '@/domain/types';
import { FeedbackBulkActions } from './FeedbackBulkActions';
import { safeExporter } from '@/components/csvExport';
import { RecordLink } from '@/components/RecordLink';

const filters = [
  pilotFilter('feedback'),
  <SelectInput key="status" source="status" choices={statusChoices} alwaysOn />,
  <SelectInput key="stakeholder" source="stakeholder" choices={stakeholderChoices} />,
  <SelectInput key="rating" source="rating" choices={ratingChoices} />,
  ...dateRangeFilters(),
];

export const FeedbackList = () => {
  const isSmall = useMediaQuery<Theme>((theme) => theme.breakpoints.down('md'));
  const translate = useTranslate();
  return (
    <List exporter={safeExporter} actions={<ListActions />} filters={filters} sort={{ field: 'date', order: 'DESC' }} empty={<EmptyList />}>
      {isSmall ? (
        <SimpleList<Feedback>
          primaryText={(f) => f.comment ?? '–'}
          secondaryText={(f) => (
            <>
              <ReferenceField source="pilotId" reference="pilots" link={false} /> · {translate('app.rating_out_of_5', { value: f.rating })} · {translate(`app.choices.stakeholder.${f.stakeholder}`)}
            </>
          )}
          tertiaryText={(f) => translate(`app.choices.status.${f.status}`)}
          linkType="edit"
        />
      ) : (
        <DataTable rowClick="edit" bulkActionButtons={<FeedbackBulkActions />}>
          <DataTable.Col source="date">
            <RecordLink>
              <DateField source="date" />
            </RecordLink>
          </DataTable.Col>
          <DataTable.Col source="pilotId">
            <ReferenceField source="pilotId" reference="pilots" link="show" />
          </DataTable.Col>
          <DataTable.Col source="stakeholder">
            <SelectField source="stakeholder" choices={stakeholderChoices} />
          </DataTable.Col>
          <DataTable.Col source="rating">
            <RatingField />
          </DataTable.Col>
          <DataTable.Col source="comment" disableSort>
            <ExcerptField source="comment" />
          </DataTable.Col>
          <DataTable.Col source="status">
            <SelectField source="status" choices={statusChoices} />
          </DataTable.Col>
        </DataTable>
      )}
    </List>
  );
};
