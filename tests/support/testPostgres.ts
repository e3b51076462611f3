/**
 * `npm run test:pg [-- vitest arguments]`: runs the API suite against PostgreSQL. Starts a
 * throw-away server, points the suite at it with TEST_DATABASE_URL (each test's data folder then
 * stands for a database of its own: `tests/support/postgres.ts`), then stops it.
 */
import { spawn } from 'node:child_process';
import { startThrowawayPostgres } from '../../mock-api/store/postgres/throwawayServer';

const server = await startThrowawayPostgres({ durable: false });
let status: number;
try {
  console.log(`PostgreSQL ${server.version} on ${server.url}`);
  const vitest = spawn(process.execPath, ['node_modules/vitest/vitest.mjs', 'run', '--project', 'api', ...process.argv.slice(2)], {
    stdio: 'inherit',
    env: { ...process.env, TEST_DATABASE_URL: server.url },
  });
  status = await new Promise<number>((resolve) => vitest.once('exit', (code) => resolve(code ?? 1)));
} finally {
  server.stop();
}
process.exit(status);
