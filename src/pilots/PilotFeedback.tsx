import { DataTable, SelectField } from 'react-admin';
import { ExcerptField } from '@/components/ExcerptField';
import { RatingField } from '@/components/RatingField';
import { stakeholderChoices, statusChoices } from '@/components/choices';
import { DateField } from '@/components/fields';
import { PilotRelatedList } from './PilotRelatedList';

export const PilotFeedback = () => (
  <PilotRelatedList reference="feedback" createLabel="app.feedback.record" emptyLabel="app.feedback.none_yet" rowClick="edit">
    <DataTable.Col source="date" field={DateField} />
    <DataTable.Col source="stakeholder">
      <SelectField source="stakeholder" choices={stakeholderChoices} />
    </DataTable.Col>
    <DataTable.Col source="rating">
      <RatingField />
    </DataTable.Col>
    <DataTable.Col source="comment">
      <ExcerptField source="comment" />
    </DataTable.Col>
    <DataTable.Col source="status">
      <SelectField source="status" choices={statusChoices} />
    </DataTable.Col>
  </PilotRelatedList>
);
