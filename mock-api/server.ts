/**
 * The Pilot Tracker API: json-server's router behind one middleware per concern, serving the
 * ra-data-simple-rest dialect under `/api`, and optionally the built SPA at `/`.
 * Knows nothing of ports, argv or the environment: `index.ts` does.
 */
import path from 'node:path';
import express, { type Application } from 'express';
import jsonServer from 'json-server';
import type { Database } from '../src/domain/types';
import { jsonBody } from './middlewares/jsonBody';
import { resolveResource } from './middlewares/resource';
import { listRecords } from './middlewares/list';
import { validateWrites } from './middlewares/validation';
import { guardDeletes } from './middlewares/deletion';
import { persistWrites, type RenderingRouter } from './middlewares/persistence';
import { errorHandler, notFound } from './middlewares/errors';
import { generateDemoData } from './seed';
import { createFileStore } from './store/fileStore';
import type { Store } from './store/types';

export interface ServerOptions {
  /** Folder of `db.json`; created, with the demo data, when missing. */
  dataDir: string;
  /** Folder of the built SPA, served at `/` when given. */
  staticDir?: string;
  /** Log each request (morgan's `dev` format). */
  logRequests?: boolean;
  log?: (message: string) => void;
  /** Data for a new store; defaults to the demo seed. */
  seed?: () => Database;
  /** Another store than the JSON file in `dataDir`. */
  store?: Store;
  /** Largest accepted request body. */
  bodyLimit?: string;
}

export async function createServer(options: ServerOptions): Promise<Application> {
  const log = options.log ?? ((message: string) => console.error(message));
  const store = options.store ?? createFileStore(options.dataDir, options.seed ?? generateDemoData);
  const data = await store.load();

  // foreignKeySuffix that matches no field: json-server's cascade delete must never run.
  const router = jsonServer.router<Database>(data, { foreignKeySuffix: '\0none' }) as RenderingRouter;
  const getDb = () => router.db.getState();
  let revision = 0;
  router.render = persistWrites(router, store, () => (revision += 1), log);

  const app = jsonServer.create();
  app.disable('x-powered-by');
  app.set('json spaces', 0);
  app.use(
    jsonServer.defaults({
      logger: options.logRequests ?? false,
      static: options.staticDir ?? path.join(options.dataDir, 'no-static-files'),
      bodyParser: false,
    }),
  );

  const api = express.Router();
  api.use(jsonBody(options.bodyLimit ?? '100kb'));
  api.use(resolveResource(getDb));
  api.use(listRecords(getDb, () => revision));
  api.use(validateWrites(getDb));
  api.use(guardDeletes(getDb));
  api.use(router);
  api.use(notFound);
  api.use(errorHandler(log));

  app.use('/api', api);
  app.use(notFound);
  app.use(errorHandler(log));
  return app;
}
