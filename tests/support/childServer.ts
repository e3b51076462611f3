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
}

/** Starts `mock-api/index.ts` (or `entry`, e.g. `start.ts` of `npm start`); resolves once it listens, rejects with its output if it exits first. */
export async function startChildApi(dataDir: string, env: Record<string, string | undefined> = {}, entry = 'index.ts'): Promise<ChildApi> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'mock-api', entry)], {
    cwd: root,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, ...(await storeEnv(dataDir)), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening on (http:\/\/[^\s]+)/.exec(output);
      if (match) resolve({ url: `${match[1]}/api`, child, output });
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
