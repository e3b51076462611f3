/**
 * Serves every read: lists in the ra-data-simple-rest dialect (with `Content-Range`), single
 * records, the computed scorecards (from the portfolio index the dashboard shares) and the audit
 * trail. Records come through the store's reader. Others' accounts show only the fields the
 * reader's role may see, and can be filtered or sorted only by those.
 */
import type { RequestHandler, Response } from 'express';
import { visibleUserFields } from '../../src/domain/permissions';
import { AUDIT_SCHEMA, SCHEMAS, SCORECARD_SCHEMA, type ResourceSchema } from '../../src/domain/schema';
import { targetOf, type AnyRecord } from '../context';
import { HttpError } from '../errors';
import { applyListQuery, contentRange, parseListQuery, type ListResult } from '../listQuery';
import type { CurrentPortfolio } from '../portfolio';
import type { ReadableCollection, RecordReader } from '../store/types';
import { actorOf } from './auth';

const pick = (record: AnyRecord, fields: readonly string[]) =>
  Object.fromEntries(fields.filter((f) => f in record).map((f) => [f, record[f]])) as AnyRecord;

function sendPage(res: Response, resource: string, result: ListResult<AnyRecord>, project = (r: AnyRecord) => r) {
  res.setHeader('Content-Range', contentRange(resource, result));
  res.setHeader('Access-Control-Expose-Headers', 'Content-Range');
  res.json(result.page.map(project));
}

/** A list of a stored collection, from the store. */
function sendList(reader: RecordReader, res: Response, collection: ReadableCollection, schema: ResourceSchema, query: Record<string, unknown>, project?: (r: AnyRecord) => AnyRecord) {
  return reader.list(collection, parseListQuery(query, schema)).then((result) => sendPage(res, collection, result, project));
}

export function serveReads(reader: RecordReader, portfolio: CurrentPortfolio): RequestHandler {
  return (req, res, next) => {
    if (req.method !== 'GET') return next();
    const { resource, id, existing } = targetOf(res);

    if (resource === 'scorecards') {
      // Computed, not stored: listed from the portfolio index.
      // Checked before waiting for the index: a bad query is refused as it is.
      const query = id === undefined ? parseListQuery(req.query, SCORECARD_SCHEMA) : undefined;
      portfolio()
        .then(({ scorecards }) => {
          if (query) return sendPage(res, resource, applyListQuery([...scorecards.values()] as unknown as AnyRecord[], query));
          const card = scorecards.get(id!);
          if (!card) throw new HttpError(404, `No scorecard for pilot ${id}`);
          res.json(card);
        })
        .catch(next);
      return;
    }
    if (resource === 'audit') {
      if (id === undefined) return void sendList(reader, res, resource, AUDIT_SCHEMA, req.query).catch(next);
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
    void sendList(reader, res, resource, schema, req.query, project).catch(next);
  };
}
