import { render } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { App } from '@/App';
import type { Role } from '@/domain/types';
import { createAuthProvider } from '@/providers/authProvider';
import { createDataProvider } from '@/providers/dataProvider';
import { saveSession } from '@/providers/session';
import { API } from './server';

export const PEOPLE: Record<Role, { id: number; email: string; fullName: string; role: Role }> = {
  admin: { id: 1, email: 'admin@example.org', fullName: 'Alice Martin', role: 'admin' },
  manager: { id: 2, email: 'manager@example.org', fullName: 'Mehdi Benali', role: 'manager' },
  executive: { id: 3, email: 'executive@example.org', fullName: 'Claire Dubois', role: 'executive' },
  trainer: { id: 4, email: 'trainer@example.org', fullName: 'Thomas Leroy', role: 'trainer' },
};

/** As if `role` had signed in earlier: a stored session. */
export function signedInAs(role: Role) {
  saveSession({ csrfToken: `csrf-of-${role}`, user: PEOPLE[role], expiresAt: new Date(Date.now() + 3_600_000).toISOString() });
}

/** The whole app at `route` (such as `/pilots/create`), in a router of its own as in the browser, with providers that talk to MSW. */
export const renderApp = (route = '/') =>
  render(
    <MemoryRouter initialEntries={[route]} useTransitions={false}>
      <App authProvider={createAuthProvider(API)} dataProvider={createDataProvider(API)} />
    </MemoryRouter>,
  );
