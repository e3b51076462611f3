/**
 * Open data: a public Frictionless Data Package of the published pilots, every file valid against
 * its own Table Schema (checked with the Frictionless Data libraries), nothing personal in it.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { validate as validatePackage } from 'datapackage';
import { Table, validate as validateSchema } from 'tableschema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPortfolio } from '@/domain/dashboard';
import { todayIso } from '@/domain/format';
import { openDataTables, rowsCsv, tableCsv } from '@/domain/openData';
import { call, startApi, type TestApi } from '../support/apiServer';
import { buildFeedback, buildMeasurement } from '../support/builders';

interface Descriptor {
  resources: { name: string; path: string; schema: { fields: { name: string; description: string; description_fr: string }[] } }[];
}

let api: TestApi;
let site = '';
let work = '';
beforeAll(async () => {
  api = await startApi();
  site = api.url.replace(/\/api$/, '');
  work = mkdtempSync(path.join(tmpdir(), 'pilot-tracker-open-data-'));
});
afterAll(async () => {
  await api.close();
  rmSync(work, { recursive: true, force: true });
});

const fetchFile = async (file: string) => {
  const response = await fetch(`${site}/open-data/${file}`);
  return { response, text: await response.text() };
};

describe('the open-data package', () => {
  it('is public, cacheable, and answers 304 when unchanged', async () => {
    const { response } = await fetchFile('datapackage.json');
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('public, max-age=300');
    const etag = response.headers.get('etag')!;
    expect(etag).toMatch(/^".+"$/);
    const again = await fetch(`${site}/open-data/datapackage.json`, { headers: { 'If-None-Match': etag } });
    expect(again.status).toBe(304);
    expect((await fetchFile('nothing.csv')).response.status).toBe(404);
  });

  it('is a valid tabular Data Package whose every file validates against its own Table Schema', async () => {
    const descriptor = JSON.parse((await fetchFile('datapackage.json')).text) as Descriptor;
    expect(await validatePackage(descriptor)).toMatchObject({ valid: true });
    expect(descriptor.resources.map((r) => r.path)).toEqual(['pilots.csv', 'kpi-series.csv', 'decisions.csv', 'satisfaction.csv']);
    for (const resource of descriptor.resources) {
      expect(await validateSchema(resource.schema)).toMatchObject({ valid: true });
      for (const field of resource.schema.fields) {
        expect(field.description, `${resource.name}.${field.name}`).toBeTruthy();
        expect(field.description_fr, `${resource.name}.${field.name}`).toBeTruthy();
      }
      const { response, text } = await fetchFile(resource.path);
      expect(response.headers.get('content-type')).toMatch(/^text\/csv; charset=utf-8/);
      const file = path.join(work, resource.path);
      writeFileSync(file, text);
      const rows = await (await Table.load(file, { schema: resource.schema })).read();
      expect(rows.length, resource.path).toBeGreaterThan(0);
    }
  });

  it('holds the published pilots only', async () => {
    const db = (await api.readDatabase());
    const rows = (await fetchFile('pilots.csv')).text.trim().split('\r\n').slice(1);
    expect(rows.map((r) => Number(r.split(',')[0]))).toEqual(db.pilots.filter((p) => p.published).map((p) => p.id).sort((a, b) => a - b));
    const unpublished = db.pilots.find((p) => !p.published)!;
    for (const file of ['pilots.csv', 'kpi-series.csv', 'decisions.csv', 'satisfaction.csv']) {
      expect((await fetchFile(file)).text).not.toMatch(new RegExp(`(^|\\r\\n)${unpublished.id},`));
    }
  });

  it('never names a person: no name, email, comment or account id', async () => {
    const db = (await api.readDatabase());
    const everything = (await Promise.all(['datapackage.json', 'pilots.csv', 'kpi-series.csv', 'decisions.csv', 'satisfaction.csv'].map(async (f) => (await fetchFile(f)).text))).join('\n');
    for (const user of db.users) {
      expect(everything).not.toContain(user.email);
      expect(everything).not.toContain(user.fullName);
    }
    for (const comment of db.feedback.map((f) => f.comment).filter((c): c is string => !!c && c.length > 12)) expect(everything).not.toContain(comment);
    expect(everything).not.toMatch(/ownerId|decidedBy|trainerId|userId|owner_id|decided_by|email/i);
  });

  it('follows a change: a pilot published shows up, with a new ETag', async () => {
    const before = (await fetchFile('pilots.csv')).response.headers.get('etag');
    const hidden = (await api.readDatabase()).pilots.find((p) => !p.published)!;
    expect((await api.call(`/pilots/${hidden.id}`, { method: 'PUT', body: { published: true } })).status).toBe(200);
    const { response, text } = await fetchFile('pilots.csv');
    expect(response.headers.get('etag')).not.toBe(before);
    expect(text).toContain(`\r\n${hidden.id},`);
    expect((await call(`${site}/open-data/pilots.csv`, { token: null })).status).toBe(200);
  });

  it('after writes of every kind, holds what the stored data gives, each published pilot written again only when it changed', async () => {
    const db = await api.readDatabase();
    const shown = db.pilots.find((p) => p.published && db.feedback.some((f) => f.pilotId === p.id))!;
    const kpi = db.kpis.find((k) => k.pilotId === shown.id)!;
    const writes = [
      () => api.call('/measurements', { method: 'POST', body: buildMeasurement(kpi.id, { date: todayIso(), value: kpi.target }) }),
      () => api.call('/feedback', { method: 'POST', body: buildFeedback(shown.id, { stakeholder: 'elected-official', rating: 1, date: todayIso() }) }),
      () => api.call(`/pilots/${shown.id}`, { method: 'PUT', body: { name: `${shown.name}, renamed` } }),
    ];
    for (const write of writes) {
      expect((await write()).status).toBeLessThan(300);
      const fresh = openDataTables(buildPortfolio(await api.readDatabase(), todayIso()));
      for (const table of fresh) expect((await fetchFile(`${table.name}.csv`)).text, table.name).toBe(tableCsv(table, [rowsCsv(table.rows)]));
    }
    expect((await fetchFile('pilots.csv')).text).toContain(`${shown.name}, renamed`);
  });
});
