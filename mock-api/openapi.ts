/**
 * The OpenAPI 3.1 description of the API (`GET /api/openapi.json`), generated from the shared
 * schema (`src/domain/schema.ts`): every record's fields, types, bounds and enums come from the
 * rules the API enforces, so the description cannot say otherwise. The API tests validate every
 * response they receive against it.
 */
import { DASHBOARD_FIGURES } from '../src/domain/dashboard';
import { IMPORTABLE } from '../src/domain/imports';
import { AUDIT_SCHEMA, SCENARIO_SCHEMA, SCHEMAS, SCORECARD_SCHEMA, TOKEN_SCHEMA, type FieldSpec, type ResourceSchema } from '../src/domain/schema';
import { ROLES, STORED_RESOURCES, TOKEN_SCOPES } from '../src/domain/types';

type JsonSchema = Record<string, unknown>;

const ref = (name: string): JsonSchema => ({ $ref: `#/components/schemas/${name}` });
const title = (resource: string) => resource.charAt(0).toUpperCase() + resource.slice(1);

/** A field's JSON Schema: its type and the bounds the API checks; optional fields may be null. */
function fieldSchema(spec: FieldSpec, nullable: boolean): JsonSchema {
  const orNull = (type: string) => (nullable ? [type, 'null'] : type);
  switch (spec.type) {
    case 'text':
      return { type: orNull('string'), maxLength: spec.maxLength, ...(spec.format === 'email' ? { format: 'email' } : {}) };
    case 'enum':
      return nullable ? { enum: [...spec.values, null] } : { type: 'string', enum: [...spec.values] };
    case 'number': {
      const bounds: JsonSchema = {};
      if (spec.min !== undefined) bounds.minimum = spec.min;
      if (spec.above !== undefined) bounds.exclusiveMinimum = spec.above;
      if (spec.max !== undefined) bounds.maximum = spec.max;
      return { type: orNull(spec.integer ? 'integer' : 'number'), ...bounds };
    }
    case 'date':
      return { type: orNull('string'), format: 'date' };
    case 'datetime':
      return { type: orNull('string'), format: 'date-time' };
    case 'boolean':
      return { type: orNull('boolean') };
    case 'reference':
      return { type: orNull('integer'), minimum: 1, description: `Id of a record of ${spec.reference}` };
    case 'computed':
      return { type: 'object', description: 'Computed by the server' };
    case 'object':
      return objectSchema(spec.fields, 'write');
  }
}

/** A record as stored (`read`: id and every field) or as sent (`write`: the fields a client sets). */
function objectSchema(schema: ResourceSchema, mode: 'read' | 'write' | 'patch'): JsonSchema {
  const properties: Record<string, JsonSchema> = mode === 'read' ? { id: { type: 'integer', minimum: 1 } } : {};
  const required: string[] = mode === 'read' ? ['id'] : [];
  for (const [name, spec] of Object.entries(schema)) {
    if (mode !== 'read' && spec.serverSet && name !== 'version') continue;
    const mandatory = spec.required && (mode === 'read' ? true : spec.default === undefined);
    properties[name] = fieldSchema(spec, !spec.required);
    if (mandatory && mode !== 'patch' && !(mode === 'read' && spec.type === 'computed')) required.push(name);
  }
  return { type: 'object', properties, ...(required.length ? { required } : {}), additionalProperties: mode !== 'read' ? false : true };
}

const json = (schema: JsonSchema, description: string) => ({ description, content: { 'application/json': { schema } } });
const error = (description: string) => json(ref('Error'), description);
const ERRORS = {
  '400': error('Invalid input: `errors` names each field at fault'),
  '401': error('Not signed in, or the session ended'),
  '403': error('Not allowed for this role, this record, or this token'),
  default: error('Another error, with its message'),
};
const listParameters = [{ $ref: '#/components/parameters/sort' }, { $ref: '#/components/parameters/range' }, { $ref: '#/components/parameters/filter' }];
const idParameter = { $ref: '#/components/parameters/id' };
const contentRange = { 'Content-Range': { description: '`<resource> <start>-<end>/<total>`', schema: { type: 'string' } } };

function resourcePaths(resource: string, readOnly: boolean): Record<string, JsonSchema> {
  const record = ref(title(resource));
  const list = {
    tags: [resource],
    operationId: `list${title(resource)}`,
    summary: `Lists ${resource}: filter, sort and page (ra-data-simple-rest)`,
    parameters: listParameters,
    responses: { '200': { ...json({ type: 'array', items: record }, 'A page of records'), headers: contentRange }, ...ERRORS },
  };
  const one = { tags: [resource], operationId: `get${title(resource)}`, summary: `One record of ${resource}`, parameters: [idParameter], responses: { '200': json(record, 'The record'), '404': error('No such record'), ...ERRORS } };
  if (readOnly) return { [`/${resource}`]: { get: list }, [`/${resource}/{id}`]: { get: one } };
  const body = (schema: string) => ({ required: true, content: { 'application/json': { schema: ref(schema) } } });
  const conflict = { '409': error('Conflicts with what is stored: a stale version (with `current`), a duplicate (with `existingId`), a rule between records') };
  return {
    [`/${resource}`]: {
      get: list,
      post: {
        tags: [resource],
        operationId: `create${title(resource)}`,
        summary: `Creates a record of ${resource} (once per \`Idempotency-Key\`)`,
        parameters: [{ $ref: '#/components/parameters/idempotencyKey' }],
        requestBody: body(`New${title(resource)}`),
        responses: {
          '201': { ...json(record, 'The stored record, or the answer already given to this `Idempotency-Key`'), headers: { 'Idempotent-Replayed': { description: '`true` when the answer is the one given to an earlier request with the same key', schema: { type: 'string' } } } },
          '422': error('This `Idempotency-Key` was already used for another request'),
          ...conflict,
          ...ERRORS,
        },
      },
    },
    [`/${resource}/{id}`]: {
      get: one,
      put: { tags: [resource], operationId: `update${title(resource)}`, summary: 'Merges the body into the record (send the `version` read to refuse a stale write)', parameters: [idParameter], requestBody: body(`Patch${title(resource)}`), responses: { '200': json(record, 'The updated record'), '404': error('No such record'), ...conflict, ...ERRORS } },
      patch: { tags: [resource], operationId: `patch${title(resource)}`, summary: 'As PUT', parameters: [idParameter], requestBody: body(`Patch${title(resource)}`), responses: { '200': json(record, 'The updated record'), '404': error('No such record'), ...conflict, ...ERRORS } },
      delete: { tags: [resource], operationId: `delete${title(resource)}`, summary: 'Deletes the record unless others depend on it', parameters: [idParameter, { $ref: '#/components/parameters/ifMatch' }], responses: { '200': json(record, 'The deleted record'), '404': error('No such record'), ...conflict, ...ERRORS } },
    },
  };
}

const obj = (required: string[], properties: Record<string, JsonSchema> = {}): JsonSchema => ({ type: 'object', required, properties });

export function buildOpenApi(version: string): JsonSchema {
  const schemas: Record<string, JsonSchema> = {
    Error: { type: 'object', required: ['message'], properties: { message: { type: 'string' }, errors: { type: 'object', additionalProperties: { type: 'string' } } } },
    Scorecards: objectSchema(SCORECARD_SCHEMA, 'read'),
    Audit: objectSchema(AUDIT_SCHEMA, 'read'),
    Scenario: objectSchema(SCENARIO_SCHEMA, 'write'),
    IntegrationToken: { ...objectSchema(TOKEN_SCHEMA, 'read'), properties: { ...(objectSchema(TOKEN_SCHEMA, 'read').properties as JsonSchema), pilotIds: { type: 'array', items: { type: 'integer' } }, scopes: { type: 'array', items: { enum: [...TOKEN_SCOPES] } }, lastUsedAt: { type: ['string', 'null'], format: 'date-time' } } },
    SignedIn: obj(['user', 'expiresAt', 'csrfToken'], { token: { type: 'string' }, user: ref('Me'), expiresAt: { type: 'string', format: 'date-time' }, csrfToken: { type: 'string' } }),
    Me: obj(['id', 'fullName', 'role'], { id: { type: 'integer' }, email: { type: 'string' }, fullName: { type: 'string' }, role: { enum: [...ROLES] } }),
    KpiEffect: obj(['kpiId', 'status', 'monthsBefore', 'monthsAfter'], { kpiId: { type: 'integer' }, monthsBefore: { type: 'integer' }, monthsAfter: { type: 'integer' }, status: { enum: ['estimated', 'not-enough-data'] }, effect: { type: 'number' }, low: { type: 'number' }, high: { type: 'number' }, verdict: { enum: ['improved', 'worsened', 'no-clear-effect'] } }),
    SimulationCase: obj(['savingPerTransaction', 'monthlySavings', 'cumulativeNetBenefit', 'monthlySaving', 'annualSaving', 'netBenefit', 'paybackMonth'], {
      savingPerTransaction: { type: 'number' },
      monthlySavings: { type: 'array', items: { type: 'number' } },
      cumulativeNetBenefit: { type: 'array', items: { type: 'number' } },
      monthlySaving: { type: 'number' },
      annualSaving: { type: 'number' },
      netBenefit: { type: 'number' },
      paybackMonth: { type: ['integer', 'null'] },
    }),
    Simulation: obj(['status', 'scenario'], {
      status: { enum: ['simulated', 'not-enough-data'] },
      scenario: ref('Scenario'),
      months: { type: 'integer' },
      cases: obj(['low', 'central', 'high'], { low: ref('SimulationCase'), central: ref('SimulationCase'), high: ref('SimulationCase') }),
      reason: { enum: ['no-cost-kpi', 'no-cost-measurement', 'no-adoption'] },
    }),
    ImportReport: obj(['dryRun', 'total', 'valid', 'errors', 'create', 'update', 'unchanged', 'encoding', 'separator', 'columns', 'mapping', 'preview'], {
      dryRun: { type: 'boolean' },
      total: { type: 'integer' },
      valid: { type: 'integer' },
      create: { type: 'integer' },
      update: { type: 'integer' },
      unchanged: { type: 'integer' },
      columns: { type: 'array', items: { type: 'string' } },
      mapping: { type: 'object', additionalProperties: { type: 'string' } },
      preview: { type: 'array', items: obj(['row', 'action', 'record'], { row: { type: 'integer' }, action: { enum: ['create', 'update', 'unchanged', 'error'] }, record: { type: 'object' } }) },
      errors: { type: 'array', items: obj(['row', 'field', 'message'], { row: { type: 'integer', minimum: 2 }, field: { type: 'string' }, message: { type: 'string' } }) },
      encoding: { enum: ['utf-8', 'windows-1252'] },
      separator: { enum: [',', ';'] },
    }),
  };
  for (const resource of STORED_RESOURCES) {
    schemas[title(resource)] = objectSchema(SCHEMAS[resource], 'read');
    schemas[`New${title(resource)}`] = objectSchema(SCHEMAS[resource], 'write');
    schemas[`Patch${title(resource)}`] = objectSchema(SCHEMAS[resource], 'patch');
  }
  // Others' accounts show only their id, name and role to those who are not administrators.
  schemas.Users = { ...schemas.Users, required: ['id', 'fullName', 'role'] };
  const paths: Record<string, JsonSchema> = {
    '/openapi.json': { get: { tags: ['meta'], operationId: 'openApi', summary: 'This description', security: [], responses: { '200': json({ type: 'object' }, 'OpenAPI 3.1'), ...ERRORS } } },
    '/auth/login': { post: { tags: ['auth'], operationId: 'signIn', summary: 'Signs in: a session token (bearer) and the HttpOnly cookie', security: [], requestBody: { required: true, content: { 'application/json': { schema: obj(['email', 'password'], { email: { type: 'string' }, password: { type: 'string' } }) } } }, responses: { '200': json(ref('SignedIn'), 'Signed in'), '429': error('Too many failed sign-ins'), ...ERRORS } } },
    '/auth/logout': { post: { tags: ['auth'], operationId: 'signOut', summary: 'Ends the session', responses: { '204': { description: 'Signed out' }, ...ERRORS } } },
    '/auth/me': { get: { tags: ['auth'], operationId: 'me', summary: 'The signed-in user', responses: { '200': json({ allOf: [ref('Me'), obj(['expiresAt', 'csrfToken'], { expiresAt: { type: ['string', 'null'] }, csrfToken: { type: ['string', 'null'] } })] }, 'The user and the session'), ...ERRORS } } },
    '/dashboard/{figure}': {
      get: {
        tags: ['dashboard'],
        operationId: 'dashboardFigure',
        summary: 'A figure of the executive dashboard',
        parameters: [
          { name: 'figure', in: 'path', required: true, schema: { enum: [...DASHBOARD_FIGURES] } },
          ...['filter', 'ids', 'stage', 'range', 'share', 'rankBy', 'groupBy', 'limit'].map((name) => ({ name, in: 'query', required: false, schema: { type: 'string' } })),
        ],
        responses: { '200': json({ type: 'object' }, 'The figure'), '404': error('No such figure'), ...ERRORS },
      },
    },
    '/pilots/{id}/effects': { get: { tags: ['pilots'], operationId: 'pilotEffects', summary: "The pilot's effect against its comparison sites, per KPI", parameters: [idParameter], responses: { '200': json({ type: 'array', items: ref('KpiEffect') }, 'One per KPI measured at comparison sites'), '404': error('No such pilot'), ...ERRORS } } },
    '/pilots/{id}/simulation': {
      get: {
        tags: ['pilots'],
        operationId: 'pilotSimulation',
        summary: 'What generalizing the pilot would save under a scenario',
        parameters: [idParameter, ...Object.keys(SCENARIO_SCHEMA).map((name) => ({ name, in: 'query', required: false, schema: { type: 'number' } }))],
        responses: { '200': json(ref('Simulation'), 'Three cases over 36 months'), '404': error('No such pilot'), ...ERRORS },
      },
    },
    '/imports/{resource}': {
      post: {
        tags: ['imports'],
        operationId: 'importCsv',
        summary: 'Imports a CSV file: a dry run unless dryRun=false; all or nothing',
        parameters: [
          { name: 'resource', in: 'path', required: true, schema: { enum: [...IMPORTABLE] } },
          { name: 'dryRun', in: 'query', required: false, schema: { enum: ['true', 'false'] } },
          { name: 'update', in: 'query', required: false, schema: { enum: ['true', 'false'] } },
          { name: 'mapping', in: 'query', required: false, schema: { type: 'string' }, description: 'JSON: {"field": "column of the file"}' },
        ],
        requestBody: { required: true, content: { 'text/csv': { schema: { type: 'string' } } } },
        responses: { ...ERRORS, '200': json(ref('ImportReport'), 'What was (or would be) done'), '400': json({ anyOf: [ref('Error'), { allOf: [ref('ImportReport'), obj(['message'], { message: { type: 'string' } })] }] }, 'Bad parameters (an error), or rows that break rules: the report, nothing imported'), '404': error('Not importable'), '413': error('Over 20 MB or 100,000 rows'), '415': error('Not text/csv') },
      },
    },
    '/imports/{resource}/template': { get: { tags: ['imports'], operationId: 'importTemplate', summary: 'A template CSV file', parameters: [{ name: 'resource', in: 'path', required: true, schema: { enum: [...IMPORTABLE] } }], responses: { '200': { description: 'The template', content: { 'text/csv': { schema: { type: 'string' } } } }, '404': error('Not importable'), ...ERRORS } } },
    '/tokens': {
      get: { tags: ['tokens'], operationId: 'listTokens', summary: 'Integration tokens (an administrator: all; a manager: theirs)', parameters: listParameters, responses: { '200': { ...json({ type: 'array', items: ref('IntegrationToken') }, 'The tokens, without secrets'), headers: contentRange }, ...ERRORS } },
      post: {
        tags: ['tokens'],
        operationId: 'createToken',
        summary: 'Creates a token: the secret is in this answer only',
        requestBody: { required: true, content: { 'application/json': { schema: obj(['name', 'pilotIds', 'scopes'], { name: { type: 'string', maxLength: 80 }, pilotIds: { type: 'array', items: { type: 'integer' }, minItems: 1 }, scopes: { type: 'array', items: { enum: [...TOKEN_SCOPES] }, minItems: 1 } }) } } },
        responses: { '201': json({ allOf: [ref('IntegrationToken'), obj(['token'], { token: { type: 'string', pattern: '^pt_' } })] }, 'The token and its secret'), ...ERRORS },
      },
    },
    '/tokens/{id}': {
      get: { tags: ['tokens'], operationId: 'getToken', summary: 'One token', parameters: [idParameter], responses: { '200': json(ref('IntegrationToken'), 'The token'), '404': error('No such token'), ...ERRORS } },
      delete: { tags: ['tokens'], operationId: 'revokeToken', summary: 'Revokes the token', parameters: [idParameter], responses: { '200': json(ref('IntegrationToken'), 'The revoked token'), '404': error('No such token'), ...ERRORS } },
    },
  };
  paths['/open-data/{file}'] = {
    servers: [{ url: '/', description: 'The open data is served beside the API, not under it' }],
    get: {
      tags: ['open-data'],
      operationId: 'openDataFile',
      summary: 'The Data Package of the published pilots (datapackage.json) and its CSV files: public, cacheable (ETag, 304)',
      security: [],
      parameters: [
        { name: 'file', in: 'path', required: true, schema: { enum: ['datapackage.json', 'pilots.csv', 'kpi-series.csv', 'decisions.csv', 'satisfaction.csv'] } },
        { name: 'If-None-Match', in: 'header', required: false, schema: { type: 'string' } },
      ],
      responses: {
        '200': { description: 'The file', content: { 'application/json': { schema: { type: 'object' } }, 'text/csv': { schema: { type: 'string' } } } },
        '304': { description: 'Unchanged since the ETag sent' },
        '404': error('No such file'),
      },
    },
  };
  for (const resource of STORED_RESOURCES) Object.assign(paths, resourcePaths(resource, false));
  Object.assign(paths, resourcePaths('scorecards', true), resourcePaths('audit', true));
  return {
    openapi: '3.1.0',
    info: {
      title: 'Pilot Tracker API',
      version,
      summary: 'Digital-transformation pilots, their KPIs, training, feedback and decisions',
      description: 'The ra-data-simple-rest dialect under /api. Sign in with POST /auth/login (a bearer token), or use an integration token. Writes are validated by the shared schema; errors are {"message", "errors"}.',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    servers: [{ url: '/api' }],
    security: [{ bearer: [] }, { sessionCookie: [] }],
    tags: ['auth', ...STORED_RESOURCES, 'scorecards', 'audit', 'dashboard', 'imports', 'tokens', 'open-data', 'meta'].map((name) => ({ name, description: `${title(name)} calls` })),
    paths,
    components: {
      schemas,
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer', description: 'A session token from /auth/login, or an integration token (pt_…)' },
        sessionCookie: { type: 'apiKey', in: 'cookie', name: 'pilot_session', description: 'The browser session; writes also send X-CSRF-Token' },
      },
      parameters: {
        id: { name: 'id', in: 'path', required: true, schema: { type: 'integer', minimum: 1 } },
        sort: { name: 'sort', in: 'query', required: false, schema: { type: 'string' }, description: 'JSON ["field","ASC"|"DESC"]' },
        range: { name: 'range', in: 'query', required: false, schema: { type: 'string' }, description: 'JSON [start, end], inclusive' },
        filter: { name: 'filter', in: 'query', required: false, schema: { type: 'string' }, description: 'JSON {"field": value, "field_gte": value, "q": "text"}' },
        idempotencyKey: {
          name: 'Idempotency-Key',
          in: 'header',
          required: false,
          schema: { type: 'string', minLength: 8, maxLength: 200 },
          description: 'A key of your own (a UUID) for this record: sent again with the same body, the request gets the first answer and creates nothing more',
        },
        ifMatch: { name: 'If-Match', in: 'header', required: false, schema: { type: 'string' }, description: 'The version read, as "<version>"' },
      },
    },
  };
}
