import simpleRestProvider from 'ra-data-simple-rest';
import { fetchUtils, type DataProvider } from 'react-admin';
import type { AdoptionOptions, CandidateOptions } from '@/domain/dashboard';
import type { AdoptionOverTime, CandidatesPage, DashboardFacets, DashboardFilter, HeadlineFigures, ReadinessMatrix, TrainingAndFeedback } from '@/domain/types';
import { readSession } from './session';

export type HttpClient = typeof fetchUtils.fetchJson;

/** Sends the session's token with every call. */
const sessionHttpClient: HttpClient = (url, options = {}) => {
  const session = readSession();
  return fetchUtils.fetchJson(url, session ? { ...options, user: { authenticated: true, token: `Bearer ${session.token}` } } : options);
};

/** The executive dashboard's figures, computed by the API (`GET /api/dashboard/<figure>`). */
export interface DashboardMethods {
  getHeadline(filter: DashboardFilter): Promise<HeadlineFigures>;
  getAdoptionOverTime(filter: DashboardFilter, options?: AdoptionOptions): Promise<AdoptionOverTime>;
  getReadinessMatrix(filter: DashboardFilter): Promise<ReadinessMatrix>;
  getCandidates(filter: DashboardFilter, options?: CandidateOptions): Promise<CandidatesPage>;
  getTrainingAndFeedback(filter: DashboardFilter): Promise<TrainingAndFeedback>;
  getDashboardFacets(): Promise<DashboardFacets>;
}

export type PilotTrackerDataProvider = DataProvider & DashboardMethods;

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
    getCandidates: (filter, options = {}) => get('candidates', { filter, ids: options.ids, stage: options.stages, range: options.range, share: options.share }),
    getTrainingAndFeedback: (filter) => get('training', { filter }),
    getDashboardFacets: () => get('facets'),
  };
}

/** The API speaks ra-data-simple-rest's dialect under `/api`, on the same origin as the SPA, plus the dashboard's figures. */
export const createDataProvider = (apiUrl = '/api', httpClient: HttpClient = sessionHttpClient): PilotTrackerDataProvider => ({
  ...simpleRestProvider(apiUrl, httpClient),
  ...dashboardMethods(apiUrl, httpClient),
});

export const dataProvider = createDataProvider();
