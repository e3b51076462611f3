/**
 * Checks each answer the API tests receive against the OpenAPI description the API serves
 * (`mock-api/openapi.ts`), with openapi-backend: an undocumented call or an answer of another
 * shape fails the test, so the description cannot drift from the API.
 */
import { OpenAPIBackend, type Document } from 'openapi-backend';
import { buildOpenApi } from '../../mock-api/openapi';

/** The description with each local `$ref` replaced by what it points to (it has no cycles). */
function inline(node: unknown, root: Record<string, unknown>): unknown {
  if (Array.isArray(node)) return node.map((item) => inline(item, root));
  if (typeof node !== 'object' || node === null) return node;
  const { $ref } = node as { $ref?: unknown };
  if (typeof $ref === 'string' && $ref.startsWith('#/')) {
    const target = $ref.slice(2).split('/').reduce<unknown>((at, key) => (at as Record<string, unknown>)[key.replace(/~1/g, '/').replace(/~0/g, '~')], root);
    return inline(target, root);
  }
  return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, inline(value, root)]));
}

let backend: Promise<OpenAPIBackend> | undefined;
const load = () =>
  (backend ??= (async () => {
    const description = buildOpenApi('test');
    // quick: the definition is linted by Redocly (tests/unit/openapi.test.ts); openapi-backend's own check knows only OpenAPI 3.0.
    const api = new OpenAPIBackend({ definition: inline(description, description) as Document, validate: true, quick: true, ajvOpts: { strict: false } });
    await api.init();
    return api;
  })());

export async function checkAgainstOpenApi(method: string, url: string, status: number, contentType: string | null, body: unknown): Promise<void> {
  const { pathname, searchParams } = new URL(url);
  if (!pathname.startsWith('/api/')) return;
  const path = pathname.slice('/api'.length);
  const api = await load();
  const operation = api.matchOperation({ method, path, headers: {}, query: Object.fromEntries(searchParams) });
  const isError = typeof body === 'object' && body !== null && typeof (body as { message?: unknown }).message === 'string';
  if (!operation) {
    if ((status === 404 || status === 405) && isError) return; // no such route: the error shape is all there is to check
    throw new Error(`Undocumented call: ${method} ${path} answered ${status}`);
  }
  if (status === 204 || !contentType?.includes('application/json')) return;
  const result = api.validateResponse(body, operation, status);
  if (result.errors?.length) {
    throw new Error(`${method} ${path} answered ${status} in a shape the OpenAPI description does not give: ${JSON.stringify(result.errors).slice(0, 1200)}`);
  }
}
