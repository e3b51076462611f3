import { Create, SimpleForm } from 'react-admin';
import { todayIso } from '@/domain/format';
import { FeedbackInputs } from './FeedbackInputs';

export const FeedbackCreate = () => (
  <Create redirect="list">
    <SimpleForm defaultValues={() => ({ date: todayIso(), status: 'new' })}>
      <FeedbackInputs />
    </SimpleForm>
  </Create>
);
