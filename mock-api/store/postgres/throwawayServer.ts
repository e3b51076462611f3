/**
 * A throw-away PostgreSQL server for tests and benchmarks: `initdb` and `pg_ctl` in a temporary
 * folder (as the `postgres` user when run as root, since PostgreSQL refuses to run as root), on a
 * free local port; `stop` shuts it down and removes the folder. PG_BIN names the server's
 * binaries when `pg_config` is not on the PATH.
 */
import { spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface ThrowawayPostgres {
  /** `postgres://postgres@127.0.0.1:<port>/postgres`. */
  url: string;
  /** The server's major version. */
  version: string;
  stop(): void;
}

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

/**
 * Starts a server. `durable: false` turns fsync off, for tests (what they check is the API's use
 * of PostgreSQL, not PostgreSQL's own durability); benchmarks keep it on.
 */
export async function startThrowawayPostgres({ durable }: { durable: boolean }): Promise<ThrowawayPostgres> {
  const bin = postgresBin();
  const asRoot = process.getuid?.() === 0;
  const folder = mkdtempSync(path.join(tmpdir(), 'pilot-tracker-pg-'));
  const data = path.join(folder, 'data');
  if (asRoot) {
    const id = (flag: string) => Number(spawnSync('id', [flag, 'postgres'], { encoding: 'utf8' }).stdout.trim());
    chownSync(folder, id('-u'), id('-g'));
  }
  const run = (tool: string, args: string[]) => {
    const [command, rest] = asRoot ? ['runuser', ['-u', 'postgres', '--', path.join(bin, tool), ...args]] : [path.join(bin, tool), args];
    const result = spawnSync(command, rest, { encoding: 'utf8' });
    if (result.status !== 0) {
      const log = path.join(folder, 'server.log');
      throw new Error(`${tool} failed: ${result.stderr || result.stdout}${existsSync(log) ? readFileSync(log, 'utf8') : ''}`);
    }
  };
  const stop = () => {
    try {
      if (existsSync(path.join(data, 'postmaster.pid'))) run('pg_ctl', ['-D', data, '-m', 'immediate', 'stop']);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  };
  try {
    const port = await freePort();
    run('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--locale=C.UTF-8', '--no-sync']);
    const relaxed = durable ? '' : ' -c fsync=off -c synchronous_commit=off -c full_page_writes=off';
    const settings = `-p ${port} -k ${folder} -c listen_addresses=127.0.0.1 -c max_connections=200${relaxed}`;
    run('pg_ctl', ['-D', data, '-l', path.join(folder, 'server.log'), '-w', '-o', settings, 'start']);
    return { url: `postgres://postgres@127.0.0.1:${port}/postgres`, version: path.basename(path.dirname(bin)), stop };
  } catch (error) {
    stop();
    throw error;
  }
}
