/**
 * Starts the API (and the built SPA when `STATIC_DIR` is set) from the environment:
 * PORT (3000), HOST (localhost), DATA_DIR (./data), DATABASE_URL (none: `postgres://…` keeps the data
 * in PostgreSQL instead of DATA_DIR), DATABASE_READ_URL (none: a replica that answers reads), STATIC_DIR (none), LOG_REQUESTS (1 to log),
 * SESSION_TTL_HOURS (8), TRUST_PROXY (proxies in front, behind TLS), HTTPS (1 when served over TLS
 * directly), CORS_ORIGINS (comma-separated origins allowed), JOURNAL_COMPACT_MB (64: the journal size
 * past which `db.json` is rewritten), HEAP_GROWTH_PERCENT (25: see below). With NODE_ENV=production a new data folder starts empty, without the
 * demo data and its accounts.
 */
import path from 'node:path';
import v8 from 'node:v8';
import { listen } from './listen';
import { createServer } from './server';
import { emptyDatabase, generateDemoData } from './seed';
import { StoreError } from './store/types';
import { describeUrl } from './store/postgres/postgresStore';

const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? 'localhost';
const dataDir = path.resolve(process.env.DATA_DIR ?? 'data');
const databaseUrl = process.env.DATABASE_URL || undefined;
const databaseReadUrl = process.env.DATABASE_READ_URL || undefined;
const staticDir = process.env.STATIC_DIR ? path.resolve(process.env.STATIC_DIR) : undefined;
const production = process.env.NODE_ENV === 'production';
const sessionHours = Number(process.env.SESSION_TTL_HOURS ?? 8);
const trustProxy = Number(process.env.TRUST_PROXY ?? 0);
const compactMb = Number(process.env.JOURNAL_COMPACT_MB ?? 64);
const corsOrigins = (process.env.CORS_ORIGINS ?? '').split(',').map((o) => o.trim()).filter(Boolean);

// A busy server's heap is let grow to several times its live data before V8 collects it: at 50,000
// pilots, 470 MB for 150 MB live. Held to this much past it (0: V8's choice), for a little more
// collecting; read by V8 at each collection, so set before the data is loaded.
const heapGrowth = Number(process.env.HEAP_GROWTH_PERCENT ?? 25);
if (Number.isInteger(heapGrowth) && heapGrowth > 0) v8.setFlagsFromString(`--heap-growing-percent=${heapGrowth}`);

let seeded = false;
const seed = () => {
  seeded = true;
  return production ? emptyDatabase() : generateDemoData();
};

try {
  const app = await createServer({
    dataDir,
    databaseUrl,
    databaseReadUrl,
    staticDir,
    seed,
    logRequests: process.env.LOG_REQUESTS === '1',
    trustProxy: Number.isInteger(trustProxy) && trustProxy > 0 ? trustProxy : undefined,
    tls: process.env.HTTPS === '1' || trustProxy > 0,
    corsOrigins,
    compactAfterBytes: Number.isFinite(compactMb) && compactMb > 0 ? compactMb * 1024 * 1024 : undefined,
    sessionTtlMs: Number.isFinite(sessionHours) && sessionHours > 0 ? sessionHours * 3_600_000 : undefined,
  });
  if (seeded && production) {
    console.log(
      `New, empty ${databaseUrl ? 'database' : `data folder ${dataDir}`}: there is no account yet. Create the first administrator with\n` +
        `  ${databaseUrl ? 'DATABASE_URL=…' : `DATA_DIR=${dataDir}`} npm run create-admin -- --email you@example.org --name "Your Name"\n` +
        `(it asks for the password), then restart.`,
    );
  } else if (seeded) {
    console.log(`New ${databaseUrl ? 'database' : 'data folder'}: created the demo data. Demo accounts: admin@, manager@, executive@ and trainer@example.org, password "demo-password".`);
  }
  // The load's garbage collected now, not under the first requests (with `--expose-gc`, as mock-api/launch.sh runs the server).
  (globalThis as { gc?: () => void }).gc?.();
  const server = await listen(app, { port, host });
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  console.log(`Pilot Tracker listening on http://${host}:${actualPort} (data: ${databaseUrl ? describeUrl(databaseUrl) : path.join(dataDir, 'db.json')})`);
  const stop = () => server.close(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} catch (error) {
  if (error instanceof StoreError) {
    console.error(`Cannot start: ${error.message}`);
    process.exit(1);
  }
  throw error;
}
