/**
 * The embedded default store: one JSON file, `DATA_DIR/db.json`, replaced atomically on every
 * commit (temporary file, fsync, rename, fsync of the folder), so that a crash at any moment
 * leaves either the previous or the next complete file.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { INTERNAL_COLLECTIONS, STORED_RESOURCES, type Database } from '../../src/domain/types';
import { StoreError, type Store } from './types';

export const DB_FILE = 'db.json';

interface Waiter {
  resolve: () => void;
  reject: (error: unknown) => void;
}

async function writeAtomically(file: string, contents: string): Promise<void> {
  const temporary = `${file}.tmp-${process.pid}`;
  const handle = await fs.open(temporary, 'w', 0o600);
  try {
    await handle.writeFile(contents, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
  await fs.rename(temporary, file);
  const folder = await fs.open(path.dirname(file), 'r');
  try {
    await folder.sync();
  } finally {
    await folder.close();
  }
}

/** Checks that parsed JSON has the shape of a database and fills in what older files lack. */
export function toDatabase(parsed: unknown, location: string): Database {
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new StoreError(`${location} does not hold a JSON object.`);
  }
  const data = parsed as Record<string, unknown>;
  const sequences = (typeof data._sequences === 'object' && data._sequences !== null ? data._sequences : {}) as Record<
    string,
    unknown
  >;
  for (const resource of [...STORED_RESOURCES, ...INTERNAL_COLLECTIONS]) {
    if (data[resource] === undefined) data[resource] = [];
    const records = data[resource];
    if (!Array.isArray(records)) throw new StoreError(`${location}: "${resource}" must be an array.`);
    let maxId = 0;
    for (const record of records as { id?: unknown }[]) {
      if (typeof record?.id !== 'number') throw new StoreError(`${location}: a record of "${resource}" has no numeric id.`);
      maxId = Math.max(maxId, record.id);
    }
    const next = typeof sequences[resource] === 'number' ? (sequences[resource] as number) : 1;
    sequences[resource] = Math.max(next, maxId + 1);
  }
  data._sequences = sequences;
  return data as unknown as Database;
}

/** Removes the temporary files a write left behind when the process died during it (`db.json.tmp-<pid>`). */
async function removeLeftoverTemporaryFiles(dataDir: string): Promise<void> {
  for (const name of await fs.readdir(dataDir)) {
    if (name.startsWith(`${DB_FILE}.tmp-`)) await fs.rm(path.join(dataDir, name), { force: true });
  }
}

export function createFileStore(dataDir: string, seed: () => Database): Store {
  const file = path.join(dataDir, DB_FILE);
  let started = false;
  let writing = false;
  let waiting: Waiter[] = [];
  let latest: Database | undefined;

  async function flush(): Promise<void> {
    writing = true;
    while (waiting.length && latest) {
      const batch = waiting;
      waiting = [];
      try {
        await writeAtomically(file, JSON.stringify(latest));
        batch.forEach((w) => w.resolve());
      } catch (error) {
        // Whatever was waiting shares the failed state: refuse it all.
        [...batch, ...waiting].forEach((w) => w.reject(error));
        waiting = [];
      }
    }
    writing = false;
  }

  return {
    location: file,

    async load() {
      await fs.mkdir(dataDir, { recursive: true });
      if (!started) {
        // Only at start: later loads (after a failed write) may run beside a write of this process.
        started = true;
        await removeLeftoverTemporaryFiles(dataDir);
      }
      let text: string;
      try {
        text = await fs.readFile(file, 'utf8');
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
          throw new StoreError(`Cannot read ${file}: ${(error as Error).message}`);
        }
        const initial = toDatabase(seed(), file);
        await writeAtomically(file, JSON.stringify(initial));
        return initial;
      }
      let parsed: unknown;
      try {
        parsed = JSON.parse(text);
      } catch (error) {
        throw new StoreError(
          `${file} is not valid JSON (${(error as Error).message}). It was left untouched: ` +
            `restore it from a backup, or move it away to start again from the demo data.`,
        );
      }
      return toDatabase(parsed, file);
    },

    commit(state) {
      latest = state;
      return new Promise<void>((resolve, reject) => {
        waiting.push({ resolve, reject });
        if (!writing) void flush();
      });
    },
  };
}
