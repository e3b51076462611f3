/** `npm run dev`: the API on API_PORT (3001) and Vite on PORT (3000), which proxies `/api` to it. */
import path from 'node:path';
import { createServer as createViteServer } from 'vite';
import { listen } from './listen';
import { createServer } from './server';

const root = path.resolve(import.meta.dirname, '..');
const apiPort = Number(process.env.API_PORT ?? 3001);
const app = await createServer({ dataDir: path.resolve(process.env.DATA_DIR ?? 'data'), logRequests: true });
await listen(app, { port: apiPort, host: 'localhost' });
console.log(`API on http://localhost:${apiPort}/api`);

const vite = await createViteServer({ root, configFile: path.join(root, 'vite.config.ts') });
await vite.listen();
vite.printUrls();
