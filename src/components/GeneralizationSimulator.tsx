import { Card, CardContent, Typography } from '@mui/material';
import { Form, useTranslate } from 'react-admin';
import { defaultScenario } from '@/domain/simulation';
import type { Pilot } from '@/domain/types';
import { ScenarioInputs } from './ScenarioInputs';
import { SimulationResult } from './SimulationResult';

/** "If we generalize to N more sites": the pilot's savings and adoption applied to a scenario the reader sets. */
export const GeneralizationSimulator = ({ pilot }: { pilot: Pilot }) => {
  const translate = useTranslate();
  return (
    <Card variant="outlined" component="section" aria-labelledby="simulator-title">
      <CardContent>
        <Typography id="simulator-title" variant="h6" component="h2" gutterBottom>
          {translate('app.simulation.title')}
        </Typography>
        <Typography variant="body2" color="text.secondary" gutterBottom>
          {translate('app.simulation.help.intro')}
        </Typography>
        <Form defaultValues={defaultScenario(pilot)} mode="onChange" onSubmit={() => undefined}>
          <ScenarioInputs />
          <SimulationResult pilotId={pilot.id} />
        </Form>
      </CardContent>
    </Card>
  );
};
