/**
 * Serves the SPA's `index.html` for every page of the SPA (clean URLs such as `/pilots/1/show`:
 * any GET outside `/api` and the open-data files whose last segment is not a file name), with this
 * response's CSP nonce in its `csp-nonce` meta tag (the SPA gives it to the styles it inserts),
 * never cached since the nonce changes every time. Unknown pages are the SPA's own "not found".
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { RequestHandler } from 'express';
import { cspNonce } from './security';

export const NONCE_PLACEHOLDER = '__CSP_NONCE__';

/** Paths that are never a page of the SPA: the API, the open-data files (not their page, `/open-data`), and files (`/assets/x.js`). */
const NOT_A_PAGE = /^\/api(\/|$)|^\/open-data\/.|\.[a-z0-9]+$/i;

export function isSpaPage(pathname: string): boolean {
  return !NOT_A_PAGE.test(pathname);
}

export function serveSpaIndex(staticDir: string | undefined): RequestHandler {
  // Read again whenever the file changes: a new build names new assets.
  let cached: { mtimeMs: number; html: string } | undefined;
  return (req, res, next) => {
    if (!staticDir || (req.method !== 'GET' && req.method !== 'HEAD')) return next();
    if (req.path !== '/index.html' && !isSpaPage(req.path)) return next();
    const file = path.join(staticDir, 'index.html');
    try {
      const { mtimeMs } = statSync(file);
      if (cached?.mtimeMs !== mtimeMs) cached = { mtimeMs, html: readFileSync(file, 'utf8') };
    } catch {
      return next();
    }
    res.setHeader('Cache-Control', 'no-store');
    res.type('html').send(cached.html.replaceAll(NONCE_PLACEHOLDER, cspNonce(res)));
  };
}
