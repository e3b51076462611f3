/** Runs the API's real entry point in a child process, to kill it like a crash would. */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { storeEnv } from './postgres';

const root = path.resolve(import.meta.dirname, '../..');

export interface ChildApi {
  url: string;
  child: ChildProcess;
  /** What it printed until it listened. */
  output: string;
  /** Started in a process group of its own (`startNpmStart`): stopped with `stopApi`. */
  grouped?: boolean;
}

/** Starts `mock-api/index.ts` (or `entry`) with the TypeScript loader; resolves once it listens, rejects with its output if it exits first. */
export function startChildApi(dataDir: string, env: Record<string, string | undefined> = {}, entry = 'index.ts'): Promise<ChildApi> {
  return startApiProcess(process.execPath, ['--import', 'tsx', path.join(root, 'mock-api', entry)], dataDir, env);
}

/** Runs `npm start` as the README says, in its own process group (npm, its shell and the server), stopped together by `stopApi`. */
export function startNpmStart(dataDir: string, env: Record<string, string | undefined> = {}): Promise<ChildApi> {
  return startApiProcess('npm', ['start'], dataDir, env, true);
}

/** Kills the API's process, and the processes of its group when it has one. */
export function stopApi(api: ChildApi | undefined): void {
  if (!api?.child.pid || api.child.exitCode !== null) return;
  if (api.grouped) process.kill(-api.child.pid, 'SIGKILL');
  else api.child.kill('SIGKILL');
}

async function startApiProcess(command: string, args: string[], dataDir: string, env: Record<string, string | undefined>, grouped = false): Promise<ChildApi> {
  const child = spawn(command, args, {
    cwd: root,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, ...(await storeEnv(dataDir)), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: grouped,
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening on (http:\/\/[^\s]+)/.exec(output);
      if (match) resolve({ url: `${match[1]}/api`, child, output, grouped });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => reject(Object.assign(new Error(`exited with ${code}: ${output}`), { code, output })));
  });
}

/** Runs the entry point to its end, for start-ups that must fail. */
export function runChildApi(dataDir: string, env: Record<string, string> = {}): Promise<{ code: number | null; output: string }> {
  return startChildApi(dataDir, env).then(
    ({ child, output }) => {
      child.kill('SIGKILL');
      return new Promise((resolve) => child.once('exit', () => resolve({ code: 0, output })));
    },
    (error: { code: number | null; output: string }) => ({ code: error.code, output: error.output }),
  );
}
