import { Box } from '@mui/material';
import { useWatch } from 'react-hook-form';
import { Create, SimpleForm } from 'react-admin';
import { ScorecardPanel } from '@/components/ScorecardPanel';
import { todayIso } from '@/domain/format';
import type { Decision } from '@/domain/types';
import { DecisionInputs } from './DecisionInputs';

/** The evidence beside the form: the chosen pilot's current scorecard (its room kept from the start, so nothing shifts). */
const EvidenceAside = () => {
  const pilotId = useWatch({ name: 'pilotId' }) as number | undefined;
  return (
    <Box component="aside" sx={{ width: { xs: '100%', md: 340 }, flexShrink: 0, ml: { md: 2 }, mt: { xs: 2, md: 0 } }}>
      {pilotId ? <ScorecardPanel pilotId={pilotId} title="app.decision.evidence" /> : null}
    </Box>
  );
};

/** A decision moves the pilot (the API does it): generalized, stopped, or extended to a new end date. */
export const DecisionCreate = () => (
  <Create<Decision> redirect={(_resource, _id, data) => `pilots/${String(data?.pilotId)}/show/decisions`}>
    <SimpleForm defaultValues={() => ({ date: todayIso() })}>
      <Box sx={{ display: 'flex', flexDirection: { xs: 'column', md: 'row' }, width: '100%' }}>
        <Box sx={{ flex: 1 }}>
          <DecisionInputs />
        </Box>
        <EvidenceAside />
      </Box>
    </SimpleForm>
  </Create>
);
