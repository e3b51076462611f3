import { useNotify, useRedirect } from 'react-admin';
import { isPendingRecord } from '@/providers/dataProvider';

/**
 * After a creation, back to the list with the right word: "created", or, for a record kept on
 * this device while the server could not be reached, that it will be sent when it can.
 */
export function useCreateSuccess(resource: string) {
  const notify = useNotify();
  const redirect = useRedirect();
  return (record: { id?: unknown }) => {
    if (isPendingRecord(record)) notify('app.outbox.saved_offline', { type: 'info' });
    else notify('ra.notification.created', { type: 'info', messageArgs: { smart_count: 1 } });
    redirect('list', resource);
  };
}
