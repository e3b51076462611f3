import { Box, Typography } from '@mui/material';
import {
  CreateButton,
  DataTable,
  Pagination,
  ReferenceManyField,
  SelectField,
  useCanAccess,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { DateField } from '@/components/fields';
import { ExcerptField } from '@/components/ExcerptField';
import { RatingField } from '@/components/RatingField';
import { stakeholderChoices, statusChoices } from '@/components/choices';
import type { Pilot } from '@/domain/types';

export const PilotFeedback = () => {
  const pilot = useRecordContext<Pilot>();
  const translate = useTranslate();
  const { canAccess: canCreate } = useCanAccess({ resource: 'feedback', action: 'create' });
  if (!pilot) return null;
  return (
    <Box>
      <Box sx={{ display: 'flex', justifyContent: 'flex-end', mb: 1 }}>
        {canCreate && <CreateButton resource="feedback" label="app.feedback.record" state={{ record: { pilotId: pilot.id } }} />}
      </Box>
      <ReferenceManyField reference="feedback" target="pilotId" sort={{ field: 'date', order: 'DESC' }} perPage={10} pagination={<Pagination />}>
        <DataTable bulkActionButtons={false} rowClick="edit" empty={<Typography variant="body2">{translate('app.feedback.none_yet')}</Typography>}>
          <DataTable.Col source="date" field={DateField} />
          <DataTable.Col source="stakeholder">
            <SelectField source="stakeholder" choices={stakeholderChoices} />
          </DataTable.Col>
          <DataTable.Col source="rating">
            <RatingField />
          </DataTable.Col>
          <DataTable.Col source="comment">
            <ExcerptField source="comment" />
          </DataTable.Col>
          <DataTable.Col source="status">
            <SelectField source="status" choices={statusChoices} />
          </DataTable.Col>
        </DataTable>
      </ReferenceManyField>
    </Box>
  );
};
