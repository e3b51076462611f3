import simpleRestProvider from 'ra-data-simple-rest';
import { fetchUtils, type DataProvider } from 'react-admin';
import { readSession } from './session';

/** Sends the session's token with every call. */
const httpClient = (url: string, options: fetchUtils.Options = {}) => {
  const session = readSession();
  return fetchUtils.fetchJson(url, session ? { ...options, user: { authenticated: true, token: `Bearer ${session.token}` } } : options);
};

/** The API speaks ra-data-simple-rest's dialect under `/api`, on the same origin as the SPA. */
export const createDataProvider = (apiUrl = '/api'): DataProvider => simpleRestProvider(apiUrl, httpClient);

export const dataProvider = createDataProvider();
