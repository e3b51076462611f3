/**
 * Reads from the data in memory (the JSON store's, and on PostgreSQL the collections the server
 * holds whole): a record by id with a binary search, lists from the sort orders and exact-value
 * groups kept from commit to commit (`createListCache`). The records of collections the store
 * keeps to itself (`cold`) are found by id there.
 */
import type { ColdRecords } from '../coldRecords';
import { positionById, type AnyRecord } from '../context';
import type { Data } from '../database';
import { applyListQuery, createListCache } from '../listQuery';
import type { ReadableCollection, RecordReader } from './types';

export function createMemoryReader(data: Data, cold?: ColdRecords): RecordReader {
  const cache = createListCache();
  data.onCommit((changes) => cache.follow(changes));
  const records = (collection: ReadableCollection) => data.get()[collection] as unknown as AnyRecord[];
  return {
    list: (collection, query) => Promise.resolve(applyListQuery(records(collection), query, { cache, name: collection })),
    get(collection, id) {
      if (cold?.holds(collection)) return cold.get(collection, id);
      const all = records(collection);
      return Promise.resolve(all[positionById(all, id)]);
    },
  };
}

/**
 * Reads of the collections the server holds whole in memory answered there; the others (those the
 * store keeps to itself, and the audit trail, of which memory holds only the recent part) by the
 * store's reader, and so are text searches (`q`), which read every record: in the database's
 * process, not the server's (at 50,000 pilots, tens of milliseconds each).
 */
export function preferMemory(store: RecordReader, memory: RecordReader, heldWhole: (collection: ReadableCollection) => boolean): RecordReader {
  return {
    list: (collection, query) => (heldWhole(collection) && !query.conditions.some((c) => c.kind === 'search') ? memory : store).list(collection, query),
    get: (collection, id) => (heldWhole(collection) ? memory : store).get(collection, id),
  };
}
