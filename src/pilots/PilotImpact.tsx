import { Box, Card, CardContent, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { GeneralizationSimulator } from '@/components/GeneralizationSimulator';
import { PilotEffects } from '@/components/PilotEffects';
import type { Pilot } from '@/domain/types';

/** The two questions a decision rests on: did the pilot cause the change, and what would generalizing it save. */
export const PilotImpact = () => {
  const pilot = useRecordContext<Pilot>();
  const translate = useTranslate();
  if (!pilot) return null;
  return (
    <Box sx={{ display: 'grid', gap: 2, mt: 1 }}>
      <Card variant="outlined" component="section" aria-labelledby="effects-title">
        <CardContent>
          <Typography id="effects-title" variant="h6" component="h2" gutterBottom>
            {translate('app.effect.title')}
          </Typography>
          <Typography variant="body2" color="text.secondary" gutterBottom>
            {translate('app.effect.help')}
          </Typography>
          <PilotEffects pilotId={pilot.id} />
        </CardContent>
      </Card>
      <GeneralizationSimulator pilot={pilot} />
    </Box>
  );
};
