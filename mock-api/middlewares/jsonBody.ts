/**
 * Parses JSON bodies: 415 for another content type, 413 past the size limit, 400 when malformed,
 * or when it holds a prototype key or text no store can hold (NUL, unpaired surrogates).
 * A CSV file sent to `/imports/<resource>` passes untouched: the import reads it once signed in.
 */
import express, { type ErrorRequestHandler, type Request, type RequestHandler } from 'express';
import { HttpError, invalid } from '../errors';
import { forbiddenKeys, unstorableTexts } from '../safeKeys';
import { describeProblem } from '../../src/domain/validation';

export const isCsvImport = (req: Request) => req.path.startsWith('/imports/') && req.is('text/csv') === 'text/csv';

export function jsonBody(limit: string): (RequestHandler | ErrorRequestHandler)[] {
  const requireJson: RequestHandler = (req, _res, next) => {
    if (isCsvImport(req)) return next();
    const empty = req.headers['content-length'] === '0' || req.is('*/*') === null;
    if (!empty && req.is('application/json') === false) {
      next(new HttpError(415, 'Send the record as JSON, with Content-Type: application/json'));
      return;
    }
    next();
  };
  const translateErrors: ErrorRequestHandler = (error: { type?: string }, _req, _res, next) => {
    if (error.type === 'entity.too.large') next(new HttpError(413, `The body is larger than ${limit}`));
    else if (error.type === 'entity.parse.failed') next(new HttpError(400, 'The body is not valid JSON'));
    else next(error);
  };
  const requireObject: RequestHandler = (req, _res, next) => {
    if (isCsvImport(req)) return next();
    const hasBody = req.method === 'POST' || req.method === 'PUT' || req.method === 'PATCH';
    if (hasBody && (typeof req.body !== 'object' || req.body === null || Array.isArray(req.body))) {
      next(new HttpError(400, 'The body must be a JSON object'));
      return;
    }
    const forbidden = forbiddenKeys(req.body);
    if (forbidden.length) {
      next(invalid(Object.fromEntries(forbidden.map((key) => [key, 'This key is not allowed'])), 'The body holds keys that are not allowed'));
      return;
    }
    const unstorable = unstorableTexts(req.body);
    if (unstorable.length) {
      const reason = describeProblem({ code: 'bad_characters' });
      next(invalid(Object.fromEntries(unstorable.map((at) => [at, reason])), 'The body holds text that cannot be stored'));
      return;
    }
    next();
  };
  return [requireJson, express.json({ limit, strict: true }), translateErrors, requireObject];
}
