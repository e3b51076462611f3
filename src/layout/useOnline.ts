import { useSyncExternalStore } from 'react';
import { connectivity, type Connectivity } from '@/providers/connectivity';

const subscribeToNetwork = (listener: () => void) => {
  window.addEventListener('online', listener);
  window.addEventListener('offline', listener);
  return () => {
    window.removeEventListener('online', listener);
    window.removeEventListener('offline', listener);
  };
};

/** What the browser says of its network (`navigator.onLine`). */
export const useBrowserOnline = (): boolean => useSyncExternalStore(subscribeToNetwork, () => navigator.onLine);

/** Whether the API answered the last call (see `connectivity.ts`). */
export const useConnectivity = (): Connectivity => useSyncExternalStore(connectivity.subscribe, connectivity.get);
