/** The signed-in session, kept in the browser's storage between visits. */
import type { Role } from '@/domain/types';

export interface SessionUser {
  id: number;
  email: string;
  fullName: string;
  role: Role;
}
export interface StoredSession {
  token: string;
  user: SessionUser;
  expiresAt: string;
}

const KEY = 'pilot-tracker.session';

export function readSession(now = Date.now()): StoredSession | null {
  try {
    const session = JSON.parse(localStorage.getItem(KEY) ?? 'null') as StoredSession | null;
    return session && Date.parse(session.expiresAt) > now ? session : null;
  } catch {
    return null;
  }
}

export const saveSession = (session: StoredSession) => localStorage.setItem(KEY, JSON.stringify(session));
export const clearSession = () => localStorage.removeItem(KEY);
