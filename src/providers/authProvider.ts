/**
 * Sign-in against the API (`/api/auth/*`), which sets the HttpOnly session cookie; the browser
 * keeps who is signed in and the CSRF token, and what the signed-in role may do comes from the
 * same table the API enforces.
 */
import { fetchUtils, type AuthProvider } from 'react-admin';
import { canAccess } from '@/domain/permissions';
import { forgetQueries } from './queryPersistence';
import { clearSession, readSession, saveSession, withCsrf, type StoredSession } from './session';

/** What a refused sign-in tells the user, by status. */
const MESSAGES: Record<number, string> = {
  401: 'app.auth.wrong_credentials',
  403: 'app.auth.deactivated',
  429: 'app.auth.too_many_attempts',
};

export function createAuthProvider(apiUrl = '/api'): AuthProvider {
  /**
   * Whether the server still knows the stored session, asked once per page load: a session that
   * expired or was revoked since goes straight to the sign-in page instead of through a refused
   * dashboard. Unreachable server: the stored session stands (offline use), the API decides later.
   */
  let confirmed: Promise<boolean> | undefined;
  const confirm = () =>
    (confirmed ??= fetch(`${apiUrl}/auth/me`, { credentials: 'same-origin', headers: { Accept: 'application/json' } }).then(
      async (response) => {
        // Read to the end: an answer left unread keeps its request open.
        await response.text().catch(() => '');
        return response.status !== 401 && response.status !== 403;
      },
      () => true,
    ));
  return {
    async login({ email, password }: { email: string; password: string }) {
      try {
        const { json } = await fetchUtils.fetchJson(`${apiUrl}/auth/login`, {
          method: 'POST',
          body: JSON.stringify({ email, password }),
          credentials: 'same-origin',
        });
        saveSession(json as StoredSession);
        confirmed = Promise.resolve(true);
      } catch (error) {
        const status = (error as { status?: number }).status;
        const message = MESSAGES[status ?? 0] ?? 'ra.auth.sign_in_error';
        throw new Error(message, { cause: error });
      }
    },
    async logout() {
      const session = readSession();
      if (session) await fetchUtils.fetchJson(`${apiUrl}/auth/logout`, withCsrf({ method: 'POST' })).catch(() => undefined);
      clearSession();
      confirmed = undefined;
      await forgetQueries().catch(() => undefined);
    },
    async checkAuth() {
      if (!readSession()) throw new Error('ra.auth.auth_check_error');
      if (!(await confirm())) {
        clearSession();
        confirmed = undefined;
        throw new Error('ra.auth.auth_check_error');
      }
    },
    async checkError(error: { status?: number }) {
      if (error?.status === 401) {
        clearSession();
        confirmed = undefined;
        throw new Error('ra.notification.logged_out');
      }
    },
    async getIdentity() {
      const session = readSession();
      if (!session) throw new Error('ra.auth.auth_check_error');
      return { ...session.user };
    },
    async getPermissions() {
      return readSession()?.user.role;
    },
    async canAccess({ resource, action, record }) {
      const user = readSession()?.user;
      if (!user) return false;
      return canAccess(user, resource, action, record);
    },
  };
}

export const authProvider = createAuthProvider();
