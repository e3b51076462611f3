/** The network boundary for component tests: MSW answers what the API would. */
import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';

export const API = 'http://localhost/api';
export const server = setupServer();

/** A list response in the ra-data-simple-rest dialect. */
export function listOf(resource: string, records: object[]) {
  return http.get(`${API}/${resource}`, () =>
    HttpResponse.json(records, {
      headers: { 'Content-Range': `${resource} 0-${Math.max(0, records.length - 1)}/${records.length}`, 'Access-Control-Expose-Headers': 'Content-Range' },
    }),
  );
}
