import { Box } from '@mui/material';
import { Create, SimpleForm } from 'react-admin';
import { todayIso } from '@/domain/format';
import { TrainingCoverageAside } from './TrainingCoverageAside';
import { TrainingInputs } from './TrainingInputs';

/** The trainer's quick form for a session just given. */
export const TrainingCreate = () => (
  <Create redirect="list">
    <SimpleForm defaultValues={() => ({ date: todayIso(), format: 'in-person', durationHours: 3 })}>
      <Box sx={{ display: 'flex', flexDirection: { xs: 'column', md: 'row' }, width: '100%' }}>
        <Box sx={{ flex: 1 }}>
          <TrainingInputs />
        </Box>
        <TrainingCoverageAside />
      </Box>
    </SimpleForm>
  </Create>
);
