/**
 * The live data and the one way to make a change durable: `commit` resolves once the change is
 * on disk; if the store fails, the last good state is reloaded and the error passed on.
 */
import type { JsonServerRouter } from 'json-server';
import type { Database } from '../src/domain/types';
import type { Store } from './store/types';

export interface Data {
  get(): Database;
  commit(): Promise<void>;
  /** Grows with every change, for caches of computed data. */
  revision(): number;
}

export function createData(router: JsonServerRouter<Database>, store: Store, log: (message: string) => void): Data {
  let revision = 0;
  return {
    get: () => router.db.getState(),
    revision: () => revision,
    async commit() {
      revision += 1;
      try {
        await store.commit(router.db.getState());
      } catch (error) {
        log(`Commit to ${store.location} failed, reloading the last good state: ${String(error)}`);
        router.db.setState(await store.load());
        revision += 1;
        throw error;
      }
    },
  };
}
