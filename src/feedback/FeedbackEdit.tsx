import { SimpleForm } from 'react-admin';
import { RecordEdit } from '@/components/RecordEdit';
import { FeedbackInputs } from './FeedbackInputs';

export const FeedbackEdit = () => (
  <RecordEdit redirect="list">
    <SimpleForm>
      <FeedbackInputs />
    </SimpleForm>
  </RecordEdit>
);
