import { Box, Typography } from '@mui/material';
import { useEffect } from 'react';
import { useFormContext } from 'react-hook-form';
import { useGetOne, useTranslate } from 'react-admin';
import { PilotEffects } from '@/components/PilotEffects';
import { ScenarioInputs } from '@/components/ScenarioInputs';
import { SimulationResult } from '@/components/SimulationResult';
import { defaultScenario } from '@/domain/simulation';
import type { Pilot } from '@/domain/types';

/**
 * The chosen pilot's effect against comparison sites and the generalization simulator, in the
 * decision form: the scenario is sent with the decision (`scenario`), and the API freezes what it
 * projects into the decision's evidence.
 */
export const DecisionSimulator = ({ pilotId }: { pilotId: number }) => {
  const translate = useTranslate();
  const { setValue } = useFormContext();
  const { data: pilot } = useGetOne<Pilot>('pilots', { id: pilotId });
  useEffect(() => {
    if (pilot) setValue('scenario', defaultScenario(pilot));
  }, [pilot, setValue]);
  if (!pilot) return null;
  return (
    <Box component="section" aria-labelledby="decision-analytics" sx={{ mb: 2 }}>
      <Typography id="decision-analytics" variant="h6" component="h2" gutterBottom>
        {translate('app.effect.title')}
      </Typography>
      <PilotEffects pilotId={pilotId} />
      <Typography variant="h6" component="h2" sx={{ mt: 2 }} gutterBottom>
        {translate('app.simulation.title')}
      </Typography>
      <ScenarioInputs prefix="scenario." />
      <SimulationResult pilotId={pilotId} prefix="scenario." />
    </Box>
  );
};
