import { Chip } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { PilotStage } from '@/domain/types';
import { CHIP_BACKGROUNDS, onChipBackground } from './chipColours';

const COLOURS: Record<PilotStage, string> = {
  proposed: CHIP_BACKGROUNDS.grey,
  running: CHIP_BACKGROUNDS.blue,
  evaluating: CHIP_BACKGROUNDS.amber,
  generalized: CHIP_BACKGROUNDS.green,
  stopped: CHIP_BACKGROUNDS.red,
};

export const StageChip = ({ source = 'stage' }: { source?: string; label?: string }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  const stage = record?.[source] as PilotStage | undefined;
  if (!stage) return null;
  return <Chip size="small" label={translate(`app.choices.stage.${stage}`)} sx={{ ...onChipBackground(COLOURS[stage]), fontWeight: 500, alignSelf: 'flex-start' }} />;
};
