/** Starts the real API in-process on a fresh temporary data folder, for API tests. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import simpleRestProvider from 'ra-data-simple-rest';
import type { DataProvider } from 'react-admin';
import { createServer, type ServerOptions } from '../../mock-api/server';
import type { Database } from '../../src/domain/types';

export interface TestApi {
  /** Base URL of the API, ending in `/api`. */
  url: string;
  dataDir: string;
  dataProvider: DataProvider;
  /** The data file as it is on disk now. */
  readDataFile(): string;
  readDatabase(): Database;
  close(): Promise<void>;
}

export async function startApi(options: Partial<ServerOptions> = {}): Promise<TestApi> {
  const dataDir = options.dataDir ?? mkdtempSync(path.join(tmpdir(), 'pilot-tracker-test-'));
  const app = await createServer({ log: () => undefined, ...options, dataDir });
  const server = app.listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api`;
  const readDataFile = () => readFileSync(path.join(dataDir, 'db.json'), 'utf8');
  return {
    url,
    dataDir,
    dataProvider: simpleRestProvider(url),
    readDataFile,
    readDatabase: () => JSON.parse(readDataFile()) as Database,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      if (!options.dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A raw HTTP call, for what ra-data-simple-rest never sends. */
export async function call(
  url: string,
  init: { method?: string; body?: unknown; rawBody?: string; contentType?: string } = {},
): Promise<{ status: number; body: unknown; headers: Headers }> {
  const hasBody = init.body !== undefined || init.rawBody !== undefined;
  const response = await fetch(url, {
    method: init.method ?? 'GET',
    headers: hasBody ? { 'Content-Type': init.contentType ?? 'application/json' } : undefined,
    body: init.rawBody ?? (init.body === undefined ? undefined : JSON.stringify(init.body)),
  });
  const text = await response.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // not JSON: keep the text
  }
  return { status: response.status, body, headers: response.headers };
}
