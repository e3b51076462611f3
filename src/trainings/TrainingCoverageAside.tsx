import { Box } from '@mui/material';
import { useWatch } from 'react-hook-form';
import { ScorecardPanel } from '@/components/ScorecardPanel';

/** Beside the form: the scorecard (and training coverage) of the pilot chosen. */
export const TrainingCoverageAside = () => {
  const pilotId = useWatch({ name: 'pilotId' }) as number | undefined;
  if (!pilotId) return null;
  return (
    <Box sx={{ width: { xs: '100%', md: 320 }, ml: { md: 2 }, mt: { xs: 2, md: 0 } }}>
      <ScorecardPanel pilotId={pilotId} />
    </Box>
  );
};
