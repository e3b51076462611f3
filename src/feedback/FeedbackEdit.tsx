import { Edit, SimpleForm } from 'react-admin';
import { FeedbackInputs } from './FeedbackInputs';

export const FeedbackEdit = () => (
  <Edit mutationMode="pessimistic" redirect="list">
    <SimpleForm>
      <FeedbackInputs />
    </SimpleForm>
  </Edit>
);
