import { QueryClient } from '@tanstack/react-query';
import { isUnreachable } from './connectivity';

const isServerError = (error: unknown) => {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' && status >= 500;
};

/** Retry a read that got no answer until the API answers again; a server error twice; a refusal never. */
export const retryReads = (failures: number, error: unknown) => isUnreachable(error) || (isServerError(error) && failures < 2);

/**
 * How the SPA's reads and writes behave when the network does not: a read that got no answer is
 * retried until the API answers again (every 1, 2, 4… up to 10 seconds), keeping what the page
 * showed, never turning it into "no records"; an answer that refuses is shown at once. Writes
 * always run, so that one made offline reaches the data provider, which keeps it to send later.
 */
export const createQueryClient = () =>
  new QueryClient({
    defaultOptions: {
      queries: {
        retry: retryReads,
        retryDelay: (attempt) => Math.min(1000 * 2 ** attempt, 10_000),
      },
      mutations: { networkMode: 'always', retry: false },
    },
  });
