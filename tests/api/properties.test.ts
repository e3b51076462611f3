/**
 * Property-based: whatever body a client sends to any resource, the API never answers 5xx and
 * never stores a record its own rules would refuse (fast-check generates the bodies: schema
 * fields with values of every type, unknown and hostile keys, text with odd characters).
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayIso } from '@/domain/format';
import { SCHEMAS, type FieldSpec } from '@/domain/schema';
import { STORED_RESOURCES, type StoredResource } from '@/domain/types';
import { validateRecord } from '@/domain/validation';
import { startApi, type TestApi } from '../support/apiServer';

let api: TestApi;
beforeAll(async () => {
  api = await startApi();
});
afterAll(() => api.close());

/** Values of the field's own kind (often valid), mixed with anything at all. */
function valueFor(spec: FieldSpec): fc.Arbitrary<unknown> {
  const odd = fc.oneof(fc.anything(), fc.string({ unit: 'binary' }), fc.constant(null), fc.double(), fc.constant('\u0000'), fc.constant('\ud800'));
  switch (spec.type) {
    case 'text':
      return fc.oneof(fc.string({ minLength: 1, maxLength: 40 }), fc.emailAddress(), odd);
    case 'enum':
      return fc.oneof(fc.constantFrom(...spec.values), odd);
    case 'number':
      return fc.oneof(fc.integer({ min: -5, max: 5000 }), fc.double({ min: -10, max: 200, noNaN: true }), odd);
    case 'reference':
      return fc.oneof(fc.integer({ min: 1, max: 40 }), odd);
    case 'date':
      return fc.oneof(fc.date({ min: new Date('2020-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)), odd);
    case 'boolean':
      return fc.oneof(fc.boolean(), odd);
    default:
      return odd;
  }
}

function bodyFor(resource: StoredResource): fc.Arbitrary<Record<string, unknown>> {
  const fields = Object.fromEntries(Object.entries(SCHEMAS[resource]).map(([field, spec]) => [field, valueFor(spec)]));
  const extra = fc.dictionary(fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('__proto__', 'constructor', 'toString', 'id', 'version')), fc.anything(), { maxKeys: 2 });
  return fc.tuple(fc.record(fields, { requiredKeys: [] }), extra).map(([known, more]) => ({ ...more, ...known }));
}

/** Every stored record of `resource` still keeps the shared rules. */
async function expectAllValid(resource: StoredResource) {
  const db = (await api.readDatabase());
  for (const record of db[resource] as unknown as Record<string, unknown>[]) {
    const { errors } = validateRecord(resource, record, todayIso());
    expect(errors, `${resource} ${String(record.id)}`).toEqual({});
  }
}

describe.each(STORED_RESOURCES)('random bodies sent to %s', (resource) => {
  it('never get a 5xx and never store an invalid record', async () => {
    await fc.assert(
      fc.asyncProperty(bodyFor(resource), fc.constantFrom('POST', 'PUT'), async (body, method) => {
        const response = await api.call(method === 'POST' ? `/${resource}` : `/${resource}/1`, { method, rawBody: JSON.stringify(body) });
        expect(response.status, JSON.stringify(response.body)).toBeLessThan(500);
        if (response.status >= 400) expect((response.body as { message?: unknown }).message).toBeTruthy();
      }),
      { numRuns: 60, seed: 20261126 },
    );
    await expectAllValid(resource);
  });
});
