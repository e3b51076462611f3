/**
 * What every answer says to the browser: a Content-Security-Policy with a fresh nonce for the
 * styles MUI inserts (no 'unsafe-inline', no 'unsafe-eval'), framing refused, no MIME sniffing,
 * a strict referrer policy, no powerful features, HSTS behind TLS; and CORS for the origins
 * allowed by name only (none by default: the SPA is served from the API's own origin).
 */
import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import cors from 'cors';
import type { RequestHandler, Response } from 'express';
import helmet, { type HelmetOptions } from 'helmet';
import { contextOf } from '../context';
import { HttpError } from '../errors';

export const cspNonce = (res: Response) => contextOf(res).cspNonce ?? '';

export interface SecurityOptions {
  /** Served over TLS (directly or behind a proxy that says so): sends HSTS. */
  tls?: boolean;
  /** Origins allowed to call the API from another site (exact, e.g. `https://intranet.example.gouv.fr`). */
  corsOrigins?: readonly string[];
}

const PERMISSIONS_POLICY = ['camera', 'microphone', 'geolocation', 'payment', 'usb', 'interest-cohort'].map((f) => `${f}=()`).join(', ');

/** Nonces cut from one random buffer, 256 at a time: a call to the system's source per answer cost 2% of a page's time. */
const NONCES = 256;
let nonces = Buffer.alloc(0);
let used = NONCES;
function nextNonce(): string {
  if (used === NONCES) {
    nonces = randomBytes(16 * NONCES);
    used = 0;
  }
  used += 1;
  return nonces.toString('base64', 16 * (used - 1), 16 * used);
}

/** Whether a request is to the API (`/api` and under), as the app sees its path. */
export const isApiPath = (path: string) => path === '/api' || path.startsWith('/api/');

/** helmet's options: the same policy for pages and API answers but for the pages' style nonce. */
const helmetOptions = (tls: boolean, styleSrc: Array<string | ((req: IncomingMessage, res: ServerResponse) => string)>): HelmetOptions => ({
  contentSecurityPolicy: {
    useDefaults: false,
    directives: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc,
      imgSrc: ["'self'", 'data:'],
      fontSrc: ["'self'", 'data:'],
      connectSrc: ["'self'"],
      manifestSrc: ["'self'"],
      workerSrc: ["'self'"],
      objectSrc: ["'none'"],
      baseUri: ["'self'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
      ...(tls ? { upgradeInsecureRequests: [] } : {}),
    },
  },
  strictTransportSecurity: tls ? { maxAge: 31_536_000, includeSubDomains: true } : false,
  referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
  xFrameOptions: { action: 'deny' },
  crossOriginEmbedderPolicy: false,
});

/** The headers `middleware` sets on an answer whatever the request: asked once, of a stand-in. */
function headersSetBy(middleware: (req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void) => void): [string, string][] {
  const set = new Map<string, string>();
  const standIn = {
    setHeader: (name: string, value: string) => void set.set(name, value),
    removeHeader: (name: string) => void set.delete(name),
    getHeader: (name: string) => set.get(name),
  };
  middleware({ method: 'GET', headers: {} } as IncomingMessage, standIn as unknown as ServerResponse, () => undefined);
  return [...set];
}

/**
 * helmet's headers, with a fresh style nonce on pages. The API's answers are JSON: nothing in them
 * is styled, so they carry the same policy without the nonce, the same on every answer, worked out
 * once rather than by helmet's eleven middlewares on every call.
 */
export function securityHeaders({ tls = false }: SecurityOptions): RequestHandler {
  // MUI (emotion) inserts <style> elements: each carries this page's nonce.
  const pages = helmet(helmetOptions(tls, ["'self'", (_req, res) => `'nonce-${cspNonce(res as Response)}'`]));
  const api = [...headersSetBy(helmet(helmetOptions(tls, ["'self'"]))), ['Permissions-Policy', PERMISSIONS_POLICY]] as const;
  return (req, res, next) => {
    if (isApiPath(req.path)) {
      for (const [name, value] of api) res.setHeader(name, value);
      next();
      return;
    }
    contextOf(res).cspNonce = nextNonce();
    res.setHeader('Permissions-Policy', PERMISSIONS_POLICY);
    pages(req, res, next);
  };
}

/** CORS for the allowed origins only; a preflight from any other origin is refused (403). */
export function corsPolicy({ corsOrigins = [] }: SecurityOptions): RequestHandler[] {
  const allowed = new Set(corsOrigins);
  const refuseOthers: RequestHandler = (req, _res, next) => {
    const origin = req.headers.origin;
    if (req.method === 'OPTIONS' && origin && !allowed.has(origin)) {
      next(new HttpError(403, `Cross-origin calls from ${origin} are not allowed`));
      return;
    }
    next();
  };
  if (!allowed.size) return [refuseOthers];
  return [
    refuseOthers,
    cors({
      origin: (origin, callback) => callback(null, origin !== undefined && allowed.has(origin)),
      credentials: true,
      methods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'],
      allowedHeaders: ['Content-Type', 'Authorization', 'If-Match', 'X-CSRF-Token'],
      exposedHeaders: ['Content-Range', 'ETag'],
      maxAge: 600,
    }),
  ];
}

/** Nothing an API answers is kept by a browser or a proxy: it holds personal data and tokens. */
export const noStore: RequestHandler = (_req, res, next) => {
  res.setHeader('Cache-Control', 'no-store');
  res.removeHeader('Pragma');
  res.removeHeader('Expires');
  next();
};
