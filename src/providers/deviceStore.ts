/**
 * What the SPA keeps in this browser's IndexedDB (through idb): the records waiting to be sent
 * (`outbox.ts`) and the pilot and KPI choices the forms need offline (`queryPersistence.ts`).
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { DehydratedState } from '@tanstack/react-query';
import type { OutboxEntry } from './outbox';

interface DeviceSchema extends DBSchema {
  outbox: { key: string; value: OutboxEntry; indexes: { userId: number } };
  queries: { key: number; value: { userId: number; savedAt: string; state: DehydratedState } };
}

let database: Promise<IDBPDatabase<DeviceSchema>> | undefined;

export const openDeviceStore = () =>
  (database ??= openDB<DeviceSchema>('pilot-tracker', 1, {
    upgrade(db) {
      db.createObjectStore('outbox', { keyPath: 'key' }).createIndex('userId', 'userId');
      db.createObjectStore('queries', { keyPath: 'userId' });
    },
  }));
