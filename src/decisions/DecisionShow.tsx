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

export const DecisionShow = () => (
  <Show>
    <SimpleShowLayout>
      <ReferenceField source="pilotId" reference="pilots" link="show" />
      <DateField source="date" />
      <SelectField source="decision" choices={decisionChoices} />
      <DateField source="newEndDate" emptyText="–" />
      <ReferenceField source="decidedBy" reference="users" link={false} />
      <TextField source="rationale" />
      <DecisionEvidence />
    </SimpleShowLayout>
  </Show>
);
