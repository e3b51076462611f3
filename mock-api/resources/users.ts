/** Accounts: a manager keeps the role while owning pilots; a password is stored apart, and a reset or a deactivation ends the sessions. */
import type { Database } from '../../src/domain/types';
import { closeSessionsOf } from '../auth/sessions';
import type { ResourceModule } from './types';

/** Stores a new password hash with its account; a reset ends the account's sessions. */
function storePassword(db: Database, userId: number, passwordHash: string, isReset: boolean) {
  const credential = db.credentials.find((c) => c.userId === userId);
  if (credential) credential.passwordHash = passwordHash;
  else {
    db.credentials.push({ id: db._sequences.credentials, userId, passwordHash });
    db._sequences.credentials += 1;
  }
  if (isReset) closeSessionsOf(db, userId);
}

export const users: ResourceModule = {
  label: 'user',
  check(db, record, existing, errors) {
    if (existing?.role === 'manager' && record.role !== 'manager') {
      const owned = db.pilots.reduce((n, p) => (p.ownerId === existing.id ? n + 1 : n), 0);
      if (owned) errors.role = `This manager owns ${owned} pilot(s): give them another owner first`;
    }
  },
  // Credentials and sessions are small collections, compared whole at each commit.
  afterWrite({ db, method, written, passwordHash }) {
    if (passwordHash) storePassword(db, written.id, passwordHash, method !== 'POST');
    if (written.active === false || method === 'DELETE') closeSessionsOf(db, written.id);
    if (method === 'DELETE') db.credentials = db.credentials.filter((c) => c.userId !== written.id);
  },
};
