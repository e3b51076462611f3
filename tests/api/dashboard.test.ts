/**
 * The dashboard's figures over HTTP, through the SPA's own data provider: equal to the domain's
 * functions on the data file, readable by every role (and no one signed out), read-only, and
 * strict about their query.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  adoptionOverTime,
  buildPortfolio,
  facetsOf,
  generalizationCandidates,
  headlineFigures,
  readinessMatrix,
  trainingAndFeedback,
} from '@/domain/dashboard';
import { todayIso } from '@/domain/format';
import type { DashboardFilter, Role } from '@/domain/types';
import http from 'node:http';
import { gunzipSync } from 'node:zlib';
import { figureCache } from '../../mock-api/middlewares/dashboard';
import { call, DEMO_EMAILS, signIn, startApi, type TestApi } from '../support/apiServer';
import { buildDecision, buildMeasurement, buildPilot, buildTraining } from '../support/builders';

let api: TestApi;
beforeAll(async () => {
  api = await startApi();
});
afterAll(() => api.close());

const portfolio = async () => buildPortfolio((await api.readDatabase()), todayIso());
const FILTERS: DashboardFilter[] = [{}, { category: 'online-procedure' }, { region: 'Bretagne', from: '2025-01', to: '2026-06' }];

describe('the dashboard figures', () => {
  it.each(FILTERS)('equal the domain functions on the seed (filter %j)', async (filter) => {
    const today = todayIso();
    const provider = api.dataProvider;
    expect(await provider.getHeadline(filter)).toEqual(headlineFigures(await portfolio(), filter, today));
    expect(await provider.getAdoptionOverTime(filter)).toEqual(adoptionOverTime(await portfolio(), filter, today));
    expect(await provider.getAdoptionOverTime(filter, { groupBy: 'category' })).toEqual(adoptionOverTime(await portfolio(), filter, today, { groupBy: 'category' }));
    expect(await provider.getReadinessMatrix(filter)).toEqual(readinessMatrix(await portfolio(), filter));
    expect(await provider.getCandidates(filter, { range: [0, 4] })).toEqual(generalizationCandidates(await portfolio(), filter, { range: [0, 4] }));
    expect(await provider.getTrainingAndFeedback(filter)).toEqual(trainingAndFeedback(await portfolio(), filter, today));
    expect(await provider.getCandidates(filter, { share: 0.5 })).toEqual(generalizationCandidates(await portfolio(), filter, { share: 0.5 }));
    expect(await provider.getAdoptionOverTime(filter, { share: 0.6 })).toEqual(adoptionOverTime(await portfolio(), filter, today, { share: 0.6 }));
  });

  it('give the chosen pilots, in order, for comparing them', async () => {
    const today = todayIso();
    const candidates = await api.dataProvider.getCandidates({}, { ids: [3, 1] });
    expect(candidates.data.map((c) => c.pilot.id)).toEqual([3, 1]);
    expect(await api.dataProvider.getAdoptionOverTime({}, { ids: [3, 1] })).toEqual(adoptionOverTime(await portfolio(), {}, today, { ids: [3, 1] }));
    expect(await api.dataProvider.getDashboardFacets()).toEqual(facetsOf((await api.readDatabase()).pilots));
  });

  it('follow a new decision at once', async () => {
    const before = await api.dataProvider.getCandidates({}, { range: [0, 0] });
    const top = before.data[0].pilot;
    const pending = (await api.dataProvider.getHeadline({})).pilotsByStage.generalized.current ?? 0;
    const executive = await api.as('executive');
    const created = await executive.call('/decisions', { method: 'POST', body: buildDecision(top.id, { decision: 'generalize', rationale: 'Ready: adoption and impact above the gates' }) });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const after = await api.dataProvider.getCandidates({}, { range: [0, 49] });
    expect(after.data.map((c) => c.pilot.id)).not.toContain(top.id);
    expect(after.total).toBe(before.total - 1);
    expect((await api.dataProvider.getHeadline({})).pilotsByStage.generalized.current).toBe(pending + 1);
  });
});

describe('figures already sent', () => {
  it('are computed and compressed once per state of the portfolio', async () => {
    const cache = figureCache();
    const state = { version: 1 };
    let computed = 0;
    const compute = () => {
      computed += 1;
      return { points: Array.from({ length: 500 }, (_, i) => ({ pilotId: i, adoption: i / 500 })) };
    };
    const first = cache(state, '["matrix",{}]', compute);
    const again = cache(state, '["matrix",{}]', compute);
    expect(again).toBe(first);
    expect(computed).toBe(1);
    // The same bytes, not compressed again: the matrix is 520 kB of JSON at 50,000 pilots.
    expect(await again.gzipped()).toBe(await first.gzipped());
    expect(gunzipSync(await first.gzipped()).toString()).toBe(first.text);
    state.version = 2;
    expect(cache(state, '["matrix",{}]', compute)).not.toBe(first);
    expect(computed).toBe(2);
  });

  it('are sent gzipped to a client that accepts it, and plain to one that does not', async () => {
    const token = await signIn(api.url, DEMO_EMAILS.executive);
    const url = `${api.url}/dashboard/matrix`;
    const zipped = await rawGet(url, { Authorization: `Bearer ${token}`, 'Accept-Encoding': 'gzip' });
    expect(zipped.headers['content-encoding']).toBe('gzip');
    const plain = await rawGet(url, { Authorization: `Bearer ${token}`, 'Accept-Encoding': 'identity' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(gunzipSync(zipped.body).toString()).toBe(plain.body.toString());
    expect(JSON.parse(plain.body.toString())).toEqual(readinessMatrix(await portfolio(), {}));
  });
});

/** A GET as sent over the wire, its body not decoded (fetch would gunzip it). */
function rawGet(url: string, headers: Record<string, string>): Promise<{ headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve({ headers: response.headers, body: Buffer.concat(chunks) }));
      })
      .on('error', reject);
  });
}

describe('the dashboard after writes of every kind', () => {
  it('answers as a portfolio built afresh from the stored data: only the pilots touched are indexed again', async () => {
    const admin = await api.as('admin');
    const db = await api.readDatabase();
    const [first, second, third] = db.pilots.filter((p) => db.kpis.some((k) => k.pilotId === p.id && k.kind === 'adoption') && db.feedback.some((f) => f.pilotId === p.id));
    const adoptionKpi = db.kpis.find((k) => k.pilotId === first.id && k.kind === 'adoption')!;
    const figures = async () => {
      const provider = api.dataProvider;
      return Promise.all(
        FILTERS.flatMap((filter) => [
          provider.getHeadline(filter),
          provider.getAdoptionOverTime(filter),
          provider.getAdoptionOverTime(filter, { groupBy: 'region' }),
          provider.getReadinessMatrix(filter),
          provider.getCandidates(filter, { range: [0, 9] }),
          provider.getCandidates(filter, { range: [0, 4], rankBy: 'netBenefit' }),
          provider.getTrainingAndFeedback(filter),
        ]),
      );
    };
    const expected = async () => {
      const [today, fresh] = [todayIso(), await portfolio()];
      return FILTERS.flatMap((filter) => [
        headlineFigures(fresh, filter, today),
        adoptionOverTime(fresh, filter, today),
        adoptionOverTime(fresh, filter, today, { groupBy: 'region' }),
        readinessMatrix(fresh, filter),
        generalizationCandidates(fresh, filter, { range: [0, 9] }),
        generalizationCandidates(fresh, filter, { range: [0, 4], rankBy: 'netBenefit' }),
        trainingAndFeedback(fresh, filter, today),
      ]);
    };
    const before = await figures();
    const feedbackId = db.feedback.find((f) => f.pilotId === second.id)!.id;
    const writes: [string, () => Promise<{ status: number; body: unknown }>][] = [
      ['a measurement', () => admin.call('/measurements', { method: 'POST', body: buildMeasurement(adoptionKpi.id, { date: todayIso(), value: 40_000 }) })],
      ['a training', () => admin.call('/trainings', { method: 'POST', body: buildTraining(second.id, { date: todayIso(), participants: 30, completed: 30 }) })],
      ['feedback removed', () => admin.call(`/feedback/${feedbackId}`, { method: 'DELETE' })],
      ['a pilot moved', () => admin.call(`/pilots/${third.id}`, { method: 'PUT', body: { ...db.pilots.find((p) => p.id === third.id), region: 'Occitanie', category: 'online-procedure' } })],
      ['a new pilot', () => admin.call('/pilots', { method: 'POST', body: buildPilot({ region: 'Bretagne' }) })],
    ];
    for (const [what, write] of writes) {
      const answer = await write();
      expect(answer.status, `${what}: ${JSON.stringify(answer.body)}`).toBeLessThan(300);
      expect(await figures(), what).toEqual(await expected());
    }
    expect(await figures()).not.toEqual(before);
  });
});

describe('who may read them', () => {
  it.each<Role>(['admin', 'manager', 'executive', 'trainer'])('every role reads them: %s', async (role) => {
    const client = await api.as(role);
    for (const figure of ['headline', 'adoption', 'matrix', 'candidates', 'training', 'facets']) {
      expect((await client.call(`/dashboard/${figure}`)).status, figure).toBe(200);
    }
  });

  it('no one signed out, and no one writes them', async () => {
    expect((await call(`${api.url}/dashboard/headline`)).status).toBe(401);
    const before = (await api.readDataFile());
    const post = await api.call('/dashboard/headline', { method: 'POST', body: {} });
    expect(post.status).toBe(405);
    expect(post.headers.get('allow')).toBe('GET');
    expect((await api.readDataFile())).toBe(before);
  });
});

describe('a bad query', () => {
  it.each([
    ['/dashboard/nothing', 404, undefined],
    [`/dashboard/headline?filter=${encodeURIComponent('{"from":"2026-13"}')}`, 400, 'from'],
    [`/dashboard/headline?filter=${encodeURIComponent('{"from":"2026-06","to":"2026-01"}')}`, 400, 'to'],
    [`/dashboard/headline?filter=${encodeURIComponent('{"category":"spaceships"}')}`, 400, 'category'],
    [`/dashboard/headline?filter=${encodeURIComponent('{"owner":2}')}`, 400, 'owner'],
    ['/dashboard/headline?filter=not-json', 400, 'filter'],
    ['/dashboard/headline?groupBy=region', 400, 'groupBy'],
    ['/dashboard/adoption?groupBy=planet', 400, 'groupBy'],
    ['/dashboard/adoption?limit=99', 400, 'limit'],
    [`/dashboard/adoption?ids=${encodeURIComponent('[1,"two"]')}`, 400, 'ids'],
    [`/dashboard/candidates?ids=${encodeURIComponent('[2,2]')}`, 400, 'ids'],
    [`/dashboard/candidates?range=${encodeURIComponent('[0,500]')}`, 400, 'range'],
    [`/dashboard/candidates?stage=${encodeURIComponent('["flying"]')}`, 400, 'stage'],
    ['/dashboard/candidates?share=2', 400, 'share'],
    ['/dashboard/adoption?share=', 400, 'share'],
    ['/dashboard/headline?share=0.5', 400, 'share'],
  ])('%s answers %i naming the parameter', async (path, status, field) => {
    const response = await api.call(path);
    expect(response.status).toBe(status);
    const body = response.body as { message: string; errors?: Record<string, string> };
    expect(body.message).toEqual(expect.any(String));
    if (field) expect(Object.keys(body.errors ?? {})).toContain(field);
  });
});
