/**
 * The dashboard's index built again whole when the day changes (the gates depend on it): a slice
 * of pilots at a time, so that the server answers other requests meanwhile, and with the writes
 * committed meanwhile in it once it is ready.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import jsonServer from 'json-server';
import { createData } from '../../mock-api/database';
import { BUILD_SLICE, portfolioOf } from '../../mock-api/portfolio';
import { generateData } from '../../mock-api/seed';
import { markChanged } from '../../mock-api/store/changes';
import type { Store } from '../../mock-api/store/types';
import { buildPortfolio } from '../../src/domain/dashboard';
import type { Database } from '../../src/domain/types';

/** A store that keeps nothing: the index follows the live data, whatever holds it. */
const memoryStore = (db: Database): Store => ({ location: 'memory', load: () => Promise.resolve(db), commit: () => Promise.resolve() });

describe("the dashboard's index at the change of day", () => {
  afterEach(() => vi.useRealTimers());

  it('is built again a slice of pilots at a time, other work going on meanwhile, with the writes made meanwhile', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-26T23:59:00Z'));
    const db = generateData({ pilots: BUILD_SLICE * 2 + 10, measurements: 20_000 });
    const data = createData(jsonServer.router<Database>(db), memoryStore(db), () => undefined);
    const portfolio = portfolioOf(data);
    const yesterday = await portfolio();
    expect(yesterday.today).toBe('2026-11-26');

    vi.setSystemTime(new Date('2026-11-27T00:01:00Z'));
    let turns = 0;
    let ready = false;
    const elsewhere = () => {
      turns += 1;
      if (turns === 1) {
        // A write committed while the index is being built, to a pilot of the last slice.
        const last = data.get().pilots.at(-1)!;
        last.name = 'Renamed while the index was built';
        markChanged(data.get(), 'pilots', last.id);
        void data.commit();
      }
      if (!ready) setImmediate(elsewhere);
    };
    setImmediate(elsewhere);
    const today = await portfolio();
    ready = true;

    // Other work ran between the slices: the event loop was never held for the whole build.
    expect(turns).toBeGreaterThanOrEqual(2);
    expect(today.today).toBe('2026-11-27');
    const fresh = buildPortfolio(data.get(), '2026-11-27');
    expect(today.pilots.at(-1)!.name).toBe('Renamed while the index was built');
    expect([...today.scorecards.values()]).toEqual([...fresh.scorecards.values()]);
    expect(today.pilots.map((p) => p.id)).toEqual(fresh.pilots.map((p) => p.id));
    // Asked again with nothing changed: the same index, not a new build.
    expect(await portfolio()).toBe(today);
  });
});
