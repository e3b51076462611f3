import { Box, Grid } from '@mui/material';
import {
  BooleanField,
  Labeled,
  ReferenceField,
  SelectField,
  TextField,
  useRecordContext,
} from 'react-admin';
import { DateField, NumberField } from '@/components/fields';
import { ChangeHistory } from '@/components/ChangeHistory';
import { PilotOutlook } from '@/components/PilotOutlook';
import { ScorecardPanel } from '@/components/ScorecardPanel';
import { StageChip } from '@/components/StageChip';
import { categoryChoices } from '@/components/choices';
import type { Pilot } from '@/domain/types';

/** A pilot's fields beside its current scorecard, then the history of its changes. */
export const PilotOverview = () => {
  const pilot = useRecordContext<Pilot>();
  if (!pilot) return null;
  return (
    <Box>
      <Grid container spacing={3}>
        <Grid size={{ xs: 12, md: 7 }}>
          <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' }, gap: 2 }}>
            <Box sx={{ gridColumn: '1 / -1' }}>
              <Labeled source="summary">
                <TextField source="summary" />
              </Labeled>
            </Box>
            <Labeled source="stage">
              <StageChip />
            </Labeled>
            <Labeled source="category">
              <SelectField source="category" choices={categoryChoices} />
            </Labeled>
            <Labeled source="department">
              <TextField source="department" />
            </Labeled>
            <Labeled source="region">
              <TextField source="region" />
            </Labeled>
            <Labeled source="ownerId">
              <ReferenceField source="ownerId" reference="users" link={false} />
            </Labeled>
            <Labeled source="targetUsers">
              <NumberField source="targetUsers" />
            </Labeled>
            <Labeled source="startDate">
              <DateField source="startDate" />
            </Labeled>
            <Labeled source="endDate">
              <DateField source="endDate" />
            </Labeled>
            <Labeled source="budget">
              <NumberField source="budget" options={{ style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }} />
            </Labeled>
            <Labeled source="published">
              <BooleanField source="published" />
            </Labeled>
          </Box>
        </Grid>
        <Grid size={{ xs: 12, md: 5 }}>
          <ScorecardPanel pilotId={pilot.id} />
          <PilotOutlook pilot={pilot} />
        </Grid>
      </Grid>
      <ChangeHistory resource="pilots" />
    </Box>
  );
};
