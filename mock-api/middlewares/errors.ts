/** Turns every error into `{"message", "errors"?}` JSON with its status; never a stack trace. */
import type { ErrorRequestHandler, RequestHandler } from 'express';
import { HttpError } from '../errors';

export const notFound: RequestHandler = (req, _res, next) => next(new HttpError(404, `Not found: ${req.path}`));

export function errorHandler(log: (message: string) => void): ErrorRequestHandler {
  return (error: unknown, req, res, _next) => {
    if (error instanceof HttpError) {
      res.status(error.status).json({ ...error.details, message: error.message, ...(error.errors ? { errors: error.errors } : {}) });
      return;
    }
    const status = (error as { status?: unknown }).status;
    if (typeof status === 'number' && status >= 400 && status < 500) {
      res.status(status).json({ message: (error as Error).message || 'Bad request' });
      return;
    }
    log(`${req.method} ${req.originalUrl} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    if (!res.headersSent) res.status(500).json({ message: 'Internal error: the request could not be completed' });
  };
}
