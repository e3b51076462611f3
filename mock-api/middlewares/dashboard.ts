/**
 * `GET /dashboard/<aggregate>`: the executive dashboard's figures, computed here by the domain's
 * pure functions (`src/domain/dashboard/`) over a portfolio index rebuilt only after a change, so
 * that the SPA never downloads the measurements behind them.
 */
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import { Router } from 'express';
import { DASHBOARD_FIGURES, dashboardFigure, type DashboardFigure } from '../../src/domain/dashboard';
import { grantFor } from '../../src/domain/permissions';
import { parseDashboardQuery } from '../dashboardQuery';
import { HttpError } from '../errors';
import type { CurrentPortfolio } from '../portfolio';
import { actorOf } from './auth';

/** The most text kept for one state of the portfolio (the dashboard's filters make a few figures each). */
const KEPT_CHARACTERS = 32 * 1024 * 1024;

const gzip = promisify(zlib.gzip);
/** Figures shorter than this are sent as they are (compression's own threshold). */
const COMPRESS_FROM = 1024;

/** A figure as sent: its JSON, and the same gzipped, once, off the event loop, when a client first accepts it. */
export interface SentFigure {
  text: string;
  gzipped(): Promise<Buffer>;
}

/**
 * The figures already computed for the current state of the portfolio, as sent, by query:
 * executives opening the same dashboard between two writes share the work, and the compression
 * (the matrix is 520 kB of JSON: gzipping it on every call cost more than the rest of the call).
 */
export function figureCache() {
  let state: unknown;
  let version = -1;
  const sent = new Map<string, SentFigure>();
  let characters = 0;
  return (current: { version: number }, key: string, compute: () => unknown): SentFigure => {
    if (state !== current || version !== current.version || characters >= KEPT_CHARACTERS) {
      [state, version, characters] = [current, current.version, 0];
      sent.clear();
    }
    let figure = sent.get(key);
    if (figure === undefined) {
      const text = JSON.stringify(compute());
      let compressed: Promise<Buffer> | undefined;
      sent.set(key, (figure = { text, gzipped: () => (compressed ??= gzip(text)) }));
      characters += text.length;
    }
    return figure;
  };
}

export function serveDashboard(portfolio: CurrentPortfolio): Router {
  const router = Router();
  const cached = figureCache();
  router.all('/:figure', (req, res, next) => {
    const figure = req.params.figure as DashboardFigure;
    if (!DASHBOARD_FIGURES.includes(figure)) throw new HttpError(404, `No such dashboard figure: ${req.params.figure}`);
    if (req.method !== 'GET') {
      res.setHeader('Allow', 'GET');
      throw new HttpError(405, 'The dashboard is computed from the records: it cannot be written');
    }
    const actor = actorOf(res);
    if (!grantFor(actor.role, 'dashboard', 'read')) throw new HttpError(403, `A ${actor.role} may not read the dashboard`);
    const query = parseDashboardQuery(figure, req.query);
    portfolio()
      .then((current) => {
        // Keyed by the query as parsed: the same figure however its parameters are spelled or ordered.
        const sent = cached(current, JSON.stringify([figure, query]), () => dashboardFigure(current, figure, query, current.today));
        res.type('json');
        if (sent.text.length < COMPRESS_FROM || req.acceptsEncodings('gzip') !== 'gzip') return void res.send(sent.text);
        return sent.gzipped().then((body) => {
          res.setHeader('Content-Encoding', 'gzip');
          res.setHeader('Vary', 'Accept-Encoding');
          res.send(body);
        });
      })
      .catch(next);
  });
  return router;
}
