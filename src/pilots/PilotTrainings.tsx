import { Typography } from '@mui/material';
import { DataTable, ReferenceField, SelectField, useGetOne, useLocale, useRecordContext, useTranslate } from 'react-admin';
import { formatChoices } from '@/components/choices';
import { DateField } from '@/components/fields';
import { formatShare } from '@/domain/format';
import type { Pilot, Scorecard } from '@/domain/types';
import { PilotRelatedList } from './PilotRelatedList';

/** The sessions given for the pilot and the coverage they reach (completed / target users). */
export const PilotTrainings = () => {
  const pilot = useRecordContext<Pilot>();
  const translate = useTranslate();
  const locale = useLocale();
  const { data: scorecard } = useGetOne<Scorecard>('scorecards', { id: pilot?.id }, { enabled: !!pilot });
  const coverage = (
    <Typography variant="body1">{translate('app.training.coverage', { coverage: formatShare(scorecard?.trainingCoverage, locale) })}</Typography>
  );
  return (
    <PilotRelatedList reference="trainings" createLabel="app.training.record" emptyLabel="app.training.none_yet" rowClick="edit" summary={coverage}>
      <DataTable.Col source="date" field={DateField} />
      <DataTable.Col source="title" />
      <DataTable.Col source="format">
        <SelectField source="format" choices={formatChoices} />
      </DataTable.Col>
      <DataTable.Col source="trainerId">
        <ReferenceField source="trainerId" reference="users" link={false} />
      </DataTable.Col>
      <DataTable.NumberCol source="participants" locales={locale} />
      <DataTable.NumberCol source="completed" locales={locale} />
    </PilotRelatedList>
  );
};
