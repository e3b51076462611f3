import {
  BooleanField,
  DateField,
  NumberField,
  ReferenceField,
  SelectField,
  Show,
  SimpleShowLayout,
  TextField,
} from 'react-admin';
import { ChangeHistory } from '@/components/ChangeHistory';
import { categoryChoices, stageChoices } from '@/components/choices';

export const PilotShow = () => (
  <Show>
    <SimpleShowLayout>
      <TextField source="name" />
      <TextField source="summary" />
      <SelectField source="category" choices={categoryChoices} />
      <SelectField source="stage" choices={stageChoices} />
      <TextField source="department" />
      <TextField source="region" />
      <ReferenceField source="ownerId" reference="users" link={false} />
      <DateField source="startDate" />
      <DateField source="endDate" />
      <NumberField source="budget" options={{ style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }} />
      <NumberField source="targetUsers" />
      <BooleanField source="published" />
      <ChangeHistory resource="pilots" />
    </SimpleShowLayout>
  </Show>
);
