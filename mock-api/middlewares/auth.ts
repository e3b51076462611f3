/**
 * Sign-in, sign-out and the signed-in user (`/auth/*`), and `authenticate`, which lets no other
 * call through without a valid bearer token.
 */
import express, { type RequestHandler, type Response } from 'express';
import type { Role, User } from '../../src/domain/types';
import { appendAudit } from '../audit';
import { DECOY_HASH, verifyPassword } from '../auth/passwords';
import { closeSession, findSession, openSession } from '../auth/sessions';
import type { Throttle } from '../auth/throttle';
import type { Data } from '../database';
import { HttpError, invalid } from '../errors';

export interface SignedIn {
  user: User;
  sessionId: number;
}

export const signedIn = (res: Response): SignedIn => res.locals.signedIn as SignedIn;
export const actorOf = (res: Response): { id: number; role: Role } => signedIn(res).user;

const publicUser = ({ id, email, fullName, role }: User) => ({ id, email, fullName, role });
const WRONG_CREDENTIALS = 'Wrong email or password';

function bearerToken(header: string | undefined): string | undefined {
  const match = /^Bearer ([A-Za-z0-9_-]{20,200})$/.exec(header ?? '');
  return match?.[1];
}

export function authenticate(data: Data): RequestHandler {
  return (req, res, next) => {
    const token = bearerToken(req.headers.authorization);
    const found = token ? findSession(data.get(), token) : undefined;
    if (!found) {
      res.setHeader('WWW-Authenticate', 'Bearer');
      next(new HttpError(401, token || req.headers.authorization ? 'Your session has ended: sign in again' : 'Sign in first'));
      return;
    }
    res.locals.signedIn = { user: found.user, sessionId: found.session.id } satisfies SignedIn;
    next();
  };
}

export function authRoutes(data: Data, throttle: Throttle, sessionTtlMs: number): express.Router {
  const routes = express.Router();

  routes.post('/auth/login', async (req, res, next) => {
    try {
      const { email, password } = req.body as { email?: unknown; password?: unknown };
      const errors: Record<string, string> = {};
      if (typeof email !== 'string' || !email.trim()) errors.email = 'Required';
      if (typeof password !== 'string' || !password) errors.password = 'Required';
      if (Object.keys(errors).length) throw invalid(errors);
      const normalised = (email as string).trim().toLowerCase();
      const wait = throttle.blockedFor(normalised);
      if (wait > 0) {
        res.setHeader('Retry-After', String(Math.ceil(wait / 1000)));
        throw new HttpError(429, `Too many failed sign-ins for this email: try again in ${Math.ceil(wait / 60_000)} minute(s)`);
      }
      const user = data.get().users.find((u) => u.email.toLowerCase() === normalised);
      const credential = user && data.get().credentials.find((c) => c.userId === user.id);
      const matches = await verifyPassword(password as string, credential?.passwordHash ?? DECOY_HASH);
      const db = data.get();
      if (!user || !credential || !matches || !user.active) {
        throttle.fail(normalised);
        appendAudit(db, { userId: user?.id ?? null, action: 'login-failed', resource: 'auth', recordId: null, email: normalised });
        await data.commit();
        if (user && matches && !user.active) throw new HttpError(403, 'This account is deactivated: ask an administrator');
        throw new HttpError(401, WRONG_CREDENTIALS);
      }
      throttle.succeed(normalised);
      const { token, session } = openSession(db, user.id, sessionTtlMs);
      appendAudit(db, { userId: user.id, action: 'login', resource: 'auth', recordId: session.id, email: normalised });
      await data.commit();
      res.json({ token, user: publicUser(user), expiresAt: session.expiresAt });
    } catch (error) {
      next(error);
    }
  });

  routes.post('/auth/logout', authenticate(data), async (_req, res, next) => {
    try {
      const { user, sessionId } = signedIn(res);
      const db = data.get();
      closeSession(db, sessionId);
      appendAudit(db, { userId: user.id, action: 'logout', resource: 'auth', recordId: sessionId });
      await data.commit();
      res.status(204).end();
    } catch (error) {
      next(error);
    }
  });

  routes.get('/auth/me', authenticate(data), (_req, res) => {
    res.json(publicUser(signedIn(res).user));
  });

  return routes;
}
