import type { Database } from '../../src/domain/types';

/**
 * Where the API keeps its data. `load` reads it once at start-up; `commit` makes the current
 * state durable and resolves only once it is. Knows nothing of HTTP, so that another store
 * (PostgreSQL for large portfolios) can stand behind the same contract.
 */
export interface Store {
  /** Human-readable location, for logs and error messages. */
  readonly location: string;
  load(): Promise<Database>;
  /**
   * Persists `state` as it is when the write starts. Commits made while a write is under way are
   * grouped into the next one; each promise resolves once a write that includes it is on disk.
   */
  commit(state: Database): Promise<void>;
}

/** The stored data cannot be read: never replaced silently, the operator must look. */
export class StoreError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StoreError';
  }
}
