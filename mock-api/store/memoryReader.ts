/**
 * Reads for the stores that keep the data in memory (the JSON store): a record by id with a
 * binary search, lists from the sort orders and exact-value groups cached per data revision.
 * The records of collections the store keeps to itself (`cold`) are found by id there.
 */
import type { ColdRecords } from '../coldRecords';
import { positionById, type AnyRecord } from '../context';
import type { Data } from '../database';
import { applyListQuery, createListCache } from '../listQuery';
import type { ReadableCollection, RecordReader } from './types';

export function createMemoryReader(data: Data, cold?: ColdRecords): RecordReader {
  const cache = createListCache(data.revision);
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
