/**
 * Records made while the API could not be reached (training sessions, measurements), kept in
 * the browser's IndexedDB until they are sent: each with the `Idempotency-Key` it will always be
 * sent with, so that sending it twice creates it once. Per account: a shared device shows and
 * sends only the signed-in person's records.
 */
import { openDeviceStore } from './deviceStore';

export const OFFLINE_RESOURCES = ['trainings', 'measurements'] as const;
export type OfflineResource = (typeof OFFLINE_RESOURCES)[number];
export const isOfflineResource = (resource: string): resource is OfflineResource => (OFFLINE_RESOURCES as readonly string[]).includes(resource);

export interface OutboxEntry {
  /** The `Idempotency-Key`, and the entry's key. */
  key: string;
  userId: number;
  resource: OfflineResource;
  data: Record<string, unknown>;
  recordedAt: string;
  status: 'waiting' | 'refused';
  /** Why the API refused it: its message and field errors. */
  refusal?: { message: string; errors?: Record<string, string> };
}

const open = openDeviceStore;

const listeners = new Set<() => void>();
const changed = () => {
  for (const listener of listeners) listener();
};

/** A fresh idempotency key (a UUID where the browser gives one). */
export function newKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}

export const outbox = {
  available: () => typeof indexedDB !== 'undefined',
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  /** Keeps a record to send; `replaces`, a refused record it corrects, goes in the same transaction. */
  async add(entry: Omit<OutboxEntry, 'status' | 'recordedAt'>, replaces?: string): Promise<OutboxEntry> {
    const stored: OutboxEntry = { ...entry, status: 'waiting', recordedAt: new Date().toISOString() };
    const transaction = (await open()).transaction('outbox', 'readwrite');
    await Promise.all([transaction.store.put(stored), replaces && replaces !== stored.key ? transaction.store.delete(replaces) : undefined, transaction.done]);
    changed();
    return stored;
  },
  async of(userId: number): Promise<OutboxEntry[]> {
    const entries = await (await open()).getAllFromIndex('outbox', 'userId', userId);
    return entries.sort((a, b) => a.recordedAt.localeCompare(b.recordedAt));
  },
  async refuse(key: string, refusal: OutboxEntry['refusal']): Promise<void> {
    const db = await open();
    const entry = await db.get('outbox', key);
    if (entry) await db.put('outbox', { ...entry, status: 'refused', refusal });
    changed();
  },
  async remove(key: string): Promise<void> {
    await (await open()).delete('outbox', key);
    changed();
  },
};
