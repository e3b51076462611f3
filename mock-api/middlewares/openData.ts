/**
 * `/open-data/`: the published pilots as a Frictionless Data Package, public (no sign-in):
 * `datapackage.json` and one CSV per table. Built once per data revision; each file has an ETag
 * (a `304` answers a matching `If-None-Match`) and may be cached publicly for five minutes.
 */
import { createHash } from 'node:crypto';
import { Router } from 'express';
import { todayIso } from '../../src/domain/format';
import { dataPackage, openDataTables, tableCsv } from '../../src/domain/openData';
import type { Data } from '../database';
import { HttpError } from '../errors';

interface PublishedFile {
  body: string;
  type: string;
  etag: string;
}

const etagOf = (body: string) => `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;

export function serveOpenData(data: Data): Router {
  let cached: { key: string; files: Map<string, PublishedFile> } | undefined;
  const files = () => {
    const today = todayIso();
    const key = `${data.revision()}|${today}`;
    if (cached?.key !== key) {
      const tables = openDataTables(data.get(), today);
      const published = new Map<string, PublishedFile>();
      for (const table of tables) {
        const body = tableCsv(table);
        published.set(`${table.name}.csv`, { body, type: 'text/csv; charset=utf-8', etag: etagOf(body) });
      }
      const descriptor = JSON.stringify(dataPackage(tables, today), null, 2);
      published.set('datapackage.json', { body: descriptor, type: 'application/json; charset=utf-8', etag: etagOf(descriptor) });
      cached = { key, files: published };
    }
    return cached.files;
  };

  const router = Router();
  router.get('/:file', (req, res) => {
    const file = files().get(req.params.file);
    if (!file) throw new HttpError(404, `No open-data file ${req.params.file}: see datapackage.json`);
    res.setHeader('Cache-Control', 'public, max-age=300');
    res.setHeader('ETag', file.etag);
    res.setHeader('Access-Control-Allow-Origin', '*');
    if (req.headers['if-none-match'] === file.etag) {
      res.status(304).end();
      return;
    }
    res.type(file.type).send(file.body);
  });
  return router;
}
