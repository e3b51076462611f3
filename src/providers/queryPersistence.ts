/**
 * The pilots and KPIs the forms offer, kept on the device per account, so that a session or a
 * figure can be recorded offline after a reload; forgotten at sign-out. Only those: the rest of
 * what the pages read is asked again.
 */
import { dehydrate, hydrate, type Query, type QueryClient } from '@tanstack/react-query';
import { openDeviceStore } from './deviceStore';

const KEPT_RESOURCES = new Set(['pilots', 'kpis']);
const SAVE_DELAY_MS = 2_000;

const kept = (query: Query) => query.state.status === 'success' && KEPT_RESOURCES.has(String(query.queryKey[0]));

/** Puts back what was kept for `userId` (what the cache already has that is newer stays). */
export async function restoreQueries(queryClient: QueryClient, userId: number): Promise<void> {
  if (typeof indexedDB === 'undefined') return;
  const saved = await (await openDeviceStore()).get('queries', userId);
  if (saved) hydrate(queryClient, saved.state);
}

/** Keeps the pilots and KPIs read for `userId`, a moment after each change; returns the way to stop. */
export function keepQueries(queryClient: QueryClient, userId: number): () => void {
  if (typeof indexedDB === 'undefined') return () => undefined;
  let timer: number | undefined;
  const save = () => {
    timer = undefined;
    const state = dehydrate(queryClient, { shouldDehydrateQuery: kept });
    void openDeviceStore().then((db) => db.put('queries', { userId, savedAt: new Date().toISOString(), state }));
  };
  const unsubscribe = queryClient.getQueryCache().subscribe((event) => {
    if (event.type === 'updated' && KEPT_RESOURCES.has(String(event.query.queryKey[0])) && timer === undefined) timer = window.setTimeout(save, SAVE_DELAY_MS);
  });
  return () => {
    unsubscribe();
    if (timer !== undefined) window.clearTimeout(timer);
  };
}

/** Forgets what was kept on this device (sign-out). */
export async function forgetQueries(): Promise<void> {
  if (typeof indexedDB === 'undefined') return;
  await (await openDeviceStore()).clear('queries');
}
