import { Box, Card, CardContent, Chip, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { useGetOne, useLocale, useTranslate } from 'react-admin';
import { formatNumber } from '@/domain/format';
import type { Recommendation, Scorecard } from '@/domain/types';
import { CHIP_BACKGROUNDS, onChipBackground } from './chipColours';
import { ShareBar } from './ShareBar';

const PARTS = ['adoptionRate', 'kpiAttainment', 'trainingCoverage', 'satisfaction'] as const;
const RECOMMENDATION_COLOURS: Record<Recommendation, string> = {
  generalize: CHIP_BACKGROUNDS.green,
  extend: CHIP_BACKGROUNDS.amber,
  stop: CHIP_BACKGROUNDS.red,
  'insufficient-data': CHIP_BACKGROUNDS.grey,
};

export const RecommendationChip = ({ recommendation, size }: { recommendation: Recommendation; size?: 'small' | 'medium' }) => {
  const translate = useTranslate();
  return <Chip size={size} label={translate(`app.choices.recommendation.${recommendation}`)} sx={onChipBackground(RECOMMENDATION_COLOURS[recommendation])} />;
};

/** A pilot's current scorecard, fetched: each part, the readiness and what it recommends. */
export const ScorecardPanel = ({ pilotId, title }: { pilotId: number; title?: string }) => {
  const { data: scorecard, isPending } = useGetOne<Scorecard>('scorecards', { id: pilotId });
  if (isPending || !scorecard) return null;
  return <ScorecardView scorecard={scorecard} title={title} />;
};

/** A scorecard as given (today's, or one frozen in a decision's evidence). */
export const ScorecardView = ({ scorecard, title, children }: { scorecard: Scorecard; title?: string; children?: ReactNode }) => {
  const translate = useTranslate();
  const locale = useLocale();
  return (
    <Card variant="outlined" component="section" aria-label={translate(title ?? 'app.scorecard.title')}>
      <CardContent>
        <Typography variant="h6" component="h2" gutterBottom>
          {translate(title ?? 'app.scorecard.title')}
        </Typography>
        <Box sx={{ display: 'grid', gridTemplateColumns: 'minmax(120px, auto) 1fr', gap: 1, alignItems: 'center' }}>
          {PARTS.map((part) => (
            <Box key={part} sx={{ display: 'contents' }}>
              <Typography variant="body2">{translate(`resources.scorecards.fields.${part}`)}</Typography>
              <ShareBar value={scorecard[part]} label={translate(`resources.scorecards.fields.${part}`)} />
            </Box>
          ))}
          <Typography variant="body2" fontWeight={600}>
            {translate('resources.scorecards.fields.readiness')}
          </Typography>
          <ShareBar value={scorecard.readiness} label={translate('resources.scorecards.fields.readiness')} />
        </Box>
        <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', mt: 2, flexWrap: 'wrap' }}>
          <RecommendationChip recommendation={scorecard.recommendation} />
          <Typography variant="body2" color="text.secondary">
            {translate('app.scorecard.data_points', { count: formatNumber(scorecard.dataPoints, locale, 0), smart_count: scorecard.dataPoints })}
          </Typography>
        </Box>
        {children}
      </CardContent>
    </Card>
  );
};
