import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect } from 'react';
import { useDataProvider, useNotify } from 'react-admin';
import type { PilotTrackerDataProvider } from '@/providers/dataProvider';
import { useBrowserOnline, useConnectivity } from './useOnline';

/** How often waiting records are tried again while the page stays open. */
export const SEND_INTERVAL_MS = 30_000;

/** Sends the records kept on this device, then refreshes the lists they belong to and says what happened. */
export function useSendOutbox(): () => void {
  const dataProvider = useDataProvider<PilotTrackerDataProvider>();
  const queryClient = useQueryClient();
  const notify = useNotify();
  return useCallback(() => {
    void dataProvider.sendOutbox().then(({ sent, refused }) => {
      for (const resource of new Set(sent)) void queryClient.invalidateQueries({ queryKey: [resource] });
      if (sent.length) notify('app.outbox.sent', { type: 'success', messageArgs: { smart_count: sent.length } });
      if (refused) notify('app.outbox.refused', { type: 'warning' });
    });
  }, [dataProvider, queryClient, notify]);
}

/** Sends the records kept on this device at sign-in, when the network or the API comes back, and every half minute. */
export function useOutboxSender(): void {
  const send = useSendOutbox();
  const online = useBrowserOnline();
  const connectivity = useConnectivity();

  useEffect(() => {
    if (online && connectivity === 'online') send();
  }, [online, connectivity, send]);

  useEffect(() => {
    const timer = window.setInterval(send, SEND_INTERVAL_MS);
    return () => window.clearInterval(timer);
  }, [send]);
}
