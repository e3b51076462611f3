/**
 * The dashboard's index built again whole when the day changes (the gates depend on it): a slice
 * of pilots at a time, so that the server answers other requests meanwhile, and with the writes
 * committed meanwhile in it once it is ready.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import jsonServer from 'json-server';
import { createData } from '../../mock-api/database';
import { BUILD_SLICE, MAX_WASTED_BYTES, portfolioOf } from '../../mock-api/portfolio';
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

describe("the dashboard's index after many writes", () => {
  /** The index of a small data set, and a write to one pilot's name, committed. */
  const setUp = (maxWastedBytes?: number) => {
    const db = generateData({ pilots: 40, measurements: 2_000 });
    const data = createData(jsonServer.router<Database>(db), memoryStore(db), () => undefined);
    const rename = async (name: string) => {
      const pilot = data.get().pilots[0];
      pilot.name = name;
      markChanged(data.get(), 'pilots', pilot.id);
      await data.commit();
    };
    return { portfolio: portfolioOf(data, undefined, maxWastedBytes), rename, data };
  };

  it('leaves the bytes of a pilot indexed again unused, and counts them', async () => {
    const { portfolio, rename } = setUp();
    const first = await portfolio();
    expect(first.slabs.wasted).toBe(0);
    await rename('Indexed again');
    const after = await portfolio();
    // The same index, updated: only that pilot was indexed again.
    expect(after).toBe(first);
    expect(after.slabs.wasted).toBeGreaterThan(0);
    expect(after.slabs.wasted).toBeLessThan(MAX_WASTED_BYTES);
  });

  it('is built again whole once too many bytes are left unused, with every write in it', async () => {
    const { portfolio, rename, data } = setUp(1);
    const first = await portfolio();
    await rename('Built again');
    const after = await portfolio();
    expect(after).not.toBe(first);
    expect(after.slabs.wasted).toBe(0);
    expect(after.pilots[0].name).toBe('Built again');
    expect([...after.scorecards.values()]).toEqual([...buildPortfolio(data.get(), after.today).scorecards.values()]);
  });
});
