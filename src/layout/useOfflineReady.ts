import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useGetIdentity, useGetList } from 'react-admin';
import { PILOT_CHOICES } from '@/components/PilotInput';
import { keepQueries, restoreQueries } from '@/providers/queryPersistence';

/**
 * Readies the forms for use without network: the choices of pilots the pickers show first are
 * read once signed in, and kept on the device with those read later (put back after a reload).
 */
export function useOfflineReady(): void {
  const queryClient = useQueryClient();
  const { identity } = useGetIdentity();
  const userId = typeof identity?.id === 'number' ? identity.id : undefined;
  useEffect(() => {
    if (userId === undefined) return undefined;
    void restoreQueries(queryClient, userId);
    return keepQueries(queryClient, userId);
  }, [queryClient, userId]);
  useGetList('pilots', { pagination: { page: 1, perPage: PILOT_CHOICES.perPage }, sort: PILOT_CHOICES.sort, filter: {} }, { enabled: userId !== undefined });
}
