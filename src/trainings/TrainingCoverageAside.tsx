import { Box } from '@mui/material';
import { useWatch } from 'react-hook-form';
import { ScorecardPanel } from '@/components/ScorecardPanel';

/**
 * Beside the form: the scorecard (and training coverage) of the pilot chosen. Its room is kept
 * from the start, so that the form does not shift under the pointer when a pilot is picked.
 */
export const TrainingCoverageAside = () => {
  const pilotId = useWatch({ name: 'pilotId' }) as number | undefined;
  return (
    <Box component="aside" sx={{ width: { xs: '100%', md: 320 }, flexShrink: 0, ml: { md: 2 }, mt: { xs: 2, md: 0 } }}>
      {pilotId ? <ScorecardPanel pilotId={pilotId} /> : null}
    </Box>
  );
};
