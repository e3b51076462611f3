/** On PostgreSQL, which reads the server answers from memory and which it leaves to the database. */
import { describe, expect, it } from 'vitest';
import { parseListQuery } from '../../mock-api/listQuery';
import { preferMemory } from '../../mock-api/store/memoryReader';
import type { ReadableCollection, RecordReader } from '../../mock-api/store/types';
import { AUDIT_SCHEMA, SCHEMAS } from '@/domain/schema';

describe('reads on a store that answers them itself', () => {
  it('come from memory for the collections held whole there, from the store for the rest and for text searches', async () => {
    const asked: string[] = [];
    const reader = (name: string): RecordReader => ({
      list: async (collection) => {
        asked.push(`${name} lists ${collection}`);
        return { page: [], start: 0, total: 0 };
      },
      get: async (collection) => {
        asked.push(`${name} gets ${collection}`);
        return undefined;
      },
    });
    const held: ReadableCollection[] = ['pilots', 'kpis', 'users'];
    const reads = preferMemory(reader('the store'), reader('memory'), (collection) => held.includes(collection));

    await reads.list('pilots', parseListQuery({ sort: '["name","ASC"]', range: '[0,24]', filter: '{"stage":"running"}' }, SCHEMAS.pilots));
    await reads.list('pilots', parseListQuery({ filter: '{"q":"portail"}' }, SCHEMAS.pilots));
    await reads.list('measurements', parseListQuery({ filter: '{"pilotId":5}' }, SCHEMAS.measurements));
    await reads.list('audit', parseListQuery({}, AUDIT_SCHEMA));
    await reads.get('kpis', 1);
    await reads.get('feedback', 1);
    expect(asked).toEqual(['memory lists pilots', 'the store lists pilots', 'the store lists measurements', 'the store lists audit', 'memory gets kpis', 'the store gets feedback']);
  });
});
