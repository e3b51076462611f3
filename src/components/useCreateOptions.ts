import { useNotify, useRedirect } from 'react-admin';
import { useSearchParams } from 'react-router-dom';
import { isPendingRecord } from '@/providers/dataProvider';

/** The query parameter naming the refused offline record a create form corrects (`OutboxPanel`'s *Edit*). */
export const REPLACES_PARAM = 'replaces';

/**
 * A create form's mutation options. After a creation, back to the list with the right word:
 * "created", or, for a record kept on this device while the server could not be reached, that
 * it will be sent when it can. A form opened to correct a refused offline record names it in
 * `meta.replaces`: the record leaves the device only once its correction is saved.
 */
export function useCreateOptions(resource: string) {
  const notify = useNotify();
  const redirect = useRedirect();
  const [params] = useSearchParams();
  const replaces = params.get(REPLACES_PARAM) ?? undefined;
  return {
    meta: replaces ? { replaces } : undefined,
    onSuccess: (record: { id?: unknown }) => {
      if (isPendingRecord(record)) notify('app.outbox.saved_offline', { type: 'info' });
      else notify('ra.notification.created', { type: 'info', messageArgs: { smart_count: 1 } });
      redirect('list', resource);
    },
  };
}
