/**
 * `POST /imports/<resource>?dryRun=true|false[&update=true][&mapping={...}]`, the body a CSV file
 * (`Content-Type: text/csv`, 20 MB at most): checks every row with the API's rules and answers
 * what it would do (a dry run, the default) or does it, all or nothing, in one durable commit.
 * `GET /imports/<resource>/template` downloads a template file.
 */
import express, { Router, type ErrorRequestHandler, type NextFunction, type RequestHandler, type Response } from 'express';
import { IMPORT_LIMITS, isImportable, templateCsv, type ImportableResource } from '../../src/domain/imports';
import type { ColdRecords } from '../coldRecords';
import type { Data } from '../database';
import { HttpError, invalid } from '../errors';
import { pilotsOfImport, runImport, type ImportRequest } from '../imports/runImport';
import { parseJsonParam } from '../listQuery';
import { actorOf, signedIn } from './auth';

const PARAMS = ['dryRun', 'update', 'mapping'];

const flag = (name: string, value: unknown, fallback: boolean): boolean => {
  if (value === undefined) return fallback;
  if (value === 'true' || value === 'false') return value === 'true';
  throw invalid({ [name]: 'Must be true or false' });
};

function resourceOf(name: string): ImportableResource {
  if (!isImportable(name)) throw new HttpError(404, `No import for ${name}: pilots, kpis, measurements, trainings or feedback`);
  return name;
}

const tooLarge: ErrorRequestHandler = (error: { type?: string }, _req, _res, next) => {
  if (error.type === 'entity.too.large') next(new HttpError(413, `The file is larger than ${IMPORT_LIMITS.bytes / 1024 / 1024} MB: split it`));
  else next(error);
};

/** `cold`: the records the store keeps to itself, read for the file's pilots before the import. */
export function serveImports(data: Data, cold?: ColdRecords): Router {
  const router = Router();
  router.get('/:resource/template', (req, res) => {
    const resource = resourceOf(req.params.resource);
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="${resource}-template.csv"`);
    res.send(templateCsv(resource));
  });
  const requireCsv: RequestHandler<{ resource: string }> = (req, _res, next) => {
    resourceOf(req.params.resource);
    if (req.is('text/csv') !== 'text/csv') throw new HttpError(415, 'Send the file as CSV, with Content-Type: text/csv');
    next();
  };
  /** Answers with the report: the import committed first, when it was done. */
  const answer = ({ status, report }: ReturnType<typeof runImport>, res: Response, next: NextFunction) => {
    if (status !== 200) {
      res.status(status).json({ message: `Nothing was imported: ${new Set(report.errors.map((e) => e.row)).size} row(s) break a rule`, ...report });
      return;
    }
    if (report.dryRun) {
      res.json(report);
      return;
    }
    data.commit().then(
      () => res.json(report),
      (error: unknown) => next(error),
    );
  };
  const importFile: RequestHandler<{ resource: string }> = (req, res, next) => {
    const resource = resourceOf(req.params.resource);
    const unknown = Object.keys(req.query).filter((key) => !PARAMS.includes(key));
    if (unknown.length) throw invalid(Object.fromEntries(unknown.map((k) => [k, `Unknown query parameter: use ${PARAMS.join(', ')}`])));
    const mapping = parseJsonParam('mapping', req.query.mapping);
    if (mapping !== undefined && (typeof mapping !== 'object' || mapping === null || Array.isArray(mapping) || Object.values(mapping).some((v) => typeof v !== 'string'))) {
      throw invalid({ mapping: 'Must be a JSON object: {"field": "column of the file"}' });
    }
    const bytes = Buffer.isBuffer(req.body) ? new Uint8Array(req.body) : new Uint8Array();
    const request: ImportRequest = {
      resource,
      bytes,
      dryRun: flag('dryRun', req.query.dryRun, true),
      update: flag('update', req.query.update, false),
      mapping: mapping as Record<string, string> | undefined,
      actor: actorOf(res),
      token: signedIn(res).token,
    };
    if (!cold) return answer(runImport(data, request), res, next);
    const pilots = pilotsOfImport(data, request);
    // Run in the same turn as the read's end: nothing committed meanwhile is missed.
    cold.withPilots(pilots, (read) => answer(runImport(data, request, read), res, next)).catch(next);
  };
  router.post('/:resource', requireCsv, express.raw({ type: 'text/csv', limit: IMPORT_LIMITS.bytes }), tooLarge, importFile);
  return router;
}
