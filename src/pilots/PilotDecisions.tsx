import { Box, Typography } from '@mui/material';
import {
  CreateButton,
  DataTable,
  ReferenceField,
  ReferenceManyField,
  SelectField,
  useCanAccess,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { DateField } from '@/components/fields';
import { ExcerptField } from '@/components/ExcerptField';
import { decisionChoices } from '@/components/choices';
import type { Pilot } from '@/domain/types';

export const PilotDecisions = () => {
  const pilot = useRecordContext<Pilot>();
  const translate = useTranslate();
  const { canAccess: canCreate } = useCanAccess({ resource: 'decisions', action: 'create' });
  if (!pilot) return null;
  return (
    <Box>
      <Box sx={{ display: 'flex', justifyContent: 'flex-end', mb: 1 }}>
        {canCreate && <CreateButton resource="decisions" label="app.decision.record" state={{ record: { pilotId: pilot.id } }} />}
      </Box>
      <ReferenceManyField reference="decisions" target="pilotId" sort={{ field: 'date', order: 'DESC' }}>
        <DataTable bulkActionButtons={false} rowClick="show" empty={<Typography variant="body2">{translate('app.decision.none_yet')}</Typography>}>
          <DataTable.Col source="date" field={DateField} />
          <DataTable.Col source="decision">
            <SelectField source="decision" choices={decisionChoices} />
          </DataTable.Col>
          <DataTable.Col source="decidedBy">
            <ReferenceField source="decidedBy" reference="users" link={false} />
          </DataTable.Col>
          <DataTable.Col source="rationale">
            <ExcerptField source="rationale" length={120} />
          </DataTable.Col>
          <DataTable.Col source="newEndDate" field={DateField} />
        </DataTable>
      </ReferenceManyField>
    </Box>
  );
};
