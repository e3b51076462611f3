/**
 * `npm run create-admin -- --email ADDRESS --name "Full Name"`: adds an administrator account to
 * DATA_DIR/db.json (or to the PostgreSQL database of DATABASE_URL), asking for the password (twice). Run it while the server is stopped.
 */
import path from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { checkFields, describeProblems } from '../src/domain/validation';
import { SCHEMAS } from '../src/domain/schema';
import { appendAudit } from './audit';
import { hashPassword, passwordProblem } from './auth/passwords';
import { emptyDatabase } from './seed';
import { changeTracker } from './store/changes';
import { createStore } from './store';

const { values } = parseArgs({ options: { email: { type: 'string' }, name: { type: 'string' } } });
const fail = (message: string): never => {
  console.error(message);
  process.exit(2);
};

/** Reads answers line by line; on a terminal, without echoing them. */
async function askPasswords(): Promise<[string, string]> {
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: process.stdin.isTTY });
  const lines = rl[Symbol.asyncIterator]();
  const ask = async (question: string) => {
    process.stdout.write(question);
    const muted = rl as unknown as { _writeToOutput?: (text: string) => void };
    if (process.stdin.isTTY) muted._writeToOutput = () => undefined;
    const { value } = await lines.next();
    if (process.stdin.isTTY) process.stdout.write('\n');
    return typeof value === 'string' ? value : '';
  };
  const first = await ask('Password: ');
  const second = await ask('Password again: ');
  rl.close();
  return [first, second];
}

const email = values.email ?? fail('Usage: npm run create-admin -- --email ADDRESS --name "Full Name"');
const fullName = values.name ?? email.split('@')[0];
const { problems, record } = checkFields(SCHEMAS.users, { email, fullName, role: 'admin', active: true });
if (Object.keys(problems).length) fail(Object.entries(describeProblems(problems)).map(([field, reason]) => `${field}: ${reason}`).join('\n'));

const dataDir = path.resolve(process.env.DATA_DIR ?? 'data');
const store = createStore({ dataDir, databaseUrl: process.env.DATABASE_URL || undefined, seed: emptyDatabase });
const db = await store.load();
const changes = changeTracker(db);
if (db.users.some((u) => u.email.toLowerCase() === email.trim().toLowerCase())) fail(`An account with the email ${email} already exists.`);

const [password, again] = await askPasswords();
const problem = passwordProblem(password);
if (problem) fail(`Password: ${problem}`);
if (password !== again) fail('The two passwords differ.');

const id = db._sequences.users;
db._sequences.users += 1;
db.users.push({ id, email: String(record.email), fullName: String(record.fullName), role: 'admin', active: true, version: 1 });
db.credentials.push({ id: db._sequences.credentials, userId: id, passwordHash: await hashPassword(password) });
db._sequences.credentials += 1;
appendAudit(db, { userId: null, action: 'create', resource: 'users', recordId: id });
await store.commit(changes.collect(), db);
await store.close?.();
console.log(`Created administrator ${record.email} (id ${id}) in ${store.location}.`);
