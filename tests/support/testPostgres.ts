/**
 * `npm run test:pg [-- vitest arguments]`: runs the API suite against PostgreSQL. Starts a
 * throw-away server (`initdb` and `pg_ctl` in a temporary folder, as the `postgres` user when run
 * as root), points the suite at it with TEST_DATABASE_URL, then stops it and removes the folder.
 * PG_BIN names the server's binaries when `pg_config` is not on the PATH.
 */
import { spawn, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

function postgresBin(): string {
  if (process.env.PG_BIN) return process.env.PG_BIN;
  const config = spawnSync('pg_config', ['--bindir'], { encoding: 'utf8' });
  if (config.status === 0 && existsSync(path.join(config.stdout.trim(), 'initdb'))) return config.stdout.trim();
  const debian = '/usr/lib/postgresql';
  const versions = existsSync(debian) ? readdirSync(debian).filter((v) => existsSync(path.join(debian, v, 'bin', 'initdb'))) : [];
  versions.sort((a, b) => Number(b) - Number(a));
  if (!versions.length) throw new Error('No PostgreSQL server found: install it (Debian: apt-get install postgresql) or set PG_BIN');
  return path.join(debian, versions[0], 'bin');
}

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

const bin = postgresBin();
const asRoot = process.getuid?.() === 0;
const folder = mkdtempSync(path.join(tmpdir(), 'pilot-tracker-pg-'));
const data = path.join(folder, 'data');
if (asRoot) {
  const uid = Number(spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).stdout.trim());
  const gid = Number(spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).stdout.trim());
  chownSync(folder, uid, gid);
}
/** Runs a server binary, as `postgres` when we are root (PostgreSQL refuses to run as root). */
const runServerTool = (tool: string, args: string[]) => {
  const [command, rest] = asRoot ? ['runuser', ['-u', 'postgres', '--', path.join(bin, tool), ...args]] : [path.join(bin, tool), args];
  const result = spawnSync(command, rest, { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${tool} failed: ${result.stderr || result.stdout}`);
};

const port = await freePort();
let status = 1;
try {
  runServerTool('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--locale=C.UTF-8', '--no-sync']);
  // A throw-away server: no fsync (what is tested is the API's use of PostgreSQL, not PostgreSQL's durability).
  const settings = `-p ${port} -k ${folder} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200`;
  runServerTool('pg_ctl', ['-D', data, '-l', path.join(folder, 'server.log'), '-w', '-o', settings, 'start']);
  const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
  console.log(`PostgreSQL (${path.basename(path.dirname(bin))}) on ${url}`);
  const vitest = spawn(process.execPath, ['node_modules/vitest/vitest.mjs', 'run', '--project', 'api', ...process.argv.slice(2)], {
    stdio: 'inherit',
    env: { ...process.env, TEST_DATABASE_URL: url },
  });
  status = await new Promise<number>((resolve) => vitest.once('exit', (code) => resolve(code ?? 1)));
} catch (error) {
  console.error(String(error));
  const log = path.join(folder, 'server.log');
  if (existsSync(log)) console.error(readFileSync(log, 'utf8'));
} finally {
  try {
    if (existsSync(path.join(data, 'postmaster.pid'))) runServerTool('pg_ctl', ['-D', data, '-m', 'immediate', 'stop']);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
process.exit(status);
