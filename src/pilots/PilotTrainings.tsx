import { Box, Typography } from '@mui/material';
import {
  CreateButton,
  DataTable,
  Pagination,
  ReferenceField,
  ReferenceManyField,
  SelectField,
  useCanAccess,
  useGetOne,
  useLocale,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { DateField } from '@/components/fields';
import { formatShare } from '@/domain/format';
import { formatChoices } from '@/components/choices';
import type { Pilot, Scorecard } from '@/domain/types';

/** The sessions given for the pilot and the coverage they reach (completed / target users). */
export const PilotTrainings = () => {
  const pilot = useRecordContext<Pilot>();
  const translate = useTranslate();
  const locale = useLocale();
  const { canAccess: canCreate } = useCanAccess({ resource: 'trainings', action: 'create' });
  const { data: scorecard } = useGetOne<Scorecard>('scorecards', { id: pilot?.id }, { enabled: !!pilot });
  if (!pilot) return null;
  return (
    <Box>
      <Box sx={{ display: 'flex', alignItems: 'center', mb: 1 }}>
        <Typography variant="body1" sx={{ flex: 1 }}>
          {translate('app.training.coverage', { coverage: formatShare(scorecard?.trainingCoverage, locale) })}
        </Typography>
        {canCreate && <CreateButton resource="trainings" label="app.training.record" state={{ record: { pilotId: pilot.id } }} />}
      </Box>
      <ReferenceManyField reference="trainings" target="pilotId" sort={{ field: 'date', order: 'DESC' }} perPage={10} pagination={<Pagination />}>
        <DataTable bulkActionButtons={false} rowClick="edit" empty={<Typography variant="body2">{translate('app.training.none_yet')}</Typography>}>
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
        </DataTable>
      </ReferenceManyField>
    </Box>
  );
};
