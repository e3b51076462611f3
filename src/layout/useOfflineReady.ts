import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useGetIdentity, useGetList } from 'react-admin';
import { PILOT_CHOICES } from '@/components/PilotInput';
import { keepQueries, restoreQueries } from '@/providers/queryPersistence';

/** How long the pilot choices kept on the device spare the warm-up's request (the forms ask again when opened). */
const CHOICES_KEPT_FRESH_MS = 60 * 60 * 1000;

/**
 * Readies the forms for use without network: the choices of pilots the pickers show first are
 * read once signed in, and kept on the device with those read later (put back after a reload,
 * which spares reading them again for an hour).
 */
export function useOfflineReady(): void {
  const queryClient = useQueryClient();
  const { identity } = useGetIdentity();
  const userId = typeof identity?.id === 'number' ? identity.id : undefined;
  const [restoredFor, setRestoredFor] = useState<number>();
  useEffect(() => {
    if (userId === undefined) return undefined;
    void restoreQueries(queryClient, userId).finally(() => setRestoredFor(userId));
    return keepQueries(queryClient, userId);
  }, [queryClient, userId]);
  useGetList(
    'pilots',
    { pagination: { page: 1, perPage: PILOT_CHOICES.perPage }, sort: PILOT_CHOICES.sort, filter: {} },
    // Without IndexedDB nothing can be kept for later: no need to read ahead.
    { enabled: userId !== undefined && restoredFor === userId && typeof indexedDB !== 'undefined', staleTime: CHOICES_KEPT_FRESH_MS },
  );
}
