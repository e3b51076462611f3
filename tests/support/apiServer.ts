/** Starts the real API in-process on a fresh temporary data folder, for API tests. */
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fetchUtils } from 'react-admin';
import { listen } from '../../mock-api/listen';
import { createServer, type ServerOptions } from '../../mock-api/server';
import { readStoredData, storedText } from '../../mock-api/store/fileStore';
import { createPostgresStore, readDatabase } from '../../mock-api/store/postgres/postgresStore';
import { generateDemoData } from '../../mock-api/seed';
import { databaseFor, onPostgres } from './postgres';
import { createDataProvider, type PilotTrackerDataProvider } from '../../src/providers/dataProvider';
import { checkAgainstOpenApi } from './openApiCheck';
import type { Database, Role } from '../../src/domain/types';

export const DEMO_PASSWORD = 'demo-password';
export const DEMO_EMAILS: Record<Role, string> = {
  admin: 'admin@example.org',
  manager: 'manager@example.org',
  executive: 'executive@example.org',
  trainer: 'trainer@example.org',
};

export interface CallInit {
  method?: string;
  body?: unknown;
  rawBody?: string;
  /** A body sent byte for byte (a file in another encoding than UTF-8). */
  bytes?: Uint8Array<ArrayBuffer>;
  contentType?: string;
  /** Bearer token; none when null. */
  token?: string | null;
  headers?: Record<string, string>;
}
export interface CallResult {
  status: number;
  body: unknown;
  headers: Headers;
}

/** A raw HTTP call, for what ra-data-simple-rest never sends. */
export async function call(url: string, init: CallInit = {}): Promise<CallResult> {
  const hasBody = init.body !== undefined || init.rawBody !== undefined || init.bytes !== undefined;
  const headers: Record<string, string> = { ...init.headers };
  if (hasBody) headers['Content-Type'] = init.contentType ?? 'application/json';
  if (init.token) headers.Authorization = `Bearer ${init.token}`;
  const response = await fetch(url, {
    method: init.method ?? 'GET',
    headers,
    body: init.bytes ?? init.rawBody ?? (init.body === undefined ? undefined : JSON.stringify(init.body)),
  });
  const text = await response.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // not JSON: keep the text
  }
  await checkAgainstOpenApi(init.method ?? 'GET', url, response.status, response.headers.get('content-type'), body);
  return { status: response.status, body, headers: response.headers };
}

/** Signs in over HTTP; throws unless it works. */
export async function signIn(apiUrl: string, email: string, password = DEMO_PASSWORD): Promise<string> {
  const response = await call(`${apiUrl}/auth/login`, { method: 'POST', body: { email, password } });
  if (response.status !== 200) throw new Error(`Sign-in of ${email} failed: ${response.status} ${JSON.stringify(response.body)}`);
  return (response.body as { token: string }).token;
}

/** A signed-in client: raw calls relative to `/api`, and the SPA's data provider with the token. */
export interface Client {
  token: string;
  call(pathname: string, init?: CallInit): Promise<CallResult>;
  dataProvider: PilotTrackerDataProvider;
}

export function clientFor(apiUrl: string, token: string): Client {
  const httpClient = async (url: string, options: fetchUtils.Options = {}) => {
    const method = options.method ?? 'GET';
    try {
      const result = await fetchUtils.fetchJson(url, { ...options, user: { authenticated: true, token: `Bearer ${token}` } });
      await checkAgainstOpenApi(method, url, result.status, result.headers.get('content-type'), result.json);
      return result;
    } catch (error) {
      const { status, body } = error as { status?: number; body?: unknown };
      if (typeof status === 'number') await checkAgainstOpenApi(method, url, status, 'application/json', body);
      throw error;
    }
  };
  return {
    token,
    call: (pathname, init = {}) => call(`${apiUrl}${pathname}`, { token, ...init }),
    dataProvider: createDataProvider(apiUrl, httpClient),
  };
}

export interface TestApi extends Client {
  /** Base URL of the API, ending in `/api`. */
  url: string;
  dataDir: string;
  /** Signs in with a demo account (cached per role). */
  as(role: Role): Promise<Client>;
  /** What the store holds now (the JSON store's snapshot and journal; PostgreSQL's tables), as text. */
  readDataFile(): Promise<string>;
  /** What the store holds now, read as at a restart. */
  readDatabase(): Promise<Database>;
  close(): Promise<void>;
}

/** Starts the API; the returned object is signed in as the demo administrator, or as `admin`. */
export async function startApi(
  options: Partial<ServerOptions> & { requestTimeoutMs?: number } = {},
  admin: { email: string; password: string } = { email: DEMO_EMAILS.admin, password: DEMO_PASSWORD },
): Promise<TestApi> {
  const dataDir = options.dataDir ?? mkdtempSync(path.join(tmpdir(), 'pilot-tracker-test-'));
  const { requestTimeoutMs, ...serverOptions } = options;
  const log = serverOptions.log ?? (process.env.API_LOG ? (m: string) => console.error('API', m) : () => undefined);
  // Under `npm run test:pg`, the data folder stands for a database of the throw-away server.
  const postgres = onPostgres && !serverOptions.store ? createPostgresStore(await databaseFor(dataDir), serverOptions.seed ?? generateDemoData, { log }) : undefined;
  // Every commit is checked to name all it changed (a change left out would be lost at restart).
  const app = await createServer({ checkChanges: true, ...serverOptions, log, store: serverOptions.store ?? postgres, dataDir });
  const server = await listen(app, { port: 0, host: '127.0.0.1', requestTimeoutMs });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api`;
  const readDatabaseNow = postgres ? () => readDatabase(postgres.pool) : async () => readStoredData(dataDir);
  const readDataFile = postgres ? async () => JSON.stringify(await readDatabase(postgres.pool)) : async () => storedText(dataDir);
  const clients = new Map<Role, Client>();
  const as = async (role: Role) => {
    if (!clients.has(role)) clients.set(role, clientFor(url, await signIn(url, DEMO_EMAILS[role])));
    return clients.get(role)!;
  };
  const adminClient = clientFor(url, await signIn(url, admin.email, admin.password));
  clients.set('admin', adminClient);
  return {
    ...adminClient,
    url,
    dataDir,
    as,
    readDataFile,
    readDatabase: readDatabaseNow,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await postgres?.close?.();
      if (!options.dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
