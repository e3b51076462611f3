/**
 * Sign-in, sign-out and the signed-in user (`/auth/*`), and `authenticate`, which lets no other
 * call through without a valid session: a bearer token (integration clients, tests) or the
 * browser's HttpOnly, SameSite=Strict cookie, whose writes must also carry the session's CSRF
 * token in `X-CSRF-Token`.
 */
import express, { type Request, type RequestHandler, type Response } from 'express';
import type { Database, IntegrationToken, Role, TokenScope, User } from '../../src/domain/types';
import { appendAudit, FAILED_SIGN_IN, RECENT_AUDIT_MS } from '../audit';
import { DECOY_HASH, verifyPassword } from '../auth/passwords';
import { closeSession, csrfMatches, findSession, openSession } from '../auth/sessions';
import { isIntegrationSecret, useToken } from '../auth/tokens';
import type { Throttle } from '../auth/throttle';
import { contextOf } from '../context';
import type { Data } from '../database';
import { HttpError, invalid } from '../errors';
import { markChanged } from '../store/changes';

export interface SignedIn {
  user: User;
  /** The session, or null for an integration token. */
  sessionId: number | null;
  /** The integration token the call is made with, if any. */
  token?: IntegrationToken;
}

export const signedIn = (res: Response): SignedIn => {
  const found = contextOf(res).signedIn;
  if (!found) throw new Error('signedIn: the authentication middleware has not run');
  return found;
};
export const actorOf = (res: Response): { id: number; role: Role } => signedIn(res).user;
/** The integration token behind the call, for the audit trail; null for a person signed in. */
export const tokenIdOf = (res: Response): number | null => signedIn(res).token?.id ?? null;

const publicUser = ({ id, email, fullName, role }: User) => ({ id, email, fullName, role });
const WRONG_CREDENTIALS = 'Wrong email or password';

export const SESSION_COOKIE = 'pilot_session';
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{20,200}$/;
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function bearerToken(header: string | undefined): string | undefined {
  const match = /^Bearer ([A-Za-z0-9_-]{20,200})$/.exec(header ?? '');
  return match?.[1];
}

/** The session cookie's value, when the request carries a well-formed one. */
function cookieToken(header: string | undefined): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === SESSION_COOKIE) {
      const token = value.join('=');
      return TOKEN_PATTERN.test(token) ? token : undefined;
    }
  }
  return undefined;
}

/** The session cookie: HttpOnly (no script reads it), SameSite=Strict, `Secure` behind TLS, for the API only. */
export function sessionCookie(token: string, maxAgeMs: number, secure: boolean): string {
  const attributes = [`${SESSION_COOKIE}=${token}`, 'Path=/api', 'HttpOnly', 'SameSite=Strict', `Max-Age=${Math.max(0, Math.floor(maxAgeMs / 1000))}`];
  if (secure) attributes.push('Secure');
  return attributes.join('; ');
}

/**
 * Why an integration token may not make this call, or null: it only records (`POST`) what its
 * scopes name, measurements or training sessions, one by one or imported, for its own pilots.
 */
function tokenRefusal(db: Database, token: IntegrationToken, req: Request): string | null {
  const match = /^\/(?:imports\/)?(measurements|trainings)\/?$/.exec(req.path);
  const scope = match?.[1] as TokenScope | undefined;
  if (req.method !== 'POST' || !scope) return `An integration token may only record ${token.scopes.join(' and ')} (POST): it cannot ${req.method} ${req.path}`;
  if (!token.scopes.includes(scope)) return `This integration token may not record ${scope}: its scopes are ${token.scopes.join(', ')}`;
  if (req.path.startsWith('/imports/')) return null; // each row is checked against the token's pilots
  const body = (req.body ?? {}) as Record<string, unknown>;
  const pilotId = scope === 'measurements' ? db.kpis.find((k) => k.id === body.kpiId)?.pilotId : body.pilotId;
  if (typeof pilotId === 'number' && !token.pilotIds.includes(pilotId)) return `This integration token may only record for pilots ${token.pilotIds.join(', ')}`;
  return null;
}

export function authenticate(data: Data): RequestHandler {
  return (req, res, next) => {
    const bearer = bearerToken(req.headers.authorization);
    if (bearer && isIntegrationSecret(bearer)) {
      const used = useToken(data.get(), bearer);
      if (!used) {
        res.setHeader('WWW-Authenticate', 'Bearer');
        next(new HttpError(401, 'This integration token does not exist or was revoked'));
        return;
      }
      const refusal = tokenRefusal(data.get(), used.token, req);
      if (refusal) {
        next(new HttpError(403, refusal));
        return;
      }
      contextOf(res).signedIn = { user: used.user, sessionId: null, token: used.token };
      next();
      return;
    }
    const cookie = bearer ? undefined : cookieToken(req.headers.cookie);
    const token = bearer ?? cookie;
    const found = token ? findSession(data.get(), token) : undefined;
    if (!found) {
      res.setHeader('WWW-Authenticate', 'Bearer');
      next(new HttpError(401, token || req.headers.authorization ? 'Your session has ended: sign in again' : 'Sign in first'));
      return;
    }
    // A cookie is sent by the browser whoever asks: a write must prove it comes from the app.
    if (cookie && !SAFE_METHODS.has(req.method) && !csrfMatches(found.session, req.get('X-CSRF-Token'))) {
      next(new HttpError(403, 'Missing or wrong CSRF token: reload the page and try again'));
      return;
    }
    contextOf(res).signedIn = { user: found.user, sessionId: found.session.id };
    next();
  };
}

/** How long a burst of failed sign-ins for one email lasts: one audit entry counts its attempts. */
const BURST_MS = RECENT_AUDIT_MS;

/**
 * Records a failed sign-in: a new audit entry, or one more attempt on the entry of the same
 * email's burst, so that repeated failures cannot grow the trail without bound.
 */
function recordFailedSignIn(db: Database, userId: number | null, email: string, now = Date.now()): void {
  const since = new Date(now - BURST_MS).toISOString();
  for (let i = db.audit.length - 1; i >= 0 && db.audit[i].at >= since; i -= 1) {
    const entry = db.audit[i];
    if (entry.action === FAILED_SIGN_IN && entry.email === email) {
      entry.attempts = (entry.attempts ?? 1) + 1;
      entry.lastAt = new Date(now).toISOString();
      markChanged(db, 'audit', entry.id);
      return;
    }
  }
  appendAudit(db, { userId, action: FAILED_SIGN_IN, resource: 'auth', recordId: null, email, attempts: 1 });
}

/** The longest email an account may have (RFC 5321); a longer one is refused before anything is recorded. */
const MAX_EMAIL_LENGTH = 254;

export interface SignInThrottles {
  /** Failures per email. */
  email: Throttle;
  /** Failures per client address, whatever the emails tried. */
  client: Throttle;
}

export function authRoutes(data: Data, throttles: SignInThrottles, sessionTtlMs: number, secureCookies = false): express.Router {
  const routes = express.Router();
  // No call of /auth takes query parameters: a stray one is a mistake to report, not to ignore.
  routes.use('/auth', (req, _res, next) => {
    const unknown = Object.keys(req.query);
    next(unknown.length ? invalid(Object.fromEntries(unknown.map((k) => [k, 'Unknown query parameter: this call takes none'])), 'Unknown query parameters') : undefined);
  });

  routes.post('/auth/login', async (req, res, next) => {
    try {
      const { email, password } = req.body as { email?: unknown; password?: unknown };
      const errors: Record<string, string> = {};
      if (typeof email !== 'string' || !email.trim()) errors.email = 'Required';
      if (typeof password !== 'string' || !password) errors.password = 'Required';
      else if (password.length > 1024) errors.password = 'Must be 1024 characters or fewer';
      if (typeof email === 'string' && email.trim().length > MAX_EMAIL_LENGTH) errors.email = `Must be ${MAX_EMAIL_LENGTH} characters or fewer`;
      if (Object.keys(errors).length) throw invalid(errors);
      const normalised = (email as string).trim().toLowerCase();
      const client = `ip:${req.ip ?? 'unknown'}`;
      const wait = Math.max(throttles.email.blockedFor(normalised), throttles.client.blockedFor(client));
      if (wait > 0) {
        res.setHeader('Retry-After', String(Math.ceil(wait / 1000)));
        throw new HttpError(429, `Too many failed sign-ins: try again in ${Math.ceil(wait / 60_000)} minute(s)`);
      }
      const user = data.get().users.find((u) => u.email.toLowerCase() === normalised);
      const credential = user && data.get().credentials.find((c) => c.userId === user.id);
      const matches = await verifyPassword(password as string, credential?.passwordHash ?? DECOY_HASH);
      const db = data.get();
      if (!user || !credential || !matches || !user.active) {
        throttles.email.fail(normalised);
        throttles.client.fail(client);
        recordFailedSignIn(db, user?.id ?? null, normalised);
        await data.commit();
        if (user && matches && !user.active) throw new HttpError(403, 'This account is deactivated: ask an administrator');
        throw new HttpError(401, WRONG_CREDENTIALS);
      }
      throttles.email.succeed(normalised);
      const { token, session } = openSession(db, user.id, sessionTtlMs);
      appendAudit(db, { userId: user.id, action: 'login', resource: 'auth', recordId: session.id, email: normalised });
      await data.commit();
      res.setHeader('Set-Cookie', sessionCookie(token, sessionTtlMs, secureCookies));
      res.json({ token, user: publicUser(user), expiresAt: session.expiresAt, csrfToken: session.csrfToken });
    } catch (error) {
      next(error);
    }
  });

  routes.post('/auth/logout', authenticate(data), async (_req, res, next) => {
    try {
      const { user, sessionId } = signedIn(res);
      const db = data.get();
      if (sessionId !== null) closeSession(db, sessionId);
      appendAudit(db, { userId: user.id, action: 'logout', resource: 'auth', recordId: sessionId });
      await data.commit();
      res.setHeader('Set-Cookie', sessionCookie('', 0, secureCookies));
      res.status(204).end();
    } catch (error) {
      next(error);
    }
  });

  routes.get('/auth/me', authenticate(data), (_req, res) => {
    const { user, sessionId } = signedIn(res);
    const session = data.get().sessions.find((s) => s.id === sessionId);
    res.json({ ...publicUser(user), expiresAt: session?.expiresAt, csrfToken: session?.csrfToken });
  });

  return routes;
}
