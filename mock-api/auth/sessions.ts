/**
 * Sessions: a random token for the client (a bearer token, or the browser's HttpOnly cookie), only
 * its SHA-256 in the data file, and a CSRF token the browser sends back with its writes.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Database, Session, User } from '../../src/domain/types';

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export function openSession(db: Database, userId: number, ttlMs: number, now = Date.now()): { token: string; session: Session } {
  // Expired sessions are dropped whenever a new one opens.
  db.sessions = db.sessions.filter((s) => Date.parse(s.expiresAt) > now);
  const token = randomBytes(32).toString('base64url');
  const session: Session = {
    id: db._sequences.sessions,
    userId,
    tokenHash: hashToken(token),
    csrfToken: randomBytes(24).toString('base64url'),
    createdAt: new Date(now).toISOString(),
    expiresAt: new Date(now + ttlMs).toISOString(),
  };
  db._sequences.sessions += 1;
  db.sessions.push(session);
  return { token, session };
}

/** The session and user of a token, when both are valid: unexpired, and the account active. */
export function findSession(db: Database, token: string, now = Date.now()): { session: Session; user: User } | undefined {
  const tokenHash = hashToken(token);
  const session = db.sessions.find((s) => s.tokenHash === tokenHash);
  if (!session || Date.parse(session.expiresAt) <= now) return undefined;
  const user = db.users.find((u) => u.id === session.userId);
  return user?.active ? { session, user } : undefined;
}

/** Whether `sent` is the session's CSRF token (compared in constant time). */
export function csrfMatches(session: Session, sent: string | undefined): boolean {
  if (!session.csrfToken || !sent) return false;
  const [a, b] = [Buffer.from(session.csrfToken), Buffer.from(sent)];
  return a.length === b.length && timingSafeEqual(a, b);
}

export function closeSession(db: Database, sessionId: number): void {
  db.sessions = db.sessions.filter((s) => s.id !== sessionId);
}

export function closeSessionsOf(db: Database, userId: number): void {
  db.sessions = db.sessions.filter((s) => s.userId !== userId);
}
