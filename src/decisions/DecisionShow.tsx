import {
  ReferenceField,
  SelectField,
  Show,
  SimpleShowLayout,
  TextField,
} from 'react-admin';
import { DateField } from '@/components/fields';
import { decisionChoices } from '@/components/choices';
import { DecisionEvidence } from './DecisionEvidence';
import { AgainstRecommendationChip } from '@/components/AgainstRecommendationChip';
import { retryReads } from '@/providers/queryClient';

export const DecisionShow = () => (
  <Show queryOptions={{ retry: retryReads }}>
    <SimpleShowLayout>
      <ReferenceField source="pilotId" reference="pilots" link="show" />
      <DateField source="date" />
      <SelectField source="decision" choices={decisionChoices} />
      <AgainstRecommendationChip label="resources.decisions.fields.againstRecommendation" />
      <ReferenceField source="supersedesId" reference="decisions" link="show" emptyText="–" />
      <DateField source="newEndDate" emptyText="–" />
      <ReferenceField source="decidedBy" reference="users" link={false} />
      <TextField source="rationale" />
      <DecisionEvidence />
    </SimpleShowLayout>
  </Show>
);
