import CloudOffIcon from '@mui/icons-material/CloudOff';
import { Alert, Button } from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef } from 'react';
import { useDataProvider, useNotify, useTranslate } from 'react-admin';
import type { PilotTrackerDataProvider } from '@/providers/dataProvider';
import { useBrowserOnline, useConnectivity } from './useOnline';

/** How often the API is asked whether it answers again, while it does not. */
export const PROBE_INTERVAL_MS = 5_000;

/**
 * Says when the API cannot be reached (no network, server down) and that what is shown is kept;
 * asks the API every few seconds, and when it answers again refreshes every page's data.
 */
export const NetworkStatus = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = useDataProvider<PilotTrackerDataProvider>();
  const queryClient = useQueryClient();
  const online = useBrowserOnline();
  const connectivity = useConnectivity();
  const lost = !online || connectivity === 'unreachable';
  const wasLost = useRef(false);

  const retryNow = useCallback(() => {
    void dataProvider.ping();
  }, [dataProvider]);

  useEffect(() => {
    if (!lost) return undefined;
    const probe = window.setInterval(retryNow, PROBE_INTERVAL_MS);
    return () => window.clearInterval(probe);
  }, [lost, retryNow]);

  useEffect(() => {
    if (lost) {
      wasLost.current = true;
    } else if (wasLost.current) {
      wasLost.current = false;
      void queryClient.invalidateQueries();
      notify('app.network.back', { type: 'success' });
    }
  }, [lost, queryClient, notify]);

  if (!lost) return null;
  return (
    <Alert
      severity="warning"
      icon={<CloudOffIcon />}
      role="status"
      sx={{ mt: 1 }}
      action={
        online ? (
          <Button color="inherit" size="small" onClick={retryNow}>
            {translate('app.network.retry_now')}
          </Button>
        ) : undefined
      }
    >
      {translate(online ? 'app.network.unreachable' : 'app.network.offline')}
    </Alert>
  );
};
