import { Box, Typography } from '@mui/material';
import { useEffect } from 'react';
import { Title, useTranslate } from 'react-admin';
import { preloadDashboardCharts } from '@/components/charts/LazyChart';
import { AdoptionOverTime } from './AdoptionOverTime';
import { DashboardFilters } from './DashboardFilters';
import { GeneralizationCandidates } from './GeneralizationCandidates';
import { HeadlineFigures } from './HeadlineFigures';
import { ReadinessMatrix } from './ReadinessMatrix';
import { RecentDecisions } from './RecentDecisions';
import { TrainingAndFeedback } from './TrainingAndFeedback';

/** The home page: which pilots are ready to be generalized, which need time, which should stop, and why. */
export const Dashboard = () => {
  const translate = useTranslate();
  useEffect(preloadDashboardCharts, []);
  return (
    <Box sx={{ mt: 2, mb: 4 }}>
      <Title title={translate('app.dashboard.title')} />
      <Typography variant="h5" component="h1" sx={{ mb: 2 }}>
        {translate('app.dashboard.title')}
      </Typography>
      <DashboardFilters />
      <HeadlineFigures />
      <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: 'minmax(0, 1fr)' }}>
        <GeneralizationCandidates />
        <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: 'minmax(0, 1fr)', xl: 'minmax(0, 3fr) minmax(0, 2fr)' } }}>
          <AdoptionOverTime />
          <ReadinessMatrix />
        </Box>
        <TrainingAndFeedback />
        <RecentDecisions />
      </Box>
    </Box>
  );
};
