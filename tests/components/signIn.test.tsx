import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { PEOPLE, renderApp, signedInAs } from './renderApp';
import { buildPilot } from './builders';
import { API, dashboardOf, server } from './server';

/** Types into the sign-in form as a person would, and sends it. */
async function fillSignIn(email: string, password: string) {
  const user = userEvent.setup();
  await user.type(await screen.findByRole('textbox', { name: /email/i }), email);
  await user.type(screen.getByLabelText(/password/i, { selector: 'input' }), password);
  await user.click(screen.getByRole('button', { name: /sign in/i }));
}

const pilot = buildPilot({ id: 1, name: 'Paperless civil registry', category: 'document-management', stage: 'running', targetUsers: 180 });

describe('the sign-in page', () => {
  it('signs in with email and password; the session stays in its HttpOnly cookie, never in the page', async () => {
    let sent: unknown;
    const authorizations: (string | null)[] = [];
    server.use(
      http.post(`${API}/auth/login`, async ({ request }) => {
        sent = await request.json();
        return HttpResponse.json({
          token: 'a-token-from-the-server-0123456789',
          csrfToken: 'the-csrf-token',
          user: PEOPLE.manager,
          expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
        });
      }),
      // Sees each call to the dashboard's figures, then lets the next handler answer it.
      http.get(`${API}/dashboard/:figure`, ({ request }) => {
        authorizations.push(request.headers.get('authorization'));
      }),
      dashboardOf({ pilots: [pilot], kpis: [], measurements: [], trainings: [], feedback: [], decisions: [] }).handler,
    );
    renderApp();
    await fillSignIn('manager@example.org', 'demo-password');

    expect(await screen.findByText('Paperless civil registry')).toBeInTheDocument();
    expect(sent).toEqual({ email: 'manager@example.org', password: 'demo-password' });
    expect(authorizations.length).toBeGreaterThan(0);
    // No bearer token: the browser sends the cookie. Nothing a script could read holds the token.
    expect(new Set(authorizations)).toEqual(new Set([null]));
    expect(JSON.stringify({ ...localStorage })).not.toContain('a-token-from-the-server');
    expect(JSON.stringify({ ...localStorage })).toContain('the-csrf-token');
  });

  it('says so when the email or password is wrong, and stays on the page', async () => {
    server.use(http.post(`${API}/auth/login`, () => HttpResponse.json({ message: 'Wrong email or password' }, { status: 401 })));
    renderApp();
    await fillSignIn('manager@example.org', 'not-the-password');
    expect(await screen.findByText('Wrong email or password')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /sign in/i })).toBeInTheDocument();
  });

  it('checks the fields before calling the server', async () => {
    renderApp();
    const user = userEvent.setup();
    await user.type(await screen.findByRole('textbox', { name: /email/i }), 'not an email');
    await user.click(screen.getByRole('button', { name: /sign in/i }));
    await waitFor(() => expect(screen.getByText(/must be a valid email/i)).toBeInTheDocument());
  });
});

describe('a session the server no longer knows', () => {
  it('opens the sign-in page at once instead of a dashboard the API refuses', async () => {
    signedInAs('executive');
    const dashboardCalls: string[] = [];
    server.use(
      http.get(`${API}/auth/me`, () => HttpResponse.json({ message: 'Session expired' }, { status: 401 })),
      http.get(`${API}/dashboard/:figure`, ({ request }) => {
        dashboardCalls.push(request.url);
        return HttpResponse.json({ message: 'Session expired' }, { status: 401 });
      }),
    );
    renderApp('/pilots/3/show');
    expect(await screen.findByRole('button', { name: /sign in/i })).toBeInTheDocument();
    expect(localStorage.getItem('pilot-tracker.session')).toBeNull();
    expect(dashboardCalls).toEqual([]);
  });
});
