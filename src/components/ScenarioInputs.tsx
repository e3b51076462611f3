import { Box, FormControlLabel, Switch, TextField } from '@mui/material';
import { useState } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { NumberInput, useTranslate } from 'react-admin';
import { validateScenario } from './schemaValidation';

const INPUT_WIDTH = { width: { xs: '100%', sm: 240 } };

/**
 * A generalization scenario's fields (`SCENARIO_SCHEMA`), under `prefix` in the form ("scenario."
 * in the decision form). "The whole target population" sets the number of sites from a
 * population of transactions a month and the volume of one site.
 */
export const ScenarioInputs = ({ prefix = '' }: { prefix?: string }) => {
  const translate = useTranslate();
  const { setValue } = useFormContext();
  const volume = useWatch({ name: `${prefix}volumePerSite` }) as number | null | undefined;
  const [population, setPopulation] = useState<string | null>(null);
  const label = (field: string) => translate(`app.simulation.field.${field}`);
  const applyPopulation = (text: string) => {
    setPopulation(text);
    const total = Number(text);
    if (text !== '' && Number.isFinite(total) && total > 0 && volume && volume > 0) {
      setValue(`${prefix}sites`, Math.max(1, Math.ceil(total / volume)), { shouldDirty: true, shouldValidate: true });
    }
  };
  return (
    <Box>
      <FormControlLabel
        control={<Switch checked={population !== null} onChange={(e) => setPopulation(e.target.checked ? '' : null)} />}
        label={translate('app.simulation.whole_population')}
      />
      <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', alignItems: 'flex-start' }}>
        {population !== null && (
          <TextField
            type="number"
            variant="filled"
            size="small"
            label={label('population')}
            value={population}
            onChange={(e) => applyPopulation(e.target.value)}
            helperText={translate('app.simulation.help.population')}
            sx={{ ...INPUT_WIDTH, mt: 1 }}
          />
        )}
        <NumberInput source={`${prefix}sites`} label={label('sites')} validate={validateScenario('sites')} min={1} step={1} disabled={population !== null} helperText={false} sx={INPUT_WIDTH} />
        <NumberInput source={`${prefix}volumePerSite`} label={label('volumePerSite')} validate={validateScenario('volumePerSite')} min={0} helperText="app.simulation.help.volumePerSite" sx={INPUT_WIDTH} />
        <NumberInput source={`${prefix}rolloutCostPerSite`} label={label('rolloutCostPerSite')} validate={validateScenario('rolloutCostPerSite')} min={0} helperText="app.simulation.help.rolloutCostPerSite" sx={INPUT_WIDTH} />
      </Box>
    </Box>
  );
};
