import { DataTable, ReferenceField, SelectField } from 'react-admin';
import { ExcerptField } from '@/components/ExcerptField';
import { decisionChoices } from '@/components/choices';
import { DateField } from '@/components/fields';
import { PilotRelatedList } from './PilotRelatedList';

export const PilotDecisions = () => (
  <PilotRelatedList reference="decisions" createLabel="app.decision.record" emptyLabel="app.decision.none_yet" rowClick="show">
    <DataTable.Col source="date" field={DateField} />
    <DataTable.Col source="decision">
      <SelectField source="decision" choices={decisionChoices} />
    </DataTable.Col>
    <DataTable.Col source="decidedBy">
      <ReferenceField source="decidedBy" reference="users" link={false} />
    </DataTable.Col>
    <DataTable.Col source="rationale">
      <ExcerptField source="rationale" length={120} />
    </DataTable.Col>
    <DataTable.Col source="newEndDate" field={DateField} />
  </PilotRelatedList>
);
