import DoneAllIcon from '@mui/icons-material/DoneAll';
import VisibilityIcon from '@mui/icons-material/Visibility';
import { BulkUpdateButton } from 'react-admin';

/** Marks the selected feedback acknowledged or addressed, in one go. */
export const FeedbackBulkActions = () => (
  <>
    <BulkUpdateButton label="app.feedback.acknowledge" data={{ status: 'acknowledged' }} icon={<VisibilityIcon />} mutationMode="pessimistic" />
    <BulkUpdateButton label="app.feedback.mark_addressed" data={{ status: 'addressed' }} icon={<DoneAllIcon />} mutationMode="pessimistic" />
  </>
);
