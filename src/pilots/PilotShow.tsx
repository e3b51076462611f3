import PrintIcon from '@mui/icons-material/Print';
import { Button } from '@mui/material';
import { Link } from 'react-router-dom';
import { EditButton, Show, TabbedShowLayout, TabbedShowLayoutTabs, TopToolbar, useRecordContext, useTranslate } from 'react-admin';
import type { Pilot } from '@/domain/types';
import { PilotDecisions } from './PilotDecisions';
import { PilotFeedback } from './PilotFeedback';
import { PilotImpact } from './PilotImpact';
import { PilotKpis } from './PilotKpis';
import { PilotOverview } from './PilotOverview';
import { PilotTrainings } from './PilotTrainings';
import { retryReads } from '@/providers/queryClient';

const PilotTitle = () => <>{useRecordContext<Pilot>()?.name}</>;

/** Edit (for those who may), and the one-page report to print or save as PDF. */
const PilotActions = () => {
  const pilot = useRecordContext<Pilot>();
  const translate = useTranslate();
  return (
    <TopToolbar>
      {pilot && (
        <Button component={Link} to={`/pilots/${pilot.id}/report`} size="small" startIcon={<PrintIcon />}>
          {translate('app.report.button')}
        </Button>
      )}
      <EditButton />
    </TopToolbar>
  );
};

export const PilotShow = () => (
  <Show title={<PilotTitle />} actions={<PilotActions />} queryOptions={{ retry: retryReads }}>
    <TabbedShowLayout tabs={<TabbedShowLayoutTabs variant="scrollable" scrollButtons="auto" allowScrollButtonsMobile />}>
      <TabbedShowLayout.Tab label="app.pilot.tabs.overview">
        <PilotOverview />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="app.pilot.tabs.kpis" path="kpis">
        <PilotKpis />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="app.pilot.tabs.impact" path="impact">
        <PilotImpact />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="app.pilot.tabs.trainings" path="trainings">
        <PilotTrainings />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="app.pilot.tabs.feedback" path="feedback">
        <PilotFeedback />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="app.pilot.tabs.decisions" path="decisions">
        <PilotDecisions />
      </TabbedShowLayout.Tab>
    </TabbedShowLayout>
  </Show>
);
