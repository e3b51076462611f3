/**
 * The OpenAPI description passes Redocly's recommended lint rules (the linter of the Redocly
 * CLI), and describes every resource of the shared schema.
 */
import { createConfig, lintFromString } from '@redocly/openapi-core';
import { describe, expect, it } from 'vitest';
import { buildOpenApi } from '../../mock-api/openapi';
import { STORED_RESOURCES } from '@/domain/types';

describe('the OpenAPI description', () => {
  const description = buildOpenApi('1.0.0');

  it("passes Redocly's recommended rules without an error or a warning", async () => {
    const config = await createConfig({ extends: ['recommended'], rules: { 'operation-4xx-response': 'error', 'no-server-example.com': 'error' } });
    const problems = await lintFromString({ source: JSON.stringify(description), absoluteRef: 'openapi.json', config });
    expect(problems.map((p) => `${p.severity} ${p.ruleId}: ${p.message} at ${p.location[0]?.pointer ?? ''}`)).toEqual([]);
  });

  it('describes every resource, with the rules of the shared schema', () => {
    const paths = Object.keys(description.paths as object);
    for (const resource of STORED_RESOURCES) expect(paths).toContain(`/${resource}/{id}`);
    const schemas = (description.components as { schemas: Record<string, { properties: Record<string, unknown>; required?: string[] }> }).schemas;
    expect(schemas.NewMeasurements.properties.group).toEqual({ type: 'string', enum: ['pilot', 'comparison'] });
    expect(schemas.NewPilots.required).toEqual(expect.arrayContaining(['name', 'category', 'targetUsers']));
    expect(schemas.NewPilots.properties.targetUsers).toEqual({ type: 'integer', exclusiveMinimum: 0 });
  });
});
