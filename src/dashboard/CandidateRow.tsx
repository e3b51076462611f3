import GavelIcon from '@mui/icons-material/Gavel';
import { Box, Button, Checkbox, TableCell, TableRow, Typography } from '@mui/material';
import { Link } from 'react-router-dom';
import { RecordContextProvider, useLocale, useTranslate } from 'react-admin';
import { GateChips } from '@/components/GateChips';
import { ProjectionText } from '@/components/ProjectionText';
import { RecommendationChip } from '@/components/ScorecardPanel';
import { ShareBar } from '@/components/ShareBar';
import { StageChip } from '@/components/StageChip';
import { useForecastText } from '@/components/useForecastText';
import { formatNumber } from '@/domain/format';
import type { Candidate } from '@/domain/types';
import { listLink, pilotLink, recordDecisionLink } from './links';

const PARTS = ['adoptionRate', 'kpiAttainment', 'trainingCoverage', 'satisfaction'] as const;

/** One candidate: the pilot (and the button to decide on it), its readiness and parts, recommendation, the data behind it, gates and forecast. */
export const CandidateRow = ({
  rank,
  candidate,
  share,
  canDecide,
  compared,
  onCompare,
}: {
  rank: number;
  candidate: Candidate;
  /** The share of target users the forecast looks for. */
  share: number;
  canDecide: boolean;
  compared: boolean;
  onCompare: (checked: boolean) => void;
}) => {
  const translate = useTranslate();
  const locale = useLocale();
  const forecastText = useForecastText(true);
  const { pilot, scorecard, gates, forecast, transferForecast } = candidate;
  return (
    <TableRow hover>
      <TableCell padding="checkbox">
        <Checkbox checked={compared} onChange={(e) => onCompare(e.target.checked)} slotProps={{ input: { 'aria-label': translate('app.dashboard.candidates.compare_pilot', { name: pilot.name }) } }} />
      </TableCell>
      <TableCell>{rank}</TableCell>
      <TableCell sx={{ minWidth: 180 }}>
        <Link to={pilotLink(pilot.id)}>{pilot.name}</Link>
        <Box sx={{ mt: 0.5 }}>
          <RecordContextProvider value={pilot}>
            <StageChip />
          </RecordContextProvider>
        </Box>
        <Typography variant="caption" color="text.secondary" component="p">
          {translate(`app.choices.category.${pilot.category}`)} · {pilot.region}
        </Typography>
        {canDecide && (
          <Button
            component={Link}
            to={recordDecisionLink(pilot.id)}
            size="small"
            variant="outlined"
            startIcon={<GavelIcon />}
            aria-label={translate('app.dashboard.candidates.decide_on', { name: pilot.name })}
            sx={{ mt: 0.5, whiteSpace: 'nowrap' }}
          >
            {translate('app.dashboard.candidates.decide')}
          </Button>
        )}
      </TableCell>
      <TableCell sx={{ minWidth: 130 }}>
        <ShareBar value={scorecard.readiness} label={translate('resources.scorecards.fields.readiness')} />
        <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 0.5, alignItems: 'center', mt: 0.5 }}>
          <RecommendationChip recommendation={scorecard.recommendation} size="small" />
          <Link to={listLink('measurements', { pilotId: pilot.id })}>
            <Typography variant="caption">{translate('app.scorecard.data_points', { count: formatNumber(scorecard.dataPoints, locale, 0), smart_count: scorecard.dataPoints })}</Typography>
          </Link>
        </Box>
      </TableCell>
      <TableCell sx={{ minWidth: 170 }}>
        <Box sx={{ display: 'grid', gridTemplateColumns: 'auto 1fr', columnGap: 1, alignItems: 'center' }}>
          {PARTS.map((part) => (
            <Box key={part} sx={{ display: 'contents' }}>
              <Typography variant="caption">{translate(`app.dashboard.candidates.part.${part}`)}</Typography>
              <ShareBar value={scorecard[part]} label={translate(`resources.scorecards.fields.${part}`)} />
            </Box>
          ))}
        </Box>
      </TableCell>
      <TableCell sx={{ minWidth: 190, maxWidth: 240 }}>
        <GateChips gates={gates} compact />
      </TableCell>
      <TableCell sx={{ minWidth: 110 }}>
        <ProjectionText projection={candidate.projection} />
      </TableCell>
      <TableCell sx={{ minWidth: 120 }}>
        <Typography variant="body2">{forecastText(forecast, share)}</Typography>
        {transferForecast.status !== 'not-enough-data' && (
          <Typography variant="caption" color="text.secondary" component="p">
            {forecastText(transferForecast, 0.3)}
          </Typography>
        )}
      </TableCell>
    </TableRow>
  );
};
