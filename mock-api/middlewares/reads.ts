/**
 * Serves every read: lists in the ra-data-simple-rest dialect (with `Content-Range`), single
 * records, the computed scorecards (from the portfolio index the dashboard shares) and the audit
 * trail. Others' accounts show only the fields the reader's role may see, and can be filtered or
 * sorted only by those.
 */
import type { RequestHandler, Response } from 'express';
import { visibleUserFields } from '../../src/domain/permissions';
import { AUDIT_SCHEMA, SCHEMAS, SCORECARD_SCHEMA, type ResourceSchema } from '../../src/domain/schema';
import { collection, targetOf, type AnyRecord } from '../context';
import type { Data } from '../database';
import { HttpError } from '../errors';
import { applyListQuery, contentRange, createListCache, parseListQuery, type ListCache } from '../listQuery';
import type { CurrentPortfolio } from '../portfolio';
import { actorOf } from './auth';

const pick = (record: AnyRecord, fields: readonly string[]) =>
  Object.fromEntries(fields.filter((f) => f in record).map((f) => [f, record[f]])) as AnyRecord;

function sendList(res: Response, resource: string, records: readonly AnyRecord[], schema: ResourceSchema, query: Record<string, unknown>, project = (r: AnyRecord) => r, cache?: ListCache) {
  const result = applyListQuery(records, parseListQuery(query, schema), cache && { cache, name: resource });
  res.setHeader('Content-Range', contentRange(resource, result));
  res.setHeader('Access-Control-Expose-Headers', 'Content-Range');
  res.json(result.page.map(project));
}

export function serveReads(data: Data, portfolio: CurrentPortfolio): RequestHandler {
  const cache = createListCache(data.revision);
  return (req, res, next) => {
    if (req.method !== 'GET') return next();
    const { resource, id, existing } = targetOf(res);

    if (resource === 'scorecards') {
      const { scorecards } = portfolio();
      if (id === undefined) return sendList(res, resource, [...scorecards.values()] as unknown as AnyRecord[], SCORECARD_SCHEMA, req.query);
      const card = scorecards.get(id);
      if (!card) throw new HttpError(404, `No scorecard for pilot ${id}`);
      res.json(card);
      return;
    }
    if (resource === 'audit') {
      if (id === undefined) return sendList(res, resource, data.get().audit as unknown as AnyRecord[], AUDIT_SCHEMA, req.query, undefined, cache);
      res.json(existing);
      return;
    }

    let schema = SCHEMAS[resource];
    let project = (record: AnyRecord) => record;
    const visible = resource === 'users' ? visibleUserFields(actorOf(res).role) : undefined;
    if (visible) {
      schema = Object.fromEntries(Object.entries(schema).filter(([field]) => visible.includes(field)));
      project = (record) => pick(record, visible);
    }
    if (id !== undefined) {
      res.setHeader('ETag', `"${String(existing?.version ?? 1)}"`);
      res.json(project(existing as AnyRecord));
      return;
    }
    sendList(res, resource, collection(data.get(), resource), schema, req.query, project, cache);
  };
}
