import { useEffect, useState } from 'react';
import { useGetIdentity } from 'react-admin';
import { outbox, type OfflineResource, type OutboxEntry } from '@/providers/outbox';

/** The signed-in person's records of `resource` kept on this device, kept up to date. */
export function useOutbox(resource: OfflineResource): OutboxEntry[] {
  const { identity } = useGetIdentity();
  const userId = typeof identity?.id === 'number' ? identity.id : undefined;
  const [entries, setEntries] = useState<OutboxEntry[]>([]);
  useEffect(() => {
    if (userId === undefined || !outbox.available()) return undefined;
    let current = true;
    const load = () => {
      void outbox.of(userId).then((all) => {
        if (current) setEntries(all.filter((entry) => entry.resource === resource));
      });
    };
    load();
    const unsubscribe = outbox.subscribe(load);
    return () => {
      current = false;
      unsubscribe();
    };
  }, [userId, resource]);
  return entries;
}
