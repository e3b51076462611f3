import DoneAllIcon from '@mui/icons-material/DoneAll';
import VisibilityIcon from '@mui/icons-material/Visibility';
import { BulkUpdateButton, useListContext } from 'react-admin';
import type { Feedback } from '@/domain/types';

/**
 * Marks the selected feedback acknowledged or addressed, in one go. Each record is sent with the
 * version it was read with, so that one changed meanwhile by someone else is refused, not overwritten.
 */
export const FeedbackBulkActions = () => {
  const { data, selectedIds } = useListContext<Feedback>();
  const versions = Object.fromEntries((data ?? []).filter((f) => selectedIds.includes(f.id)).map((f) => [f.id, f.version]));
  const mutationOptions = { meta: { versions } };
  return (
    <>
      <BulkUpdateButton label="app.feedback.acknowledge" data={{ status: 'acknowledged' }} icon={<VisibilityIcon />} mutationMode="pessimistic" mutationOptions={mutationOptions} />
      <BulkUpdateButton label="app.feedback.mark_addressed" data={{ status: 'addressed' }} icon={<DoneAllIcon />} mutationMode="pessimistic" mutationOptions={mutationOptions} />
    </>
  );
};
