import { Show, TabbedShowLayout, TabbedShowLayoutTabs, useRecordContext } from 'react-admin';
import type { Pilot } from '@/domain/types';
import { PilotDecisions } from './PilotDecisions';
import { PilotFeedback } from './PilotFeedback';
import { PilotImpact } from './PilotImpact';
import { PilotKpis } from './PilotKpis';
import { PilotOverview } from './PilotOverview';
import { PilotTrainings } from './PilotTrainings';

const PilotTitle = () => <>{useRecordContext<Pilot>()?.name}</>;

export const PilotShow = () => (
  <Show title={<PilotTitle />}>
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
