/**
 * The signed-in session as the SPA knows it. The session itself is an HttpOnly cookie that no
 * script can read; the browser keeps only who is signed in (for menus and permissions), until
 * when, and the CSRF token its writes must carry.
 */
import type { Role } from '@/domain/types';

export interface SessionUser {
  id: number;
  email: string;
  fullName: string;
  role: Role;
}
export interface StoredSession {
  user: SessionUser;
  expiresAt: string;
  /** Sent in `X-CSRF-Token` with every write. */
  csrfToken: string;
}

const KEY = 'pilot-tracker.session';

export function readSession(now = Date.now()): StoredSession | null {
  try {
    const session = JSON.parse(localStorage.getItem(KEY) ?? 'null') as StoredSession | null;
    return session && Date.parse(session.expiresAt) > now && typeof session.csrfToken === 'string' ? session : null;
  } catch {
    return null;
  }
}

export const saveSession = ({ user, expiresAt, csrfToken }: StoredSession) => localStorage.setItem(KEY, JSON.stringify({ user, expiresAt, csrfToken }));
export const clearSession = () => localStorage.removeItem(KEY);

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Request options with the session's CSRF token on writes; the cookie goes by itself (same origin). */
export function withCsrf(options: RequestInit = {}): RequestInit {
  const session = readSession();
  const method = (options.method ?? 'GET').toUpperCase();
  if (!session || SAFE_METHODS.has(method)) return { ...options, credentials: 'same-origin' };
  const headers = new Headers(options.headers);
  if (!headers.has('Accept')) headers.set('Accept', 'application/json');
  headers.set('X-CSRF-Token', session.csrfToken);
  return { ...options, headers, credentials: 'same-origin' };
}
