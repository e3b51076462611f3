/**
 * An administrator opens an account for a new trainer, who signs in; then deactivates it, and
 * the trainer can no longer sign in.
 */
import { describe, inject, it } from 'vitest';
import { screenshot, signIn, signOut, submitSignIn, openBrowserPage } from './browser';

const browserPage = openBrowserPage();
const page = () => browserPage.page;
const baseUrl = inject('baseUrl');
const newcomer = { name: 'Nina Roy', email: 'nina.roy@example.org', password: 'nina-first-password' };


describe('managing accounts', () => {
  it('an administrator creates an account', async () => {
    await signIn(page(), baseUrl, 'admin');
    await page().getByRole('menuitem', { name: 'Users' }).click();
    await page().getByRole('link', { name: /create/i }).click();
    await page().getByRole('textbox', { name: /full name/i }).fill(newcomer.name);
    await page().getByRole('textbox', { name: /email/i }).fill(newcomer.email);
    await page().getByRole('combobox', { name: /role/i }).click();
    await page().getByRole('option', { name: 'Trainer' }).click();
    await page().getByLabel(/password/i).first().fill(newcomer.password);
    await screenshot(page(), 'user-create');
    await page().getByRole('button', { name: /save/i }).click();
    await page().getByRole('cell', { name: newcomer.email }).waitFor();
    await screenshot(page(), 'users-list');
    await signOut(page());
  });

  it('the new trainer signs in', async () => {
    await submitSignIn(page(), baseUrl, newcomer.email, newcomer.password);
    await page().getByRole('menuitem', { name: 'Trainings' }).waitFor();
    await signOut(page());
  });

  it('a deactivated account cannot sign in', async () => {
    await signIn(page(), baseUrl, 'admin');
    await page().getByRole('menuitem', { name: 'Users' }).click();
    await page().getByRole('cell', { name: newcomer.name }).click();
    const active = page().getByRole('switch', { name: /active/i });
    await active.waitFor({ state: 'attached' });
    // MUI's switch hides its input under the visible thumb: click the label, as a person would.
    await page().getByText('Active', { exact: true }).click();
    await screenshot(page(), 'user-edit');
    if (await active.isChecked()) throw new Error('the Active switch did not turn off');
    await page().getByRole('button', { name: /save/i }).click();
    await page().getByRole('cell', { name: newcomer.email }).waitFor();
    await signOut(page());
    await submitSignIn(page(), baseUrl, newcomer.email, newcomer.password);
    await page().getByText('This account is deactivated').waitFor();
  });
});
