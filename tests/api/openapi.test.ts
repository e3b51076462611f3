/** The OpenAPI description is served to anyone, and is the one the API tests check every answer against. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOpenApi } from '../../mock-api/openapi';
import { call, startApi, type TestApi } from '../support/apiServer';

let api: TestApi;
beforeAll(async () => {
  api = await startApi();
});
afterAll(() => api.close());

describe('GET /api/openapi.json', () => {
  it('needs no sign-in and describes OpenAPI 3.1', async () => {
    const response = await call(`${api.url}/openapi.json`, { token: null });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ openapi: '3.1.0', info: { title: 'Pilot Tracker API' } });
    expect((response.body as { paths: object }).paths).toEqual(buildOpenApi('x').paths);
  });
});
