import { SimpleForm } from 'react-admin';
import { RecordEdit } from '@/components/RecordEdit';
import { PilotInputs } from './PilotInputs';

export const PilotEdit = () => (
  <RecordEdit redirect="show">
    <SimpleForm>
      <PilotInputs />
    </SimpleForm>
  </RecordEdit>
);
