/**
 * Each persona signs in on the sign-in page and sees the menu of their role; a wrong password
 * keeps them out.
 */
import { describe, expect, inject, it } from 'vitest';
import { screenshot, signIn, signOut, submitSignIn, openBrowserPage } from './browser';

const browserPage = openBrowserPage();
const page = () => browserPage.page;
const baseUrl = inject('baseUrl');

const EVERYONE = ['Dashboard', 'Compare pilots', 'Pilots', 'KPIs', 'Measurements', 'Trainings', 'Feedback', 'Scorecards', 'Decisions'];
const MENUS = {
  admin: [...EVERYONE, 'Users', 'Integration tokens', 'Activity'],
  manager: [...EVERYONE, 'Integration tokens'],
  executive: [...EVERYONE, 'Activity'],
  trainer: EVERYONE,
} as const;


describe('signing in', () => {
  it('refuses a wrong password', async () => {
    await submitSignIn(page(), baseUrl, 'manager@example.org', 'not-the-password');
    await page().getByText('Wrong email or password').waitFor();
    await screenshot(page(), 'sign-in-refused');
  });

  it.each(Object.keys(MENUS) as (keyof typeof MENUS)[])('%s sees the menu of the role', async (role) => {
    await signIn(page(), baseUrl, role);
    await page().locator('table tbody tr').first().waitFor();
    const menu = await page().getByRole('menuitem').allTextContents();
    expect(menu.map((m) => m.trim())).toEqual(MENUS[role]);
    await screenshot(page(), `menu-${role}`);
    await signOut(page());
  });

  it('lets an administrator read the activity, with sign-ins in it', async () => {
    await signIn(page(), baseUrl, 'admin');
    await page().getByRole('menuitem', { name: 'Activity' }).click();
    await page().getByText('Signed in').first().waitFor();
    // Resources are named one record at a time: "Pilot", not the raw plural form "Pilot |||| Pilots".
    await page().getByRole('combobox', { name: 'Resource' }).click();
    await page().getByRole('option', { name: 'Pilot', exact: true }).waitFor();
    expect(await page().getByRole('option').filter({ hasText: '||||' }).count()).toBe(0);
    await page().keyboard.press('Escape');
    await screenshot(page(), 'activity');
    await signOut(page());
  });
});
