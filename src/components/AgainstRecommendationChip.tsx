import WarningAmberIcon from '@mui/icons-material/WarningAmber';
import { Chip } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { Decision } from '@/domain/types';
import { CHIP_BACKGROUNDS, onChipBackground } from './chipColours';

/** Flags a decision taken against the recommendation of its frozen evidence. */
export const AgainstRecommendationChip = ({ decision: given }: { decision?: Decision; label?: string }) => {
  const record = useRecordContext<Decision>();
  const translate = useTranslate();
  const decision = given ?? record;
  if (!decision?.againstRecommendation) return null;
  const recommendation = decision.evidence?.scorecard.recommendation;
  return (
    <Chip
      size="small"
      icon={<WarningAmberIcon />}
      label={translate('app.decision.against_chip', { recommendation: recommendation ? translate(`app.choices.recommendation.${recommendation}`) : '?' })}
      sx={onChipBackground(CHIP_BACKGROUNDS.amber)}
    />
  );
};
