/**
 * CSV imports over HTTP, with the files people have: UTF-8 with or without BOM and Windows-1252,
 * `,` or `;`, French numbers and dates, pilots and KPIs by name; dry run, all or nothing,
 * idempotent, with the roles' rights and the limits.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportReport } from '@/domain/imports';
import type { AuditEntry, Kpi, Measurement, Pilot, Training } from '@/domain/types';
import { startApi, type CallInit, type Client, type TestApi } from '../support/apiServer';
import { buildKpi, buildPilot } from '../support/builders';

let api: TestApi;
let pilot: Pilot;
let time: Kpi;
beforeAll(async () => {
  api = await startApi();
  pilot = (await api.call('/pilots', { method: 'POST', body: buildPilot({ name: 'Permis de pêche en ligne' }) })).body as Pilot;
  time = (await api.call('/kpis', { method: 'POST', body: buildKpi(pilot.id, { name: 'Délai de traitement', kind: 'time', unit: 'days', unitKind: 'duration', direction: 'decrease', baseline: 20, target: 8 }) })).body as Kpi;
});
afterAll(() => api.close());

const csv = (text: string): CallInit => ({ method: 'POST', rawBody: text, contentType: 'text/csv' });
const importAs = async (client: Client, resource: string, init: CallInit, query = '') => {
  const response = await client.call(`/imports/${resource}${query}`, init);
  return { status: response.status, report: response.body as ImportReport & { message?: string } };
};
const measurementsOf = async (kpiId: number) => ((await api.call(`/measurements?filter=${encodeURIComponent(JSON.stringify({ kpiId }))}`)).body as Measurement[]);

describe('a file of measurements', () => {
  it('is checked on a dry run, nothing stored, then imported all at once', async () => {
    const file = csv(`kpiId,date,value,note\n${time.id},2026-01-01,18.5,January\n${time.id},2026-02-01,17,February\n`);
    const before = (await api.readDataFile());
    const dry = await importAs(api, 'measurements', file, '?dryRun=true');
    expect(dry.status).toBe(200);
    expect(dry.report).toMatchObject({ dryRun: true, total: 2, valid: 2, errors: [], create: 2, update: 0, unchanged: 0, encoding: 'utf-8', separator: ',' });
    expect(dry.report.preview.map((p) => p.action)).toEqual(['create', 'create']);
    expect((await api.readDataFile())).toBe(before);

    const real = await importAs(api, 'measurements', file, '?dryRun=false');
    expect(real.report).toMatchObject({ dryRun: false, total: 2, valid: 2, create: 2 });
    expect((await measurementsOf(time.id)).map((m) => [m.date, m.value, m.group, m.pilotId])).toEqual([
      ['2026-01-01', 18.5, 'pilot', pilot.id],
      ['2026-02-01', 17, 'pilot', pilot.id],
    ]);
    const audit = (await api.readDatabase()).audit.slice(-3);
    expect(audit.map((e: AuditEntry) => [e.action, e.resource])).toEqual([['create', 'measurements'], ['create', 'measurements'], ['import', 'measurements']]);
    expect(audit[2].changes).toMatchObject({ rows: { to: 2 }, created: { to: 2 } });
  });

  it('creates nothing new when the same file comes again, and updates when asked', async () => {
    const again = await importAs(api, 'measurements', csv(`kpiId,date,value\n${time.id},2026-01-01,18.5\n${time.id},2026-02-01,17\n`), '?dryRun=false');
    expect(again.report).toMatchObject({ create: 0, update: 0, unchanged: 2 });
    const updated = await importAs(api, 'measurements', csv(`kpiId,date,value\n${time.id},2026-02-01,16.5\n`), '?dryRun=false&update=true');
    expect(updated.report).toMatchObject({ create: 0, update: 1 });
    expect((await measurementsOf(time.id)).find((m) => m.date === '2026-02-01')?.value).toBe(16.5);
  });

  it('reads French Excel: Windows-1252, `;`, `1 234,5`, DD/MM/YYYY, the pilot and KPI by name', async () => {
    const text = 'pilotId;kpiId;date;value;note\r\nPermis de pêche en ligne;Délai de traitement;01/03/2026;12,5;Relevé de mars\r\nPermis de pêche en ligne;délai de traitement;01/04/2026;1 011,25;Relevé d’avril'.replace('’', "'");
    const bytes = new Uint8Array(Buffer.from(text, 'latin1'));
    const { status, report } = await importAs(api, 'measurements', { method: 'POST', bytes, contentType: 'text/csv' }, '?dryRun=false');
    expect(status, JSON.stringify(report.errors)).toBe(200);
    expect(report).toMatchObject({ encoding: 'windows-1252', separator: ';', create: 2 });
    const stored = await measurementsOf(time.id);
    expect(stored.find((m) => m.date === '2026-03-01')).toMatchObject({ value: 12.5, note: 'Relevé de mars' });
    expect(stored.find((m) => m.date === '2026-04-01')?.value).toBe(1011.25);
  });

  it('reads UTF-8 with a BOM, and comparison sites', async () => {
    const { report } = await importAs(api, 'measurements', csv(`\ufeffkpiId;date;value;group\n${time.id};01/03/2026;21;comparison\n`), '?dryRun=false');
    expect(report).toMatchObject({ encoding: 'utf-8', create: 1 });
    expect((await measurementsOf(time.id)).filter((m) => m.group === 'comparison')).toHaveLength(1);
  });

  it('names each bad row by its line, and imports nothing while one is wrong', async () => {
    const file = csv(`kpiId,date,value\n${time.id},2026-05-01,10\n${time.id},2026-06-01,-3\n"${time.id}",2099-01-01,4\n999999,2026-05-01,4\n`);
    const dry = await importAs(api, 'measurements', file, '?dryRun=true');
    expect(dry.report).toMatchObject({ total: 4, valid: 1 });
    expect(dry.report.errors).toEqual([
      { row: 3, field: 'value', message: 'Must be at least 0' },
      { row: 4, field: 'date', message: expect.stringMatching(/not be after today/) },
      { row: 5, field: 'kpiId', message: 'No KPI with id 999999' },
    ]);
    const before = (await api.readDataFile());
    const real = await importAs(api, 'measurements', file, '?dryRun=false');
    expect(real.status).toBe(400);
    expect(real.report.message).toBe('Nothing was imported: 3 row(s) break a rule');
    expect((await api.readDataFile())).toBe(before);
  });

  it('counts lines as the file has them, a quoted note over two lines included', async () => {
    const { report } = await importAs(api, 'measurements', csv(`kpiId,date,value,note\n${time.id},2026-07-01,9,"two\nlines"\n\n${time.id},2026-07-02,abc,\n`), '?dryRun=true');
    expect(report.errors).toEqual([{ row: 5, field: 'value', message: 'Must be a number (not "abc")' }]);
  });

  it('refuses a row that repeats another of the file', async () => {
    const { report } = await importAs(api, 'measurements', csv(`kpiId,date,value\n${time.id},2026-08-01,9\n${time.id},2026-08-01,8\n`), '?dryRun=true');
    expect(report.errors).toEqual([{ row: 3, field: 'kpiId', message: 'Repeats line 2 of the file' }]);
  });

  it('maps columns named otherwise, and refuses unknown ones without a mapping', async () => {
    const file = csv(`Indicateur;Date de mesure;Valeur\n${time.id};01/09/2026;8,5\n`);
    expect((await importAs(api, 'measurements', file, '?dryRun=true')).status).toBe(400);
    const mapping = encodeURIComponent(JSON.stringify({ kpiId: 'Indicateur', date: 'Date de mesure', value: 'Valeur' }));
    const { report } = await importAs(api, 'measurements', file, `?dryRun=true&mapping=${mapping}`);
    expect(report).toMatchObject({ valid: 1, create: 1, columns: ['Indicateur', 'Date de mesure', 'Valeur'] });
    expect(report.preview[0].record).toMatchObject({ kpiId: time.id, date: '2026-09-01', value: 8.5 });
  });
});

describe('who may import what', () => {
  it("refuses a manager's rows for someone else's pilot, and takes their own", async () => {
    const manager = await api.as('manager');
    const db = (await api.readDatabase());
    const theirs = db.kpis.find((k) => db.pilots.find((p) => p.id === k.pilotId)?.ownerId === 2)!;
    const others = db.kpis.find((k) => db.pilots.find((p) => p.id === k.pilotId)?.ownerId !== 2)!;
    const { report } = await importAs(manager, 'measurements', csv(`kpiId,date,value\n${theirs.id},2026-10-15,1\n${others.id},2026-10-15,1\n`), '?dryRun=true');
    expect(report.errors).toEqual([{ row: 3, field: 'kpiId', message: 'A manager may only import into the pilots they own' }]);
    expect(report.create).toBe(1);
  });

  it('refuses an executive, who records no measurements', async () => {
    const executive = await api.as('executive');
    expect((await importAs(executive, 'measurements', csv(`kpiId,date,value\n${time.id},2026-10-15,1\n`))).status).toBe(403);
    expect((await importAs(api, 'measurements', csv('kpiId,date,value\n'), '', )).status).toBe(200);
    expect((await api.call('/imports/measurements', { ...csv('x'), token: null })).status).toBe(401);
  });

  it('records a trainer as the one who gave the sessions they import', async () => {
    const trainer = await api.as('trainer');
    const { report } = await importAs(trainer, 'trainings', csv(`pilotId;title;date;format;durationHours;participants;completed\n${pilot.name};Prise en main;15/09/2026;in-person;3,5;12;11\n`), '?dryRun=false');
    expect(report.create).toBe(1);
    const sessions = (await api.call(`/trainings?filter=${encodeURIComponent(JSON.stringify({ pilotId: pilot.id }))}`)).body as Training[];
    expect(sessions[0]).toMatchObject({ title: 'Prise en main', durationHours: 3.5, trainerId: 4 });
  });

  it('imports pilots with their owner by email, and knows them again by name', async () => {
    const file = csv(`name;category;department;region;ownerId;startDate;endDate;targetUsers;published\nCartes grises en ligne;online-procedure;Transports;Normandie;manager@example.org;01/06/2026;31/05/2027;5000;oui\n`);
    expect((await importAs(api, 'pilots', file, '?dryRun=false')).report.create).toBe(1);
    expect((await importAs(api, 'pilots', file, '?dryRun=false')).report).toMatchObject({ create: 0, unchanged: 1 });
    const pilots = (await api.call(`/pilots?filter=${encodeURIComponent(JSON.stringify({ q: 'Cartes grises' }))}`)).body as Pilot[];
    expect(pilots[0]).toMatchObject({ ownerId: 2, startDate: '2026-06-01', published: true, stage: 'proposed' });
  });
});

describe('limits and templates', () => {
  it('refuses more than 100,000 rows or 20 MB with a 413', async () => {
    const rows = `kpiId,date,value\n${`${time.id},2026-01-01,1\n`.repeat(100_001)}`;
    expect((await importAs(api, 'measurements', csv(rows))).status).toBe(413);
    const big = `kpiId,date,value,note\n${`${time.id},2026-01-01,1,${'x'.repeat(1000)}\n`.repeat(21_000)}`;
    expect((await importAs(api, 'measurements', csv(big))).status).toBe(413);
  });

  it('refuses another content type or resource', async () => {
    expect((await api.call('/imports/measurements', { method: 'POST', body: { kpiId: 1 } })).status).toBe(415);
    expect((await api.call('/imports/decisions', csv('a'))).status).toBe(404);
    expect((await api.call('/imports/measurements?dry=1', csv('kpiId\n'))).status).toBe(400);
  });

  it('offers a template whose example row imports as it is', async () => {
    const template = await fetch(`${api.url}/imports/kpis/template`, { headers: { Authorization: `Bearer ${api.token}` } });
    expect(template.headers.get('content-type')).toMatch(/text\/csv/);
    const bytes = new Uint8Array(await template.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes)).toMatch(/^pilotId;name;kind;unit;unitKind;scaleMax;direction;baseline;target\r\n/);
    await api.call('/pilots', { method: 'POST', body: buildPilot({ name: 'Online fishing permits' }) });
    const { status, report } = await importAs(api, 'kpis', { method: 'POST', bytes, contentType: 'text/csv' }, '?dryRun=true');
    expect(status, JSON.stringify(report.errors)).toBe(200);
    expect(report.create).toBe(1);
  });
});
