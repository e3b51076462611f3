/**
 * Network loss is ordinary. When the server cannot be reached, the page says so and keeps what
 * it showed, and comes back by itself. A trainer in a town hall with no network records a
 * session: it is kept on the device ("waiting to send"), survives a reload without network
 * (the app shell is cached), and reaches the server exactly once when the network returns.
 */
import { describe, expect, inject, it } from 'vitest';
import { DEMO_ACCOUNTS, openBrowserContext, screenshot, signIn } from './browser';

const baseUrl = inject('baseUrl');
const browserContext = openBrowserContext();
const page = () => browserContext.page;
const context = () => browserContext.context;

/** Signs in afresh as `role` (no session left from the test before). */
async function signInAfresh(role: 'manager' | 'admin' | 'trainer') {
  await context().clearCookies();
  await page().goto(`${baseUrl}/login`);
  await page().evaluate(() => localStorage.removeItem('pilot-tracker.session'));
  await signIn(page(), baseUrl, role);
}

/** Until `run` ends, the server refuses connections from the page, as when it is restarted. */
async function withServerDown(run: () => Promise<void>) {
  await page().route('**/api/**', (route) => route.abort('connectionrefused'));
  try {
    await run();
  } finally {
    await page().unroute('**/api/**');
  }
}

/** Sessions with this title on the server, asked as the trainer would (with the session cookie). */
async function sessionsTitled(title: string): Promise<number> {
  const response = await context().request.get(`${baseUrl}/api/trainings?filter=${encodeURIComponent(JSON.stringify({ q: title }))}`);
  expect(response.status()).toBe(200);
  return ((await response.json()) as { title: string }[]).filter((t) => t.title === title).length;
}

describe('when the server cannot be reached', () => {
  it('says so, keeps the rows it showed, and recovers by itself', async () => {
    await signInAfresh('manager');
    await page().goto(`${baseUrl}/measurements`);
    const rows = page().locator('table tbody tr');
    await rows.first().waitFor();
    const shown = await rows.count();
    await withServerDown(async () => {
      await page().getByRole('button', { name: 'Refresh' }).first().click();
      await page().getByText('Cannot reach the server').waitFor();
      await screenshot(page(), 'server-unreachable');
      expect(await rows.count()).toBe(shown);
      expect(await page().getByText(/No measurements/i).count()).toBe(0);
      // A pilot's page opened meanwhile waits; it does not bounce to the list.
      await rows.first().locator('a[href^="/pilots/"]').first().click();
      await page().waitForTimeout(2_000);
      expect(new URL(page().url()).pathname).toMatch(/^\/pilots\/\d+\/show$/);
      await page().getByText('Cannot reach the server').waitFor();
    });
    // The server answers again: the page comes by itself.
    await page().getByRole('tab', { name: 'KPIs' }).waitFor({ timeout: 15_000 });
    await page().getByText('Cannot reach the server').waitFor({ state: 'detached' });
  });

  it('keeps what a form held when saving fails', async () => {
    await signInAfresh('admin');
    await page().goto(`${baseUrl}/pilots/1/edit`);
    const region = page().getByRole('textbox', { name: /region/i });
    await region.waitFor();
    await region.fill('Région en cours de saisie');
    await withServerDown(async () => {
      await page().getByRole('button', { name: 'Save' }).click();
      await page().getByText('The server could not be reached: try again in a moment').waitFor();
      expect(await region.inputValue()).toBe('Région en cours de saisie');
    });
  });
});

describe('a trainer without network', () => {
  const title = `Town hall session ${Date.now()}`;

  it('records a session, kept on the device and shown as waiting to send', async () => {
    await signInAfresh('trainer');
    // The app shell is cached before the network goes.
    await page().evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page().goto(`${baseUrl}/trainings`);
    await page().locator('table tbody tr').first().waitFor();
    await context().setOffline(true);
    await page().getByRole('link', { name: /create/i }).click();
    await page().getByRole('combobox', { name: /pilot/i }).click();
    await page().getByRole('option').first().click();
    await page().getByRole('textbox', { name: /title/i }).fill(title);
    await page().getByRole('spinbutton', { name: /participants/i }).fill('12');
    await page().getByRole('spinbutton', { name: /completed/i }).fill('11');
    await page().getByRole('button', { name: 'Save' }).click();
    await page().getByText(/^Kept on this device: it will be sent/).waitFor();
    const waiting = page().getByRole('region', { name: /Waiting to send/ });
    await waiting.getByText(title).waitFor();
    await screenshot(page(), 'offline-waiting');
  });

  it('still has it after a reload without network, and sends it once when the network returns', async () => {
    await page().reload();
    const waiting = page().getByRole('region', { name: /Waiting to send/ });
    await waiting.getByText(title).waitFor();
    await page().getByText('You are offline').waitFor();
    await context().setOffline(false);
    await page().getByText(/1 record sent/).waitFor({ timeout: 20_000 });
    await waiting.waitFor({ state: 'detached' });
    await page().getByRole('cell', { name: title }).waitFor();
    expect(await sessionsTitled(title)).toBe(1);
    // Going offline and online again sends nothing more.
    await context().setOffline(true);
    await context().setOffline(false);
    await page().waitForTimeout(1_000);
    expect(await sessionsTitled(title)).toBe(1);
  });
});

/** The API as a colleague elsewhere sees it (not through the page, so not offline with it). */
async function colleagueApi(role: 'admin' | 'manager') {
  const login = await fetch(`${baseUrl}/api/auth/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email: DEMO_ACCOUNTS[role], password: 'demo-password' }) });
  const { token } = (await login.json()) as { token: string };
  return async <T,>(path: string, init: { method?: string; body?: unknown } = {}): Promise<T> => {
    const response = await fetch(`${baseUrl}/api${path}`, { method: init.method ?? 'GET', headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' }, body: init.body === undefined ? undefined : JSON.stringify(init.body) });
    expect(response.ok, `${path}: ${response.status}`).toBe(true);
    return (await response.json()) as T;
  };
}

describe('a manager on a train, whose figure a colleague entered meanwhile', () => {
  const kpi = { id: 0 };
  const clashDate = '2026-10-17';
  const correctedDate = '2026-10-18';
  const measurementsAt = async (date: string) => {
    const api = await colleagueApi('manager');
    return api<{ value: number }[]>(`/measurements?filter=${encodeURIComponent(JSON.stringify({ kpiId: kpi.id, date }))}`);
  };

  it('sees the refusal on the record kept on the device', async () => {
    const api = await colleagueApi('manager');
    const [me] = await Promise.all([api<{ id: number }>('/auth/me')]);
    const pilots = await api<{ id: number }[]>(`/pilots?filter=${encodeURIComponent(JSON.stringify({ ownerId: me.id }))}`);
    const kpis = await api<{ id: number; unitKind: string }[]>(`/kpis?filter=${encodeURIComponent(JSON.stringify({ pilotId: pilots.map((p) => p.id) }))}`);
    kpi.id = (kpis.find((k) => k.unitKind === 'percent') ?? kpis[0]).id;
    await signInAfresh('manager');
    await page().goto(`${baseUrl}/measurements/create?source=${encodeURIComponent(JSON.stringify({ kpiId: kpi.id, date: clashDate }))}`);
    const value = page().getByRole('spinbutton', { name: /value/i });
    await value.waitFor();
    await page().getByText(/\(.+\)$/).first().waitFor(); // the KPI's name and unit under the value
    await context().setOffline(true);
    await value.fill('42');
    await page().getByRole('button', { name: 'Save', exact: true }).click();
    await page().getByText(/^Kept on this device: it will be sent/).waitFor();
    // Meanwhile, a colleague records that KPI's figure for the same day.
    await api('/measurements', { method: 'POST', body: { kpiId: kpi.id, date: clashDate, value: 41, group: 'pilot' } });
    await context().setOffline(false);
    const waiting = page().getByRole('region', { name: /Waiting to send/ });
    await waiting.getByText('Refused by the server').waitFor({ timeout: 20_000 });
    await waiting.getByText(/Already measured on this date/).waitFor();
    await screenshot(page(), 'offline-refused');
  });

  it('keeps the refused record until its correction is saved', async () => {
    const waiting = page().getByRole('region', { name: /Waiting to send/ });
    await waiting.getByRole('link', { name: 'Edit' }).click();
    const date = page().getByLabel(/date/i).first();
    await date.waitFor();
    expect(await date.inputValue()).toBe(clashDate);
    expect(await page().getByRole('spinbutton', { name: /value/i }).inputValue()).toBe('42');
    // Leaving the form without saving loses nothing.
    await page().goBack();
    await waiting.getByText('Refused by the server').waitFor();
    await page().reload();
    await waiting.getByText('Refused by the server').waitFor();
    // Corrected and saved: the record leaves the device, and the server holds it once.
    await waiting.getByRole('link', { name: 'Edit' }).click();
    await date.waitFor();
    await date.fill(correctedDate);
    await page().getByRole('button', { name: 'Save', exact: true }).click();
    await page().getByText('Element created').waitFor();
    await waiting.waitFor({ state: 'detached' });
    expect((await measurementsAt(correctedDate)).map((m) => m.value)).toEqual([42]);
    expect((await measurementsAt(clashDate)).map((m) => m.value)).toEqual([41]);
  });
});
