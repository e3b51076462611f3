/**
 * Serves the SPA's `index.html` with this response's CSP nonce in its `csp-nonce` meta tag (the
 * SPA gives it to the styles it inserts), never cached since the nonce changes every time.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { RequestHandler } from 'express';
import { cspNonce } from './security';

export const NONCE_PLACEHOLDER = '__CSP_NONCE__';

export function serveSpaIndex(staticDir: string | undefined): RequestHandler {
  // Read again whenever the file changes: a new build names new assets.
  let cached: { mtimeMs: number; html: string } | undefined;
  return (req, res, next) => {
    if (!staticDir || req.method !== 'GET' || (req.path !== '/' && req.path !== '/index.html')) return next();
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
