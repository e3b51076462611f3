/**
 * The Pilot Tracker API: one middleware per concern over json-server's app and in-memory data,
 * serving the ra-data-simple-rest dialect under `/api`, and optionally the built SPA at `/`.
 * Reads (`serveReads`) and writes (`applyWrites`, then `persistWrites`, the commit) are ours:
 * json-server's router, which scanned whole collections on each write, only holds the data.
 * Knows nothing of ports, argv or the environment: `index.ts` does.
 */
import path from 'node:path';
import express, { type Application, type RequestHandler } from 'express';
import jsonServer from 'json-server';
import type { Database } from '../src/domain/types';
import { createThrottle } from './auth/throttle';
import { coldRecords } from './coldRecords';
import { createData } from './database';
import { takePassword } from './middlewares/accounts';
import { authenticate, authRoutes } from './middlewares/auth';
import { buildOpenApi } from './openapi';
import { serveAnalytics } from './middlewares/analytics';
import { serveDashboard } from './middlewares/dashboard';
import { serveImports } from './middlewares/imports';
import { serveOpenData } from './middlewares/openData';
import { serveTokens } from './middlewares/tokens';
import { guardDeletes } from './middlewares/deletion';
import { honourIdempotencyKeys } from './middlewares/idempotency';
import { errorHandler, notFound } from './middlewares/errors';
import { jsonBody } from './middlewares/jsonBody';
import { authorize } from './middlewares/permissions';
import { commitWrites, recordWrites } from './middlewares/persistence';
import { applyWrites } from './middlewares/writes';
import { measurementSlots } from './measurementSlots';
import { portfolioOf } from './portfolio';
import { readPilotRecords } from './middlewares/pilotRecords';
import { serveReads } from './middlewares/reads';
import { resolveResource } from './middlewares/resource';
import { validateWrites } from './middlewares/validation';
import { generateDemoData } from './seed';
import { createMemoryReader, preferMemory } from './store/memoryReader';
import { createStore } from './store';
import type { ReadableCollection, Store } from './store/types';
import { checkStoredDataQuality, describeDataQuality } from './dataQuality';
import { todayIso } from '../src/domain/format';
import { checkVersions } from './middlewares/versions';
import { corsPolicy, isApiPath, noStore, securityHeaders } from './middlewares/security';
import { serveSpaIndex } from './middlewares/spaIndex';
import { serveBuiltAssets } from './middlewares/assets';
import { upgradeDatabase } from './upgrade';

export interface ServerOptions {
  /** Folder of `db.json`; created from `seed` when missing. */
  dataDir: string;
  /** Folder of the built SPA, served at `/` when given. */
  staticDir?: string;
  /** Log each request (morgan's `dev` format; never bodies or headers). */
  logRequests?: boolean;
  log?: (message: string) => void;
  /** Data for a new store; defaults to the demo seed. */
  seed?: () => Database;
  /** `postgres://…`: the data in PostgreSQL instead of the JSON files of `dataDir`. */
  databaseUrl?: string;
  /** A replica of `databaseUrl` that answers reads (lists, records by id). */
  databaseReadUrl?: string;
  /** Another store than the one `dataDir` or `databaseUrl` names (already made, closed by its maker). */
  store?: Store;
  /** The JSON store's journal size past which its snapshot is rewritten (64 MB by default). */
  compactAfterBytes?: number;
  /** Checks that every commit names all it changed (tests): see `createData`. */
  checkChanges?: boolean;
  /** Largest accepted request body. */
  bodyLimit?: string;
  /** Served over TLS, directly or behind a proxy (`TRUST_PROXY`): HSTS and `Secure` cookies. */
  tls?: boolean;
  /** Trust `X-Forwarded-*` from this many proxies in front (client address, protocol). */
  trustProxy?: number;
  /** Origins allowed to call the API from another site; none by default. */
  corsOrigins?: readonly string[];
  /** How long a session lasts; 8 hours by default. */
  sessionTtlMs?: number;
  /** The API's version, in its OpenAPI description. */
  version?: string;
  /** Failed sign-ins one client address may make in 15 minutes (30 by default), whatever the emails. */
  maxFailedSignInsPerClient?: number;
}

const outsideApi =
  (handler: RequestHandler): RequestHandler =>
  (req, res, next) =>
    isApiPath(req.path) ? next() : handler(req, res, next);

/**
 * Compression for answers that can be long: reads, and an import's report. The answer to any
 * other write is one record or an error, mostly under compression's 1 kB threshold, and is not
 * wrapped for it (a cost on every measurement recorded).
 */
const mayBeLong =
  (compress: RequestHandler): RequestHandler =>
  (req, res, next) =>
    req.method === 'GET' || req.method === 'HEAD' || req.path.startsWith('/api/imports') ? compress(req, res, next) : next();

export async function createServer(options: ServerOptions): Promise<Application> {
  const log = options.log ?? ((message: string) => console.error(message));
  const file = options.store ?? createStore({ ...options, seed: options.seed ?? generateDemoData, log });
  const store: Store = { ...file, location: file.location, reader: file.reader, load: async () => upgradeDatabase(await file.load()), commit: (changes, state) => file.commit(changes, state) };
  const loaded = await store.load();

  // The data's holder; its routes are not mounted (a foreignKeySuffix that matches no field, should they ever be).
  const router = jsonServer.router<Database>(loaded, { foreignKeySuffix: '\0none' });
  const data = createData(router, store, log, { checkChanges: options.checkChanges });
  // The records the store keeps to itself (PostgreSQL: measurements, trainings, feedback, decisions), their keys read now.
  const cold = store.cold ? await coldRecords(data, store.cold) : undefined;
  for (const line of describeDataQuality(await checkStoredDataQuality(loaded, todayIso(), cold))) log(line);
  const portfolio = portfolioOf(data, cold);
  // Indexed now rather than at the first figure asked for: at 50,000 pilots it takes seconds.
  await portfolio();
  // Writes find their record in the live data. Reads too, of what the server holds whole (pilots,
  // KPIs, accounts: a sorted page a slice of an order kept from commit to commit); of the rest, the
  // store answers when it can (SQL).
  const live = createMemoryReader(data, cold);
  const heldWhole = (collection: ReadableCollection) => !cold?.holds(collection) && !(collection === 'audit' && store.recentAuditOnly);
  const reader = store.reader ? preferMemory(store.reader, live, heldWhole) : live;

  const app = jsonServer.create();
  app.disable('x-powered-by');
  app.set('json spaces', 0);
  if (options.trustProxy) app.set('trust proxy', options.trustProxy);
  app.use(securityHeaders(options));
  app.use('/open-data', serveOpenData(portfolio));
  app.use(serveSpaIndex(options.staticDir));
  app.use(serveBuiltAssets(options.staticDir));
  const defaults = jsonServer.defaults({
    logger: options.logRequests ?? false,
    static: options.staticDir ?? path.join(options.dataDir, 'no-static-files'),
    bodyParser: false,
    noCors: true,
  });
  // The built files are never under /api: not looked for there (a file-system call per API request).
  app.use(defaults.map((handler) => (handler.name === 'serveStatic' ? outsideApi(handler) : handler.name === 'compression' ? mayBeLong(handler) : handler)));

  const api = express.Router();
  api.use(noStore);
  api.use(corsPolicy(options));
  api.use(jsonBody(options.bodyLimit ?? '100kb'));
  const description = buildOpenApi(options.version ?? '0.1.0');
  api.get('/openapi.json', (_req, res) => {
    res.setHeader('Cache-Control', 'public, max-age=300');
    res.json(description);
  });
  api.use(authRoutes(data, { email: createThrottle(10), client: createThrottle(options.maxFailedSignInsPerClient ?? 30) }, options.sessionTtlMs ?? 8 * 3_600_000, options.tls ?? false));
  api.use(authenticate(data));
  api.use('/dashboard', serveDashboard(portfolio));
  api.use('/pilots', serveAnalytics(portfolio));
  api.use('/imports', serveImports(data, cold));
  api.use('/tokens', serveTokens(data));
  api.use(resolveResource(reader, live));
  api.use(authorize(data));
  api.use(honourIdempotencyKeys(data));
  api.use(serveReads(reader, portfolio));
  api.use(checkVersions);
  api.use(takePassword);
  api.use(readPilotRecords(data, cold));
  api.use(validateWrites(data, cold?.holds('measurements') ? undefined : measurementSlots(data), cold));
  api.use(guardDeletes(data, cold));
  api.use(applyWrites(data, cold));
  api.use(recordWrites(data));
  api.use(commitWrites(data));
  api.use(notFound);
  api.use(errorHandler(log));

  app.use('/api', api);
  app.use(notFound);
  app.use(errorHandler(log));
  return app;
}
