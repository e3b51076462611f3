/**
 * A write is acknowledged only once it is on disk, and a crash at any moment leaves a valid file
 * that holds every acknowledged write.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Database, Feedback } from '../../src/domain/types';
import { call, DEMO_EMAILS, signIn, startApi } from '../support/apiServer';
import { buildFeedback } from '../support/builders';
import { runChildApi, startChildApi } from '../support/childServer';

const folders: string[] = [];
const freshFolder = () => {
  const folder = mkdtempSync(path.join(tmpdir(), 'pilot-tracker-durability-'));
  folders.push(folder);
  return folder;
};
afterEach(() => folders.splice(0).forEach((f) => rmSync(f, { recursive: true, force: true })));

const readDatabase = (folder: string) => JSON.parse(readFileSync(path.join(folder, 'db.json'), 'utf8')) as Database;

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
    const stored = api.readDatabase().feedback.filter((f) => f.comment?.startsWith('concurrent '));
    expect(stored).toHaveLength(120);
    await api.close();
  });

  it('holds every acknowledged write after kill -9 in the middle of a burst', async () => {
    const dataDir = freshFolder();
    const acknowledged: Feedback[] = [];
    for (let round = 0; round < 4; round += 1) {
      const { url, child } = await startChildApi(dataDir);
      const token = await signIn(url, DEMO_EMAILS.admin);
      const exited = new Promise((resolve) => child.once('exit', resolve));
      const killAfter = 40 + round * 25;
      let stop = false;
      let sent = 0;
      const writer = async (worker: number) => {
        while (!stop) {
          sent += 1;
          const body = buildFeedback(1 + (sent % 5), { comment: `round ${round} worker ${worker} write ${sent}` });
          try {
            const response = await call(`${url}/feedback`, { method: 'POST', body, token });
            if (response.status === 201) acknowledged.push(response.body as Feedback);
          } catch {
            return; // the connection died with the server
          }
          if (acknowledged.length >= killAfter * (round + 1) && !stop) {
            stop = true;
            child.kill('SIGKILL');
          }
        }
      };
      await Promise.all(Array.from({ length: 8 }, (_, worker) => writer(worker)));
      await exited;

      const stored = new Map(readDatabase(dataDir).feedback.map((f) => [f.id, f]));
      const lost = acknowledged.filter((f) => JSON.stringify(stored.get(f.id)) !== JSON.stringify(f));
      expect(lost, `round ${round}: acknowledged writes missing from the file`).toEqual([]);
    }
    expect(acknowledged.length).toBeGreaterThanOrEqual(40 + 65 + 90 + 115);
  }, 120_000);

  it('refuses to start on a corrupt data file, and leaves it as it was', async () => {
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
