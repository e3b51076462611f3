import CompareArrowsIcon from '@mui/icons-material/CompareArrows';
import { Box, Button, Stack, Table, TableBody, TableCell, TableContainer, TableHead, TablePagination, TableRow, ToggleButton, ToggleButtonGroup, Typography, useMediaQuery, type Theme } from '@mui/material';
import { visuallyHidden } from '@mui/utils';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useCanAccess, useTranslate } from 'react-admin';
import { FigurePending } from '@/components/FigurePending';
import { CANDIDATE_RANKINGS, type CandidateRanking } from '@/domain/dashboard/candidates';
import { useDashboardQuery } from '@/components/useDashboardQuery';
import { DEFAULT_SIMULATED_SITES, SIMULATION_HORIZON_MONTHS } from '@/domain/simulation';
import type { Candidate } from '@/domain/types';
import { useForecastShare } from '@/components/useForecastShare';
import { CandidateCard, CandidateRow } from './CandidateRow';
import { useChosenPilots, useDashboardFilter } from './useDashboardFilter';
import { WidgetCard } from './WidgetCard';

const COLUMNS = ['rank', 'pilot', 'readiness', 'parts', 'gates', 'benefit', 'forecast'] as const;
const MAX_COMPARED = 4;

/** The pilots under way, most ready first: the evidence for each, and a button to record the decision. */
export const GeneralizationCandidates = () => {
  const translate = useTranslate();
  const [filter] = useDashboardFilter();
  const [page, setPage] = useState(0);
  const [perPage, setPerPage] = useState(5);
  const [compared, setCompared] = useChosenPilots('compare');
  const [share] = useForecastShare();
  const [rankBy, setRankBy] = useState<CandidateRanking>('readiness');
  const range: [number, number] = [page * perPage, page * perPage + perPage - 1];
  const { data, error } = useDashboardQuery(['candidates', filter, range, share, rankBy], (dp) => dp.getCandidates(filter, { range, share, rankBy }));
  const { canAccess: canDecide = false } = useCanAccess({ resource: 'decisions', action: 'create' });
  // On a phone, one card per candidate instead of a table wider than the screen.
  const asCards = useMediaQuery<Theme>((theme) => theme.breakpoints.down('md'));
  const toggle = (pilotId: number) => (checked: boolean) => setCompared(checked ? [...compared.filter((id) => id !== pilotId), pilotId].slice(-MAX_COMPARED) : compared.filter((id) => id !== pilotId));
  const propsOf = (candidate: Candidate, i: number) => ({
    rank: range[0] + i + 1,
    candidate,
    share,
    canDecide,
    compared: compared.includes(candidate.pilot.id),
    onCompare: toggle(candidate.pilot.id),
  });

  return (
    <WidgetCard
      id="candidates"
      title={translate('app.dashboard.candidates.title')}
      help={translate('app.dashboard.candidates.help')}
      actions={
        <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', alignItems: 'center' }}>
          <ToggleButtonGroup
            size="small"
            exclusive
            value={rankBy}
            onChange={(_e, next: CandidateRanking | null) => {
              if (next) {
                setRankBy(next);
                setPage(0);
              }
            }}
            aria-label={translate('app.dashboard.candidates.rank_by')}
          >
            {CANDIDATE_RANKINGS.map((ranking) => (
              <ToggleButton key={ranking} value={ranking}>
                {translate(`app.dashboard.candidates.ranking.${ranking}`)}
              </ToggleButton>
            ))}
          </ToggleButtonGroup>
          <Button component={Link} to="/compare" variant="contained" startIcon={<CompareArrowsIcon />} disabled={compared.length < 2}>
            {translate('app.dashboard.candidates.compare', { smart_count: compared.length })}
          </Button>
        </Box>
      }
    >
      {!data ? (
        <FigurePending error={error} height={300} />
      ) : data.total === 0 ? (
        <Typography color="text.secondary" sx={{ mt: 2 }}>
          {translate('app.dashboard.candidates.empty')}
        </Typography>
      ) : (
        <>
          {asCards ? (
            <Stack component="ol" aria-labelledby="candidates-title" spacing={1} sx={{ mt: 1, p: 0 }}>
              {data.data.map((candidate, i) => (
                <CandidateCard key={candidate.pilot.id} {...propsOf(candidate, i)} />
              ))}
            </Stack>
          ) : (
            <TableContainer sx={{ mt: 1 }}>
              <Table size="small" aria-labelledby="candidates-title" sx={{ '& td, & th': { px: 1 } }}>
                <TableHead>
                  <TableRow>
                    <TableCell padding="checkbox">
                      <Box component="span" sx={visuallyHidden}>
                        {translate('app.dashboard.candidates.column.compare')}
                      </Box>
                    </TableCell>
                    {COLUMNS.map((column) => (
                      <TableCell key={column}>{translate(`app.dashboard.candidates.column.${column}`, { sites: DEFAULT_SIMULATED_SITES, months: SIMULATION_HORIZON_MONTHS })}</TableCell>
                    ))}
                  </TableRow>
                </TableHead>
                <TableBody>
                  {data.data.map((candidate, i) => (
                    <CandidateRow key={candidate.pilot.id} {...propsOf(candidate, i)} />
                  ))}
                </TableBody>
              </Table>
            </TableContainer>
          )}
          <TablePagination
            component="div"
            count={data.total}
            page={page}
            rowsPerPage={perPage}
            rowsPerPageOptions={[5, 10, 25]}
            onPageChange={(_e, next) => setPage(next)}
            onRowsPerPageChange={(e) => {
              setPerPage(Number(e.target.value));
              setPage(0);
            }}
            labelRowsPerPage={translate('ra.navigation.page_rows_per_page')}
          />
        </>
      )}
    </WidgetCard>
  );
};
