import simpleRestProvider from 'ra-data-simple-rest';
import { HttpError, fetchUtils, type DataProvider } from 'react-admin';
import type { KpiEffect } from '@/domain/comparison';
import type { AdoptionOptions, CandidateOptions } from '@/domain/dashboard';
import type { ImportReport, ImportableResource } from '@/domain/imports';
import type { Scenario, Simulation } from '@/domain/simulation';
import type { AdoptionOverTime, CandidatesPage, DashboardFacets, DashboardFilter, HeadlineFigures, ReadinessMatrix, TrainingAndFeedback } from '@/domain/types';
import { isUnreachable, reporting } from './connectivity';
import { isOfflineResource, newKey, outbox, type OfflineResource, type OutboxEntry } from './outbox';
import { readSession, withCsrf } from './session';

export type HttpClient = typeof fetchUtils.fetchJson;

/** Calls the API with the session cookie, and the CSRF token on writes. */
const sessionHttpClient: HttpClient = (url, options = {}) => fetchUtils.fetchJson(url, { ...options, ...withCsrf(options as RequestInit) });

/** The executive dashboard's figures, computed by the API (`GET /api/dashboard/<figure>`). */
export interface DashboardMethods {
  getHeadline(filter: DashboardFilter): Promise<HeadlineFigures>;
  getAdoptionOverTime(filter: DashboardFilter, options?: AdoptionOptions): Promise<AdoptionOverTime>;
  getReadinessMatrix(filter: DashboardFilter): Promise<ReadinessMatrix>;
  getCandidates(filter: DashboardFilter, options?: CandidateOptions): Promise<CandidatesPage>;
  getTrainingAndFeedback(filter: DashboardFilter): Promise<TrainingAndFeedback>;
  getDashboardFacets(): Promise<DashboardFacets>;
}

/** A pilot's decision analytics (`GET /api/pilots/<id>/effects` and `/simulation`). */
export interface AnalyticsMethods {
  /** The pilot's effect on each KPI its comparison sites measure (difference in differences). */
  getPilotEffects(pilotId: number): Promise<KpiEffect[]>;
  /** What generalizing the pilot would save under `scenario` (the pilot's default where a field is absent). */
  simulateGeneralization(pilotId: number, scenario?: Partial<Scenario>): Promise<Simulation>;
}

/** CSV imports (`POST /api/imports/<resource>`). */
export interface ImportMethods {
  /**
   * Sends a CSV file for a dry run (the default) or the import itself. A refused import (400)
   * rejects with an HttpError whose `body` is the report, its errors row by row.
   */
  importCsv(resource: ImportableResource, file: Blob, options?: { dryRun?: boolean; update?: boolean; mapping?: Record<string, string> }): Promise<ImportReport>;
}

/** The public open-data files (`/open-data/`), read without signing in. */
export interface OpenDataMethods {
  getOpenData(): Promise<{ pilots: Record<string, string>[]; series: Record<string, string>[]; decisions: Record<string, string>[] }>;
  /** The API's OpenAPI description (`GET /api/openapi.json`, public). */
  getOpenApi(): Promise<OpenApiDocument>;
}

/** The parts of an OpenAPI description the reference page shows. */
export interface OpenApiDocument {
  info: { title: string; version: string; description?: string };
  paths: Record<string, Record<string, { tags?: string[]; summary?: string; operationId?: string; parameters?: ({ name?: string; in?: string; required?: boolean; $ref?: string; description?: string })[]; requestBody?: { content: Record<string, unknown> }; responses: Record<string, { description: string }> }>>;
}

/** Records kept on the device while the API cannot be reached, and sent when it can (`outbox.ts`). */
export interface OutboxMethods {
  /** Sends the signed-in person's waiting records, each once; says how many went and how many were refused. */
  sendOutbox(): Promise<{ sent: OfflineResource[]; refused: number }>;
  /** Whether the API answers (any answer), which also updates the connectivity state. */
  ping(): Promise<boolean>;
}

export type PilotTrackerDataProvider = DataProvider & DashboardMethods & AnalyticsMethods & ImportMethods & OpenDataMethods & OutboxMethods;

/** The id a record kept on the device has until it is sent. */
export const PENDING_ID_PREFIX = 'pending:';
export const isPendingRecord = (record: { id?: unknown } | undefined) => typeof record?.id === 'string' && record.id.startsWith(PENDING_ID_PREFIX);

/** Query parameters: objects and arrays as JSON, the rest as text; undefined ones left out. */
function queryString(params: Record<string, unknown>): string {
  const entries = Object.entries(params).filter(([, value]) => value !== undefined);
  return new URLSearchParams(entries.map(([key, value]) => [key, typeof value === 'object' ? JSON.stringify(value) : String(value)])).toString();
}

function dashboardMethods(apiUrl: string, httpClient: HttpClient): DashboardMethods {
  const get = async <T,>(figure: string, params: Record<string, unknown> = {}) => {
    const query = queryString(params);
    return (await httpClient(`${apiUrl}/dashboard/${figure}${query ? `?${query}` : ''}`)).json as T;
  };
  return {
    getHeadline: (filter) => get('headline', { filter }),
    getAdoptionOverTime: (filter, options = {}) => get('adoption', { filter, groupBy: options.groupBy, ids: options.ids, limit: options.limit, share: options.share }),
    getReadinessMatrix: (filter) => get('matrix', { filter }),
    getCandidates: (filter, options = {}) =>
      get('candidates', { filter, ids: options.ids, stage: options.stages, range: options.range, share: options.share, rankBy: options.rankBy }),
    getTrainingAndFeedback: (filter) => get('training', { filter }),
    getDashboardFacets: () => get('facets'),
  };
}

function analyticsMethods(apiUrl: string, httpClient: HttpClient): AnalyticsMethods {
  const get = async <T,>(pilotId: number, analysis: string, params: Record<string, unknown> = {}) => {
    const query = queryString(params);
    return (await httpClient(`${apiUrl}/pilots/${encodeURIComponent(String(pilotId))}/${analysis}${query ? `?${query}` : ''}`)).json as T;
  };
  return {
    getPilotEffects: (pilotId) => get(pilotId, 'effects'),
    simulateGeneralization: (pilotId, scenario = {}) => get(pilotId, 'simulation', scenario),
  };
}

function importMethods(apiUrl: string, httpClient: HttpClient): ImportMethods {
  return {
    importCsv: async (resource, file, { dryRun = true, update = false, mapping } = {}) => {
      const query = queryString({ dryRun, update, mapping });
      const { json } = await httpClient(`${apiUrl}/imports/${resource}?${query}`, {
        method: 'POST',
        // The bytes as they are: the API detects the encoding.
        body: await file.arrayBuffer(),
        headers: new Headers({ 'Content-Type': 'text/csv' }),
      });
      return json as ImportReport;
    },
  };
}

/** Reads the published CSV files; `base` is where the site is served (the API's parent). */
function openDataMethods(apiUrl: string): OpenDataMethods {
  const base = `${apiUrl.replace(/\/api$/, '')}/open-data`;
  const table = async (file: string) => {
    const response = await fetch(`${base}/${file}`);
    if (!response.ok) throw new HttpError(`Could not read ${file}`, response.status);
    // The CSV reader comes with the open-data page, not with every page.
    const { readTableCsv } = await import('@/domain/csv');
    return readTableCsv(await response.text());
  };
  return {
    getOpenData: async () => {
      const [pilots, series, decisions] = await Promise.all([table('pilots.csv'), table('kpi-series.csv'), table('decisions.csv')]);
      return { pilots, series, decisions };
    },
    getOpenApi: async () => {
      const response = await fetch(`${apiUrl}/openapi.json`);
      if (!response.ok) throw new HttpError('Could not read the API description', response.status);
      return (await response.json()) as OpenApiDocument;
    },
  };
}

/** The version a record was read with, for the API to refuse a write based on an older one. */
const versionOf = (record: unknown): number | undefined => {
  const version = (record as { version?: unknown } | undefined)?.version;
  return typeof version === 'number' ? version : undefined;
};

/**
 * No lost updates: every update carries the version the record was read with (`version` in the
 * body), every delete its `If-Match`, and a bulk update each record's own version
 * (`meta.versions`), so that the API refuses a write over someone else's change (409).
 */
function versionedWrites(apiUrl: string, httpClient: HttpClient): Pick<DataProvider, 'update' | 'updateMany' | 'delete'> {
  const url = (resource: string, id: unknown) => `${apiUrl}/${resource}/${encodeURIComponent(String(id))}`;
  const put = (resource: string, id: unknown, data: object, version: number | undefined) =>
    httpClient(url(resource, id), { method: 'PUT', body: JSON.stringify(version === undefined ? data : { ...data, version }) }).catch((error: unknown) => {
      // A stale version is no mistake in the form's fields: pass the current record on, without field errors.
      const body = (error as { status?: number; body?: { message?: string; current?: unknown } }).body;
      if ((error as { status?: number }).status === 409 && body?.current) throw new HttpError(body.message ?? 'Conflict', 409, { message: body.message, current: body.current });
      throw error;
    });
  return {
    update: async (resource, params) => {
      const { json } = await put(resource, params.id, params.data, versionOf(params.data) ?? versionOf(params.previousData));
      return { data: json };
    },
    updateMany: async (resource, params) => {
      const versions = (params.meta as { versions?: Record<string, number> } | undefined)?.versions ?? {};
      const results = await Promise.allSettled(params.ids.map((id) => put(resource, id, params.data, versions[String(id)])));
      const failed = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
      if (failed.length) throw failed[0].reason;
      return { data: params.ids };
    },
    delete: async (resource, params) => {
      const version = versionOf(params.previousData);
      const headers = new Headers({ 'Content-Type': 'text/plain' });
      if (version !== undefined) headers.set('If-Match', `"${version}"`);
      const { json } = await httpClient(url(resource, params.id), { method: 'DELETE', headers });
      return { data: json };
    },
  };
}

/**
 * Training sessions and measurements are created with an `Idempotency-Key`; when the API cannot
 * be reached they are kept on the device (the answer is the record with a `pending:` id) and
 * sent later with the same key, so that each is created exactly once.
 */
function offlineCreates(apiUrl: string, httpClient: HttpClient, create: DataProvider['create']): Pick<DataProvider, 'create'> & OutboxMethods {
  const post = (resource: string, data: unknown, key: string) =>
    httpClient(`${apiUrl}/${resource}`, { method: 'POST', body: JSON.stringify(data), headers: new Headers({ 'Idempotency-Key': key }) });
  const send = async (entry: OutboxEntry): Promise<'sent' | 'refused' | 'unreachable'> => {
    try {
      await post(entry.resource, entry.data, entry.key);
      await outbox.remove(entry.key);
      return 'sent';
    } catch (error) {
      const { status, body } = error as { status?: number; body?: { message?: string; errors?: Record<string, string> } };
      // Not reached, or the session ended: it waits for the network, or for the next sign-in.
      if (isUnreachable(error) || status === 401) return 'unreachable';
      await outbox.refuse(entry.key, { message: body?.message ?? (error as Error).message, errors: body?.errors });
      return 'refused';
    }
  };
  let sending: Promise<{ sent: OfflineResource[]; refused: number }> | undefined;
  return {
    create: async (resource, params) => {
      const user = readSession()?.user;
      if (!isOfflineResource(resource) || !outbox.available() || !user) return create(resource, params);
      const key = newKey();
      // A refused record corrected in the form (`meta.replaces`) stays on the device until its correction is saved.
      const replaces = typeof params.meta?.replaces === 'string' ? params.meta.replaces : undefined;
      try {
        const { json } = await post(resource, params.data, key);
        if (replaces) await outbox.remove(replaces);
        return { data: json };
      } catch (error) {
        if (!isUnreachable(error)) throw error;
        await outbox.add({ key, userId: user.id, resource, data: params.data as Record<string, unknown> }, replaces);
        return { data: { ...params.data, id: `${PENDING_ID_PREFIX}${key}` } };
      }
    },
    // One sending at a time: two triggers at once (back online, a timer) do not send a record twice.
    sendOutbox: () =>
      (sending ??= (async () => {
        const user = readSession()?.user;
        const result = { sent: [] as OfflineResource[], refused: 0 };
        if (!user || !outbox.available()) return result;
        for (const entry of await outbox.of(user.id)) {
          if (entry.status !== 'waiting') continue;
          const outcome = await send(entry);
          if (outcome === 'unreachable') break;
          if (outcome === 'sent') result.sent.push(entry.resource);
          else result.refused += 1;
        }
        return result;
      })().finally(() => {
        sending = undefined;
      })),
    ping: () =>
      httpClient(`${apiUrl}/auth/me`).then(
        () => true,
        (error: unknown) => !isUnreachable(error),
      ),
  };
}

/** The API speaks ra-data-simple-rest's dialect under `/api`, on the same origin as the SPA, plus the dashboard's figures. */
export const createDataProvider = (apiUrl = '/api', baseHttpClient: HttpClient = sessionHttpClient): PilotTrackerDataProvider => {
  // Every call says whether the API answered; "no answer" is one clear error.
  const httpClient: HttpClient = (url, options) => reporting(() => baseHttpClient(url, options));
  const rest = simpleRestProvider(apiUrl, httpClient);
  return {
    ...rest,
    ...versionedWrites(apiUrl, httpClient),
    ...offlineCreates(apiUrl, httpClient, rest.create),
    ...dashboardMethods(apiUrl, httpClient),
    ...analyticsMethods(apiUrl, httpClient),
    ...importMethods(apiUrl, httpClient),
    ...openDataMethods(apiUrl),
  };
};

export const dataProvider = createDataProvider();
