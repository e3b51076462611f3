import GavelIcon from '@mui/icons-material/Gavel';
import { Box, Button, Card, CardContent, Checkbox, TableCell, TableRow, Typography } from '@mui/material';
import { Link } from 'react-router-dom';
import { RecordContextProvider, useLocale, useTranslate } from 'react-admin';
import { GateChips } from '@/components/GateChips';
import { ProjectionText } from '@/components/ProjectionText';
import { RecommendationChip } from '@/components/ScorecardPanel';
import { ShareBar } from '@/components/ShareBar';
import { StageChip } from '@/components/StageChip';
import { useForecastText } from '@/components/useForecastText';
import { formatNumber } from '@/domain/format';
import { DEFAULT_SIMULATED_SITES, SIMULATION_HORIZON_MONTHS } from '@/domain/simulation';
import type { Candidate } from '@/domain/types';
import { listLink, pilotLink, recordDecisionLink } from './links';

const PARTS = ['adoptionRate', 'kpiAttainment', 'trainingCoverage', 'satisfaction'] as const;

interface CandidateProps {
  rank: number;
  candidate: Candidate;
  /** The share of target users the forecast looks for. */
  share: number;
  canDecide: boolean;
  compared: boolean;
  onCompare: (checked: boolean) => void;
}

const CompareBox = ({ candidate, compared, onCompare }: Pick<CandidateProps, 'candidate' | 'compared' | 'onCompare'>) => {
  const translate = useTranslate();
  return <Checkbox checked={compared} onChange={(e) => onCompare(e.target.checked)} slotProps={{ input: { 'aria-label': translate('app.dashboard.candidates.compare_pilot', { name: candidate.pilot.name }) } }} />;
};

/** The pilot: its name (a link), stage, category and region, and the button to decide on it. */
const CandidatePilot = ({ candidate: { pilot }, canDecide }: Pick<CandidateProps, 'candidate' | 'canDecide'>) => {
  const translate = useTranslate();
  return (
    <>
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
    </>
  );
};

/** Readiness, the recommendation and the data behind it. */
const CandidateReadiness = ({ candidate: { pilot, scorecard } }: Pick<CandidateProps, 'candidate'>) => {
  const translate = useTranslate();
  const locale = useLocale();
  return (
    <>
      <ShareBar value={scorecard.readiness} label={translate('resources.scorecards.fields.readiness')} />
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 0.5, alignItems: 'center', mt: 0.5 }}>
        <RecommendationChip recommendation={scorecard.recommendation} size="small" />
        <Link to={listLink('measurements', { pilotId: pilot.id })}>
          <Typography variant="caption">{translate('app.scorecard.data_points', { count: formatNumber(scorecard.dataPoints, locale, 0), smart_count: scorecard.dataPoints })}</Typography>
        </Link>
      </Box>
    </>
  );
};

const CandidateParts = ({ candidate: { scorecard } }: Pick<CandidateProps, 'candidate'>) => {
  const translate = useTranslate();
  return (
    <Box sx={{ display: 'grid', gridTemplateColumns: 'auto 1fr', columnGap: 1, alignItems: 'center' }}>
      {PARTS.map((part) => (
        <Box key={part} sx={{ display: 'contents' }}>
          <Typography variant="caption">{translate(`app.dashboard.candidates.part.${part}`)}</Typography>
          <ShareBar value={scorecard[part]} label={translate(`resources.scorecards.fields.${part}`)} />
        </Box>
      ))}
    </Box>
  );
};

const CandidateForecast = ({ candidate: { forecast, transferForecast }, share }: Pick<CandidateProps, 'candidate' | 'share'>) => {
  const forecastText = useForecastText(true);
  return (
    <>
      <Typography variant="body2">{forecastText(forecast, share)}</Typography>
      {transferForecast.status !== 'not-enough-data' && (
        <Typography variant="caption" color="text.secondary" component="p">
          {forecastText(transferForecast, 0.3)}
        </Typography>
      )}
    </>
  );
};

/** One candidate as a row of the table: the pilot (and the button to decide on it), its readiness and parts, gates, net benefit and forecast. */
export const CandidateRow = (props: CandidateProps) => (
  <TableRow hover>
    <TableCell padding="checkbox">
      <CompareBox {...props} />
    </TableCell>
    <TableCell>{props.rank}</TableCell>
    <TableCell sx={{ minWidth: 180 }}>
      <CandidatePilot {...props} />
    </TableCell>
    <TableCell sx={{ minWidth: 130 }}>
      <CandidateReadiness {...props} />
    </TableCell>
    <TableCell sx={{ minWidth: 170 }}>
      <CandidateParts {...props} />
    </TableCell>
    <TableCell sx={{ minWidth: 190, maxWidth: 240 }}>
      <GateChips gates={props.candidate.gates} compact />
    </TableCell>
    <TableCell sx={{ minWidth: 110 }}>
      <ProjectionText projection={props.candidate.projection} />
    </TableCell>
    <TableCell sx={{ minWidth: 120 }}>
      <CandidateForecast {...props} />
    </TableCell>
  </TableRow>
);

/** The same candidate as a card, for a phone: each part under its column's name. */
export const CandidateCard = (props: CandidateProps) => {
  const translate = useTranslate();
  const heading = (column: string) => (
    <Typography variant="overline" component="h4" color="text.secondary" sx={{ display: 'block', mt: 1, lineHeight: 1.5 }}>
      {translate(`app.dashboard.candidates.column.${column}`, { sites: DEFAULT_SIMULATED_SITES, months: SIMULATION_HORIZON_MONTHS })}
    </Typography>
  );
  return (
    <Card component="li" variant="outlined" sx={{ listStyle: 'none' }}>
      <CardContent sx={{ '&:last-child': { pb: 2 } }}>
        <Box sx={{ display: 'flex', alignItems: 'flex-start', gap: 1 }}>
          <Typography variant="h6" component="span" aria-hidden sx={{ minWidth: 24 }}>
            {props.rank}
          </Typography>
          <Box sx={{ flex: 1, minWidth: 0 }}>
            <CandidatePilot {...props} />
          </Box>
          <CompareBox {...props} />
        </Box>
        {heading('readiness')}
        <CandidateReadiness {...props} />
        {heading('parts')}
        <CandidateParts {...props} />
        {heading('gates')}
        <GateChips gates={props.candidate.gates} compact />
        {heading('benefit')}
        <ProjectionText projection={props.candidate.projection} />
        {heading('forecast')}
        <CandidateForecast {...props} />
      </CardContent>
    </Card>
  );
};
