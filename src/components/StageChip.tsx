import { Chip } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { PilotStage } from '@/domain/types';

/** Background colours with white text at a contrast of 4.5:1 or more (WCAG AA), in both themes. */
const COLOURS: Record<PilotStage, string> = {
  proposed: '#5f6368',
  running: '#1565c0',
  evaluating: '#8a4b00',
  generalized: '#1b6e20',
  stopped: '#b3261e',
};

export const StageChip = ({ source = 'stage' }: { source?: string; label?: string }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  const stage = record?.[source] as PilotStage | undefined;
  if (!stage) return null;
  return <Chip size="small" label={translate(`app.choices.stage.${stage}`)} sx={{ bgcolor: COLOURS[stage], color: '#fff', fontWeight: 500, alignSelf: 'flex-start' }} />;
};
