/**
 * Starts the API (and the built SPA when `STATIC_DIR` is set) from the environment:
 * PORT (3000), HOST (localhost), DATA_DIR (./data), STATIC_DIR (none), LOG_REQUESTS (1 to log).
 */
import path from 'node:path';
import { createServer } from './server';
import { StoreError } from './store/types';

const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? 'localhost';
const dataDir = path.resolve(process.env.DATA_DIR ?? 'data');
const staticDir = process.env.STATIC_DIR ? path.resolve(process.env.STATIC_DIR) : undefined;

try {
  const app = await createServer({ dataDir, staticDir, logRequests: process.env.LOG_REQUESTS === '1' });
  const server = app.listen(port, host, () => {
    const address = server.address();
    const actualPort = typeof address === 'object' && address ? address.port : port;
    console.log(`Pilot Tracker listening on http://${host}:${actualPort} (data: ${path.join(dataDir, 'db.json')})`);
  });
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
