import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import CancelIcon from '@mui/icons-material/Cancel';
import HelpIcon from '@mui/icons-material/Help';
import { Box, Chip } from '@mui/material';
import type { ReactElement } from 'react';
import { useTranslate } from 'react-admin';
import { GATES, type Gate, type GateResult } from '@/domain/gates';

/** Passed and failed gates on backgrounds that keep white text at 4.5:1 or more (WCAG AA) in both themes; unknown ones outlined. */
const GATE_LOOK: Record<GateResult, { background?: string; icon: ReactElement }> = {
  pass: { background: '#1b6e20', icon: <CheckCircleIcon /> },
  fail: { background: '#b3261e', icon: <CancelIcon /> },
  unknown: { icon: <HelpIcon /> },
};

/** A pilot's stage gates as pass / fail / unknown chips, each with its threshold as a tooltip. */
/** `compact`: the gate's name only, its result told by the icon (and in full to screen readers). */
export const GateChips = ({ gates, compact = false }: { gates: Record<Gate, GateResult>; compact?: boolean }) => {
  const translate = useTranslate();
  return (
    <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 0.5 }} role="list" aria-label={translate('app.outlook.gates')}>
      {GATES.map((gate) => {
        const full = `${translate(`app.outlook.gate.${gate}`)}: ${translate(`app.outlook.result.${gates[gate]}`)}`;
        return (
          <Chip
            key={gate}
            role="listitem"
            size="small"
            variant={GATE_LOOK[gates[gate]].background ? 'filled' : 'outlined'}
            icon={GATE_LOOK[gates[gate]].icon}
            sx={GATE_LOOK[gates[gate]].background ? { bgcolor: GATE_LOOK[gates[gate]].background, color: '#fff', '& .MuiChip-icon': { color: '#fff' } } : undefined}
            label={compact ? translate(`app.outlook.gate.${gate}`) : full}
            aria-label={full}
            title={`${full} – ${translate(`app.outlook.gate_help.${gate}`)}`}
          />
        );
      })}
    </Box>
  );
};
