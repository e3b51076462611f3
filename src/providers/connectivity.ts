/**
 * Whether the API can be reached, as the data provider finds it on every call: `unreachable`
 * after a call that got no answer (no network, server down, a proxy's 502/503/504), `online`
 * again at the next answer of any kind. The layout shows it; queries retry while it lasts.
 */
import { HttpError } from 'react-admin';

export type Connectivity = 'online' | 'unreachable';

let state: Connectivity = 'online';
const listeners = new Set<() => void>();

function set(next: Connectivity) {
  if (next === state) return;
  state = next;
  for (const listener of listeners) listener();
}

export const connectivity = {
  get: (): Connectivity => state,
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  reachable: () => set('online'),
  unreachable: () => set('unreachable'),
};

const GATEWAY_FAILURES = new Set([502, 503, 504]);

/** The message of a call that never reached the API (translated by the SPA). */
export const UNREACHABLE = 'app.network.failed';

/** Whether an error means the API was not reached (rather than an answer from it). */
export function isUnreachable(error: unknown): boolean {
  if (error instanceof TypeError) return true; // fetch: no network, refused connection
  const status = (error as { status?: unknown } | null)?.status;
  if (status === 0 || (typeof status === 'number' && GATEWAY_FAILURES.has(status))) return true;
  return (error as { body?: { unreachable?: unknown } } | null)?.body?.unreachable === true;
}

/** A call that reports the API's reachability, and turns "no answer" into one clear error. */
export async function reporting<T>(call: () => Promise<T>): Promise<T> {
  try {
    const result = await call();
    connectivity.reachable();
    return result;
  } catch (error) {
    if (!isUnreachable(error)) {
      connectivity.reachable();
      throw error;
    }
    connectivity.unreachable();
    throw new HttpError(UNREACHABLE, 0, { unreachable: true });
  }
}
