import simpleRestProvider from 'ra-data-simple-rest';
import type { DataProvider } from 'react-admin';

/** The API speaks ra-data-simple-rest's dialect under `/api`, on the same origin as the SPA. */
export const createDataProvider = (apiUrl = '/api'): DataProvider => simpleRestProvider(apiUrl);

export const dataProvider = createDataProvider();
