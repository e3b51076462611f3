/** The store the API stands on: PostgreSQL when a database URL is given, else the JSON files of the data folder. */
import type { Database } from '../../src/domain/types';
import { createFileStore } from './fileStore';
import { createPostgresStore } from './postgres/postgresStore';
import type { Store } from './types';

export interface StoreOptions {
  /** Folder of the JSON store. */
  dataDir: string;
  /** `postgres://…`: PostgreSQL instead of the JSON store. */
  databaseUrl?: string;
  /** A replica of `databaseUrl` that answers the reads. */
  databaseReadUrl?: string;
  /** Data for a new store. */
  seed: () => Database;
  /** The JSON store's journal size past which its snapshot is rewritten. */
  compactAfterBytes?: number;
  log?: (message: string) => void;
}

export function createStore(options: StoreOptions): Store {
  const { dataDir, databaseUrl, databaseReadUrl, seed, compactAfterBytes, log } = options;
  return databaseUrl ? createPostgresStore(databaseUrl, seed, { readUrl: databaseReadUrl, log }) : createFileStore(dataDir, seed, { compactAfterBytes, log });
}
