/**
 * The embedded default store: a snapshot, `DATA_DIR/db.json`, and a journal of the change sets
 * committed since, `DATA_DIR/db.journal.<n>`, the way SQLite's WAL or Redis's append-only file
 * work. A commit appends one line (its change set, with a checksum) and fsyncs; commits made
 * meanwhile are grouped into the next append. At start the journal is replayed over the snapshot;
 * a torn last line (a crash during an append, never acknowledged) is dropped. When the journal
 * passes a size, a new journal is started and the snapshot rewritten from the live data in the
 * background (temporary file, fsync, rename, fsync of the folder), by slices so that requests go
 * on meanwhile; the old journal is deleted once the new snapshot is in place. A crash at any
 * moment leaves a snapshot and the journals that complete it.
 */
import { promises as fs, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { crc32 } from 'node:zlib';
import { type Database } from '../../src/domain/types';
import { COLLECTIONS, isEmptyChangeSet, replayer, type ChangeSet } from './changes';
import { StoreError, type Store } from './types';

export const DB_FILE = 'db.json';
const JOURNAL_PREFIX = 'db.journal.';
/** The snapshot's field naming the first journal to replay over it. */
const JOURNAL_FIELD = '_journal';
/** Records serialised per slice when a snapshot is written in the background. */
const SLICE = 2_000;

export interface FileStoreOptions {
  /** Journal size, in bytes, past which the snapshot is rewritten (64 MB by default). */
  compactAfterBytes?: number;
  /** Told when a background rewrite of the snapshot fails (the journal keeps every change meanwhile). */
  log?: (message: string) => void;
}

interface Waiter {
  resolve: () => void;
  reject: (error: unknown) => void;
}

const journalName = (n: number) => `${JOURNAL_PREFIX}${n}`;
const journalNumber = (name: string) => (name.startsWith(JOURNAL_PREFIX) && /^\d+$/.test(name.slice(JOURNAL_PREFIX.length)) ? Number(name.slice(JOURNAL_PREFIX.length)) : undefined);

/** A journal line: the change set's CRC-32, a space, the change set as JSON. */
const journalLine = (json: string) => `${crc32(json).toString(16).padStart(8, '0')} ${json}\n`;

async function syncFolder(folder: string): Promise<void> {
  const handle = await fs.open(folder, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Writes `parts` to `file` through a temporary file, fsynced and renamed, then fsyncs the folder; awaits between parts. */
async function writeAtomically(file: string, parts: Iterable<string>): Promise<void> {
  const temporary = `${file}.tmp-${process.pid}`;
  const handle = await fs.open(temporary, 'w', 0o600);
  try {
    for (const part of parts) await handle.write(part, null, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
  await fs.rename(temporary, file);
  await syncFolder(path.dirname(file));
}

/** The snapshot of `db` in slices of JSON text, from copies of its collections taken when called. */
function* snapshotParts(db: Database, journal: number): Generator<string> {
  const copies = COLLECTIONS.map((collection) => [collection, (db[collection] as unknown[]).slice()] as const);
  const sequences = JSON.stringify(db._sequences);
  yield `{"${JOURNAL_FIELD}":${journal},"_sequences":${sequences}`;
  for (const [collection, records] of copies) {
    yield `,"${collection}":[`;
    for (let start = 0; start < records.length; start += SLICE) {
      const slice = records.slice(start, start + SLICE).map((record) => JSON.stringify(record));
      yield (start ? ',' : '') + slice.join(',');
    }
    yield ']';
  }
  yield '}';
}

/** Checks that parsed JSON has the shape of a database and fills in what older files lack. */
export function toDatabase(parsed: unknown, location: string): Database {
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new StoreError(`${location} does not hold a JSON object.`);
  }
  const data = parsed as Record<string, unknown>;
  const sequences = (typeof data._sequences === 'object' && data._sequences !== null ? data._sequences : {}) as Record<string, unknown>;
  for (const resource of COLLECTIONS) {
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
  delete data[JOURNAL_FIELD];
  return data as unknown as Database;
}

/** The change sets of a journal's text; a torn last line is left out, and its length returned so that it can be cut. */
export function readJournal(text: string, location: string): { changes: ChangeSet[]; tornBytes: number } {
  const changes: ChangeSet[] = [];
  const end = text.lastIndexOf('\n') + 1;
  const lines = text.slice(0, end).split('\n');
  lines.pop();
  lines.forEach((line, i) => {
    const json = line.slice(9);
    const valid = line[8] === ' ' && crc32(json).toString(16).padStart(8, '0') === line.slice(0, 8);
    if (!valid) {
      // Only the end of the file can be torn: a damaged line before it is damage, not a crash.
      if (i === lines.length - 1) return;
      throw new StoreError(`${location}: line ${i + 1} is damaged (its checksum does not match). Nothing was changed: restore the data folder from a backup.`);
    }
    changes.push(JSON.parse(json) as ChangeSet);
  });
  const lastLineValid = lines.length === 0 || changes.length === lines.length;
  return { changes, tornBytes: text.length - end + (lastLineValid ? 0 : Buffer.byteLength(lines[lines.length - 1]) + 1) };
}

/** The data as stored in `dataDir`, snapshot and journals, read without changing anything (tests, tools). */
export function readStoredData(dataDir: string): Database {
  return readFolder(dataDir).db;
}

/** Everything the store keeps in `dataDir`, as text: equal before and after means nothing was written. */
export function storedText(dataDir: string): string {
  const journals = readdirSync(dataDir).filter((name) => journalNumber(name) !== undefined).sort();
  return [DB_FILE, ...journals].map((name) => `${name}\n${readFileSync(path.join(dataDir, name), 'utf8')}`).join('\n');
}

/** Reads the snapshot and replays the journals over it (at start, once: synchronous). */
function readFolder(dataDir: string): { db: Database; journal: number; journalBytes: number; torn: { file: string; keep: number }[]; stale: string[] } {
  const file = path.join(dataDir, DB_FILE);
  const text = readFileSync(file, 'utf8');
  let parsed: Record<string, unknown>;
  try {
    parsed = JSON.parse(text) as Record<string, unknown>;
  } catch (error) {
    throw new StoreError(
      `${file} is not valid JSON (${(error as Error).message}). It was left untouched: ` + `restore it from a backup, or move it away to start again from the demo data.`,
    );
  }
  const first = typeof parsed?.[JOURNAL_FIELD] === 'number' ? (parsed[JOURNAL_FIELD] as number) : 0;
  const db = toDatabase(parsed, file);
  const numbers = readdirSync(dataDir).map(journalNumber).filter((n): n is number => n !== undefined).sort((a, b) => a - b);
  const replay = replayer(db);
  const torn: { file: string; keep: number }[] = [];
  let journalBytes = 0;
  for (const n of numbers.filter((k) => k >= first)) {
    const journalFile = path.join(dataDir, journalName(n));
    const content = readFileSync(journalFile, 'utf8');
    const { changes, tornBytes } = readJournal(content, journalFile);
    for (const change of changes) replay.apply(change);
    const bytes = Buffer.byteLength(content);
    if (tornBytes) torn.push({ file: journalFile, keep: bytes - tornBytes });
    journalBytes += bytes - tornBytes;
  }
  return {
    db: replay.finish(),
    journal: Math.max(first, numbers.at(-1) ?? first),
    journalBytes,
    torn,
    stale: numbers.filter((k) => k < first).map((k) => path.join(dataDir, journalName(k))),
  };
}

/** Removes the temporary files a write left behind when the process died during it (`db.json.tmp-<pid>`). */
async function removeLeftoverTemporaryFiles(dataDir: string): Promise<void> {
  for (const name of await fs.readdir(dataDir)) {
    if (name.startsWith(`${DB_FILE}.tmp-`)) await fs.rm(path.join(dataDir, name), { force: true });
  }
}

export function createFileStore(dataDir: string, seed: () => Database, options: FileStoreOptions = {}): Store {
  const file = path.join(dataDir, DB_FILE);
  const compactAfter = options.compactAfterBytes ?? 64 * 1024 * 1024;
  let started = false;
  let journal = 0;
  let journalBytes = 0;
  let appender: fs.FileHandle | undefined;
  let writing = false;
  let waiting: (Waiter & { line: string })[] = [];
  let live: Database | undefined;
  let compaction: Promise<void> | undefined;

  const openJournal = async () => {
    await appender?.close();
    appender = await fs.open(path.join(dataDir, journalName(journal)), 'a', 0o600);
    // The new file's name must survive a power cut as well as what is appended to it.
    await syncFolder(dataDir);
  };

  /**
   * Starts a new journal (between two appends), then writes the snapshot of the live data in the
   * background; the old journals go once the snapshot that covers them is in place.
   */
  async function rotate(): Promise<void> {
    const state = live;
    if (!state) return;
    const previous = journal;
    journal += 1;
    journalBytes = 0;
    await openJournal();
    const parts = snapshotParts(state, journal);
    compaction = (async () => {
      await writeAtomically(file, parts);
      for (let n = previous; n >= 0; n -= 1) await fs.rm(path.join(dataDir, journalName(n)), { force: true });
    })()
      .catch((error: unknown) => (options.log ?? console.error)(`Rewriting ${file} failed; the journal keeps every change: ${String(error)}`))
      .finally(() => {
        compaction = undefined;
      });
  }

  async function flush(): Promise<void> {
    writing = true;
    while (waiting.length) {
      const batch = waiting;
      waiting = [];
      const text = batch.map((w) => w.line).join('');
      try {
        if (text) {
          if (!appender) await openJournal();
          const handle = appender!;
          const sizeBefore = (await handle.stat()).size;
          try {
            await handle.write(text, null, 'utf8');
            await handle.sync();
          } catch (error) {
            // A failed append (a full disk) may leave part of a line: cut it, so that later lines
            // do not follow a damaged one. If even that fails, the next start drops it as torn
            // only if nothing is appended after it: start a new journal.
            await handle.truncate(sizeBefore).catch(async () => {
              journal += 1;
              journalBytes = 0;
              await openJournal().catch(() => undefined);
            });
            throw error;
          }
          journalBytes += Buffer.byteLength(text);
        }
        batch.forEach((w) => w.resolve());
      } catch (error) {
        // Whatever was waiting shares the failed state: refuse it all.
        [...batch, ...waiting].forEach((w) => w.reject(error));
        waiting = [];
      }
      if (journalBytes > compactAfter && !compaction) {
        try {
          await rotate();
        } catch (error) {
          (options.log ?? console.error)(`Starting a new journal failed; appends go on to the current one: ${String(error)}`);
        }
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
      try {
        await fs.access(file);
      } catch {
        const initial = toDatabase(seed(), file);
        await writeAtomically(file, snapshotParts(initial, 0));
        live = initial;
        return initial;
      }
      let found: ReturnType<typeof readFolder>;
      try {
        found = readFolder(dataDir);
      } catch (error) {
        if (error instanceof StoreError) throw error;
        throw new StoreError(`Cannot read ${file}: ${(error as Error).message}`);
      }
      for (const { file: torn, keep } of found.torn) {
        options.log?.(`${torn}: dropped a torn last line (a write cut short by a crash, never acknowledged)`);
        await fs.truncate(torn, keep);
      }
      for (const stale of found.stale) await fs.rm(stale, { force: true });
      if (!appender) {
        // At start; a later load (after a failed write) goes on appending to the same journal.
        journal = found.journal;
        journalBytes = found.journalBytes;
      }
      live = found.db;
      return found.db;
    },

    commit(changes, state) {
      live = state;
      // Serialised now: the records may change again before the append.
      const line = isEmptyChangeSet(changes) ? '' : journalLine(JSON.stringify(changes));
      return new Promise<void>((resolve, reject) => {
        waiting.push({ resolve, reject, line });
        if (!writing) void flush();
      });
    },

    async close() {
      while (writing || compaction) {
        await compaction;
        await new Promise<void>((resolve) => setImmediate(resolve));
      }
      await appender?.close();
      appender = undefined;
    },
  };
}
