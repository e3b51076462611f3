/**
 * `/open-data/`: the published pilots as a Frictionless Data Package, public (no sign-in):
 * `datapackage.json` and one CSV per table. Built from the portfolio's index, each published pilot's
 * lines kept until it changes: after a write, only the pilots it touched are written again. Each file has an ETag
 * (a `304` answers a matching `If-None-Match`) and may be cached publicly for five minutes.
 */
import { createHash } from 'node:crypto';
import { Router } from 'express';
import type { Portfolio } from '../../src/domain/dashboard';
import { OPEN_TABLES, dataPackage, pilotOpenRows, publishedPilots, rowsCsv, tableCsv } from '../../src/domain/openData';
import type { Scorecard } from '../../src/domain/types';
import type { CurrentPortfolio } from '../portfolio';
import { HttpError } from '../errors';

interface PublishedFile {
  body: string;
  type: string;
  etag: string;
}

const etagOf = (body: string) => `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;

export function serveOpenData(portfolio: CurrentPortfolio): Router {
  /** Each published pilot's CSV lines, table by table, by its scorecard: a pilot indexed again has a new one. */
  const chunks = new WeakMap<Scorecard, string[]>();
  let cached: { portfolio: Portfolio; version: number; files: Map<string, PublishedFile> } | undefined;
  const files = async () => {
    const current = await portfolio();
    if (cached?.portfolio !== current || cached.version !== current.version) {
      const byTable = OPEN_TABLES.map((): string[] => []);
      for (const pilot of publishedPilots(current)) {
        const card = current.scorecards.get(pilot.id);
        let lines = card && chunks.get(card);
        if (!lines) {
          lines = pilotOpenRows(current, pilot).map(rowsCsv);
          if (card) chunks.set(card, lines);
        }
        lines.forEach((text, i) => byTable[i].push(text));
      }
      const published = new Map<string, PublishedFile>();
      OPEN_TABLES.forEach((table, i) => {
        const body = tableCsv(table, byTable[i]);
        published.set(`${table.name}.csv`, { body, type: 'text/csv; charset=utf-8', etag: etagOf(body) });
      });
      const descriptor = JSON.stringify(dataPackage(OPEN_TABLES, current.today), null, 2);
      published.set('datapackage.json', { body: descriptor, type: 'application/json; charset=utf-8', etag: etagOf(descriptor) });
      cached = { portfolio: current, version: current.version, files: published };
    }
    return cached.files;
  };

  const router = Router();
  router.get('/:file', (req, res, next) => {
    files()
      .then((published) => {
        const file = published.get(req.params.file);
        if (!file) throw new HttpError(404, `No open-data file ${req.params.file}: see datapackage.json`);
        res.setHeader('Cache-Control', 'public, max-age=300');
        res.setHeader('ETag', file.etag);
        res.setHeader('Access-Control-Allow-Origin', '*');
        if (req.headers['if-none-match'] === file.etag) {
          res.status(304).end();
          return;
        }
        res.type(file.type).send(file.body);
      })
      .catch(next);
  });
  return router;
}
