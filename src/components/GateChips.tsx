import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import CancelIcon from '@mui/icons-material/Cancel';
import HelpIcon from '@mui/icons-material/Help';
import { Box, Chip } from '@mui/material';
import type { ReactElement } from 'react';
import { useTranslate } from 'react-admin';
import { GATES, type Gate, type GateResult } from '@/domain/gates';
import { CHIP_BACKGROUNDS, onChipBackground } from './chipColours';

/** Passed and failed gates on AA backgrounds; unknown ones outlined. */
const GATE_LOOK: Record<GateResult, { background?: string; icon: ReactElement }> = {
  pass: { background: CHIP_BACKGROUNDS.green, icon: <CheckCircleIcon /> },
  fail: { background: CHIP_BACKGROUNDS.red, icon: <CancelIcon /> },
  unknown: { icon: <HelpIcon /> },
};

/** A pilot's stage gates as pass / fail / unknown chips, each with its threshold as a tooltip. */
/** `compact`: the gate's name only, its result told by the icon (and in full to screen readers). */
export const GateChips = ({ gates, compact = false }: { gates: Record<Gate, GateResult>; compact?: boolean }) => {
  const translate = useTranslate();
  return (
    <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 0.5 }} role="list" aria-label={translate('app.outlook.gates')}>
      {GATES.map((gate) => {
        const { background } = GATE_LOOK[gates[gate]];
        const full = translate('app.outlook.gate_result', { gate: translate(`app.outlook.gate.${gate}`), result: translate(`app.outlook.result.${gates[gate]}`) });
        return (
          <Chip
            key={gate}
            role="listitem"
            size="small"
            variant={background ? 'filled' : 'outlined'}
            icon={GATE_LOOK[gates[gate]].icon}
            sx={background ? onChipBackground(background) : undefined}
            label={compact ? translate(`app.outlook.gate.${gate}`) : full}
            aria-label={full}
            title={`${full} – ${translate(`app.outlook.gate_help.${gate}`)}`}
          />
        );
      })}
    </Box>
  );
};
