/**
 * A write is acknowledged only once it is durable, and a crash at any moment leaves a store that
 * holds every acknowledged write. The cases about the JSON store's files are skipped on PostgreSQL.
 */
import { appendFileSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Feedback } from '../../src/domain/types';
import { call, DEMO_EMAILS, signIn, startApi } from '../support/apiServer';
import { buildFeedback } from '../support/builders';
import { runChildApi, startChildApi } from '../support/childServer';
import { onPostgres, readStore } from '../support/postgres';

const folders: string[] = [];
const freshFolder = () => {
  const folder = mkdtempSync(path.join(tmpdir(), 'pilot-tracker-durability-'));
  folders.push(folder);
  return folder;
};
afterEach(() => folders.splice(0).forEach((f) => rmSync(f, { recursive: true, force: true })));


describe('durability', () => {
  it('keeps every write across a restart', async () => {
    const dataDir = freshFolder();
    const first = await startApi({ dataDir });
    const created = (await first.call(`/feedback`, { method: 'POST', body: buildFeedback(1, { comment: 'before restart' }) })).body as Feedback;
    await first.call(`/pilots/2`, { method: 'PUT', body: { region: 'Normandie' } });
    await first.call(`/trainings/3`, { method: 'DELETE' });
    await first.close();

    const second = await startApi({ dataDir });
    expect((await second.call(`/feedback/${created.id}`)).body).toEqual(created);
    expect((await second.call(`/pilots/2`)).body).toMatchObject({ region: 'Normandie' });
    expect((await second.call(`/trainings/3`)).status).toBe(404);
    await second.close();
  });

  it('loses none of many concurrent writes', async () => {
    const api = await startApi({ dataDir: freshFolder() });
    const responses = await Promise.all(
      Array.from({ length: 120 }, (_, i) => api.call(`/feedback`, { method: 'POST', body: buildFeedback(1, { comment: `concurrent ${i}` }) })),
    );
    expect(responses.every((r) => r.status === 201)).toBe(true);
    const ids = new Set(responses.map((r) => (r.body as Feedback).id));
    expect(ids.size).toBe(120);
    const stored = (await api.readDatabase()).feedback.filter((f) => f.comment?.startsWith('concurrent '));
    expect(stored).toHaveLength(120);
    await api.close();
  });

  /**
   * Eight writers send feedback to a child server until `killAfter` more writes are acknowledged,
   * then it is killed with SIGKILL: returns the writes it acknowledged and what its folder held
   * at the kill (before any restart tidies it).
   */
  async function burstThenKill(dataDir: string, killAfter: number, env: Record<string, string> = {}) {
    const { url, child } = await startChildApi(dataDir, env);
    const token = await signIn(url, DEMO_EMAILS.admin);
    const exited = new Promise((resolve) => child.once('exit', resolve));
    const acknowledged: Feedback[] = [];
    let stop = false;
    let sent = 0;
    const writer = async (worker: number) => {
      while (!stop) {
        sent += 1;
        const body = buildFeedback(1 + (sent % 5), { comment: `worker ${worker} write ${sent} ${'·'.repeat(200)}` });
        try {
          const response = await call(`${url}/feedback`, { method: 'POST', body, token });
          if (response.status === 201) acknowledged.push(response.body as Feedback);
        } catch {
          return; // the connection died with the server
        }
        if (acknowledged.length >= killAfter && !stop) {
          stop = true;
          child.kill('SIGKILL');
        }
      }
    };
    await Promise.all(Array.from({ length: 8 }, (_, worker) => writer(worker)));
    await exited;
    return { acknowledged, files: readdirSync(dataDir) };
  }

  const missing = async (dataDir: string, acknowledged: Feedback[]) => {
    const stored = new Map((await readStore(dataDir)).feedback.map((f) => [f.id, f]));
    return acknowledged.filter((f) => JSON.stringify(stored.get(f.id)) !== JSON.stringify(f));
  };

  it('holds every acknowledged write after kill -9 in the middle of a burst', async () => {
    const dataDir = freshFolder();
    const acknowledged: Feedback[] = [];
    for (let round = 0; round < 4; round += 1) {
      const burst = await burstThenKill(dataDir, 40 + round * 25);
      acknowledged.push(...burst.acknowledged);
      expect(await missing(dataDir, acknowledged), `round ${round}: acknowledged writes missing from the store`).toEqual([]);
    }
    expect(acknowledged.length).toBeGreaterThanOrEqual(40 + 65 + 90 + 115);
  }, 120_000);

  it.skipIf(onPostgres)('holds every acknowledged write after kill -9 while the snapshot is being rewritten', async () => {
    const dataDir = freshFolder();
    const acknowledged: Feedback[] = [];
    // A journal of 5 kB: db.json (the demo data, ~1 MB) is rewritten every few writes.
    const env = { JOURNAL_COMPACT_MB: String(5 / 1024) };
    let killedDuringRewrite = 0;
    for (let round = 0; round < 8 && killedDuringRewrite < 2; round += 1) {
      const burst = await burstThenKill(dataDir, 30 + round * 7, env);
      acknowledged.push(...burst.acknowledged);
      // A rewrite under way leaves its temporary file, or the journal it replaces beside the new one.
      if (burst.files.some((f) => f.startsWith('db.json.tmp-')) || burst.files.filter((f) => f.startsWith('db.journal.')).length > 1) killedDuringRewrite += 1;
      expect(await missing(dataDir, acknowledged), `round ${round}: acknowledged writes missing from the store`).toEqual([]);
    }
    expect(killedDuringRewrite, 'no kill landed during a rewrite').toBeGreaterThan(0);
    // A restart tidies up: no temporary file, one journal.
    const api = await startApi({ dataDir });
    expect(readdirSync(dataDir).filter((f) => f.startsWith('db.json.tmp-'))).toEqual([]);
    expect(await missing(dataDir, acknowledged)).toEqual([]);
    await api.close();
  }, 180_000);

  it.skipIf(onPostgres)('drops a torn last journal line (a crash during an append), and goes on', async () => {
    const dataDir = freshFolder();
    const first = await startApi({ dataDir });
    const kept = (await first.call('/feedback', { method: 'POST', body: buildFeedback(1, { comment: 'acknowledged' }) })).body as Feedback;
    await first.close();
    const journal = readdirSync(dataDir).find((f) => f.startsWith('db.journal.')) as string;
    const complete = readFileSync(path.join(dataDir, journal), 'utf8');
    // The first bytes of a line that was never acknowledged.
    appendFileSync(path.join(dataDir, journal), '0badc0de {"put":{"feedback":[{"id":999,"comment":"never ackn');

    const second = await startApi({ dataDir });
    expect((await second.call(`/feedback/${kept.id}`)).body).toEqual(kept);
    expect((await second.call('/feedback/999')).status).toBe(404);
    const now = readFileSync(path.join(dataDir, journal), 'utf8');
    expect(now.startsWith(complete)).toBe(true);
    expect(now).not.toContain('never ackn');
    const after = (await second.call('/feedback', { method: 'POST', body: buildFeedback(1, { comment: 'after the crash' }) })).body as Feedback;
    await second.close();
    expect(await missing(dataDir, [kept, after])).toEqual([]);
  });

  it.skipIf(onPostgres)('refuses to start on a damaged journal line that is not the last, and leaves the files as they were', async () => {
    const dataDir = freshFolder();
    const api = await startApi({ dataDir });
    for (const comment of ['one', 'two']) await api.call('/feedback', { method: 'POST', body: buildFeedback(1, { comment }) });
    await api.close();
    const journal = path.join(dataDir, readdirSync(dataDir).find((f) => f.startsWith('db.journal.')) as string);
    const damaged = readFileSync(journal, 'utf8').replace('"one"', '"0ne"');
    writeFileSync(journal, damaged);
    const { code, output } = await runChildApi(dataDir);
    expect(code).toBe(1);
    expect(output).toMatch(/db\.journal\.\d+: line \d+ is damaged/);
    expect(readFileSync(journal, 'utf8')).toBe(damaged);
  }, 30_000);

  it.skipIf(onPostgres)('refuses to start on a corrupt data file, and leaves it as it was', async () => {
    const dataDir = freshFolder();
    const corrupt = '{"pilots": [{"id": 1, "name": "half-writ';
    writeFileSync(path.join(dataDir, 'db.json'), corrupt);
    const { code, output } = await runChildApi(dataDir);
    expect(code).toBe(1);
    expect(output).toMatch(/db\.json is not valid JSON/);
    expect(readFileSync(path.join(dataDir, 'db.json'), 'utf8')).toBe(corrupt);
    expect(readdirSync(dataDir)).toEqual(['db.json']);
  }, 30_000);
});
