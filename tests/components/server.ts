/** The network boundary for component tests: MSW answers what the API would, and records what it was asked. */
import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { DASHBOARD_FIGURES, buildPortfolio, dashboardFigure, effectsOf, simulationEvidenceFrom, type DashboardFigure, type DashboardSources } from '@/domain/dashboard';
import { defaultScenario, simulateGeneralization } from '@/domain/simulation';
import { scenarioOf } from '../../mock-api/middlewares/analytics';
import { todayIso } from '@/domain/format';
import { readSession } from '@/providers/session';
import { parseDashboardQuery } from '../../mock-api/dashboardQuery';

export const API = 'http://localhost/api';
/** The API confirms the stored session, as it does for a session it still knows (kept through `resetHandlers`). */
const sessionCheck = http.get(`${API}/auth/me`, () => {
  const session = readSession();
  return session ? HttpResponse.json({ ...session.user, expiresAt: session.expiresAt, csrfToken: session.csrfToken }) : HttpResponse.json({ message: 'Not signed in' }, { status: 401 });
});
export const server = setupServer(sessionCheck);

/** Every list call to `resource` answers `records`; returns the filters the calls sent. */
export function listOf(resource: string, records: object[]) {
  return http.get(`${API}/${resource}`, ({ request }) => {
    const url = new URL(request.url);
    const filter = JSON.parse(url.searchParams.get('filter') ?? '{}') as Record<string, unknown>;
    const ids = filter.id as unknown[] | undefined;
    const page = ids ? records.filter((r) => ids.includes((r as { id: unknown }).id)) : records;
    return HttpResponse.json(page, { headers: { 'Content-Range': `${resource} 0-${Math.max(0, page.length - 1)}/${page.length}` } });
  });
}

/** Serves one record by id for `resource`. */
export function oneOf(resource: string, records: { id: number }[]) {
  return http.get(`${API}/${resource}/:id`, ({ params }) => {
    const record = records.find((r) => r.id === Number(params.id));
    return record ? HttpResponse.json(record) : HttpResponse.json({ message: 'Not found' }, { status: 404 });
  });
}

/** Records the query of every list call to `resource`, for assertions on filters and sort. */
export function recordListQueries(resource: string, records: object[]) {
  const queries: { filter: Record<string, unknown>; sort: unknown; range: unknown }[] = [];
  const handler = http.get(`${API}/${resource}`, ({ request }) => {
    const url = new URL(request.url);
    queries.push({
      filter: JSON.parse(url.searchParams.get('filter') ?? '{}') as Record<string, unknown>,
      sort: JSON.parse(url.searchParams.get('sort') ?? 'null'),
      range: JSON.parse(url.searchParams.get('range') ?? 'null'),
    });
    return HttpResponse.json(records, { headers: { 'Content-Range': `${resource} 0-${Math.max(0, records.length - 1)}/${records.length}` } });
  });
  return { handler, queries };
}

/** Records the bodies of writes; answers with `respond(body)` (by default, the body with an id). */
export function recordWrites(method: 'post' | 'put', path: string, respond?: (body: Record<string, unknown>) => Response) {
  const bodies: Record<string, unknown>[] = [];
  const handler = http[method](`${API}/${path}`, async ({ request, params }) => {
    const body = (await request.json()) as Record<string, unknown>;
    bodies.push(body);
    if (respond) return respond(body);
    const id = params.id ? Number(params.id) : 999;
    return HttpResponse.json({ ...body, id }, { status: method === 'post' ? 201 : 200 });
  });
  return { handler, bodies };
}

/** A 400 as the API sends it, with errors on fields. */
export const invalidResponse = (errors: Record<string, string>) =>
  HttpResponse.json({ message: 'Invalid input: see the fields in error', errors }, { status: 400 });

/**
 * Answers `/api/dashboard/<figure>` as the API would: its own query parser and the domain's
 * functions over `sources`; records each figure's query.
 */
export function dashboardOf(sources: DashboardSources, today = todayIso()) {
  const portfolio = buildPortfolio(sources, today);
  const queries: { figure: string; params: Record<string, unknown> }[] = [];
  const handler = http.get(`${API}/dashboard/:figure`, ({ request, params }) => {
    const url = new URL(request.url);
    const figure = String(params.figure) as DashboardFigure;
    const raw = Object.fromEntries(url.searchParams.entries());
    queries.push({ figure, params: Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, k === 'groupBy' || k === 'rankBy' ? v : (JSON.parse(v) as unknown)])) });
    if (!DASHBOARD_FIGURES.includes(figure)) return HttpResponse.json({ message: 'Not found' }, { status: 404 });
    return HttpResponse.json(dashboardFigure(portfolio, figure, parseDashboardQuery(figure, raw), today));
  });
  return { handler, queries };
}

/**
 * Answers `/api/pilots/<id>/effects` and `/simulation` as the API would, with the domain's
 * functions over `sources`; records the query of each simulation.
 */
export function analyticsOf(sources: DashboardSources, today = todayIso()) {
  const portfolio = buildPortfolio(sources, today);
  const simulations: Record<string, string>[] = [];
  const pilotOf = (id: unknown) => portfolio.pilots.find((p) => p.id === Number(id));
  const notFound = () => HttpResponse.json({ message: 'Not found' }, { status: 404 });
  const handlers = [
    http.get(`${API}/pilots/:id/effects`, ({ params }) => {
      const pilot = pilotOf(params.id);
      return pilot ? HttpResponse.json(effectsOf(portfolio, pilot)) : notFound();
    }),
    http.get(`${API}/pilots/:id/simulation`, ({ request, params }) => {
      const pilot = pilotOf(params.id);
      if (!pilot) return notFound();
      const query = Object.fromEntries(new URL(request.url).searchParams.entries());
      simulations.push(query);
      return HttpResponse.json(simulateGeneralization(simulationEvidenceFrom(portfolio, pilot), scenarioOf(query, defaultScenario(pilot))));
    }),
  ];
  return { handlers, simulations };
}
