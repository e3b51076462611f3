/**
 * The built assets (`/assets/*`, named by their content): kept a year by browsers, and sent
 * compressed from memory (Brotli, else gzip), compressed once per file in the background at
 * start-up rather than on every request, which on a small server delayed the first page by
 * half a second.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import type { RequestHandler } from 'express';

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);
const COMPRESSIBLE = /\.(js|css|svg|json|map|html|txt)$/;
const TYPES: Record<string, string> = { '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.svg': 'image/svg+xml', '.json': 'application/json', '.map': 'application/json' };

interface Compressed {
  mtimeMs: number;
  br: Promise<Buffer>;
  gzip: Promise<Buffer>;
}

export function serveBuiltAssets(staticDir: string | undefined): RequestHandler {
  const cache = new Map<string, Compressed>();
  const folder = staticDir ? path.join(staticDir, 'assets') : undefined;
  const compressed = (name: string): Compressed | undefined => {
    if (!folder || !COMPRESSIBLE.test(name) || name.includes('/') || name.startsWith('.')) return undefined;
    const file = path.join(folder, name);
    let mtimeMs: number;
    try {
      mtimeMs = statSync(file).mtimeMs;
    } catch {
      return undefined;
    }
    const known = cache.get(name);
    if (known?.mtimeMs === mtimeMs) return known;
    const contents = readFileSync(file);
    const entry: Compressed = {
      mtimeMs,
      br: brotli(contents, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 9, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: contents.length } }),
      gzip: gzip(contents, { level: 9 }),
    };
    cache.set(name, entry);
    return entry;
  };
  // Compress what is there now, in the background (zlib works off the main thread).
  if (folder) {
    try {
      for (const name of readdirSync(folder)) if (!name.endsWith('.map')) compressed(name);
    } catch {
      // No build yet: assets are compressed when first asked for.
    }
  }
  return (req, res, next) => {
    if (!req.path.startsWith('/assets/') || (req.method !== 'GET' && req.method !== 'HEAD')) return next();
    res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
    const name = decodeURIComponent(req.path.slice('/assets/'.length));
    const entry = compressed(name);
    if (!entry) return next();
    const accepted = req.acceptsEncodings('br', 'gzip');
    if (accepted !== 'br' && accepted !== 'gzip') return next();
    (accepted === 'br' ? entry.br : entry.gzip).then(
      (body) => {
        res.setHeader('Content-Encoding', accepted);
        res.setHeader('Vary', 'Accept-Encoding');
        res.type(TYPES[path.extname(name)] ?? 'application/octet-stream');
        res.setHeader('Content-Length', body.length);
        if (req.method === 'HEAD') res.end();
        else res.end(body);
      },
      (error: unknown) => next(error),
    );
  };
}
