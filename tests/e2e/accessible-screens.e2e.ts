/**
 * Every list and every form passes axe-core's WCAG 2.1 A and AA rules without a serious or
 * critical violation, in the light and the dark theme, in English and in French; and a list's
 * rows open from the keyboard.
 */
import { describe, expect, inject, it } from 'vitest';
import { accessibilityViolations, openBrowserPage, signIn } from './browser';

const browserPage = openBrowserPage();
const page = () => browserPage.page;
const baseUrl = inject('baseUrl');

const LISTS = ['/pilots', '/kpis', '/measurements', '/trainings', '/feedback', '/scorecards', '/decisions', '/users', '/tokens', '/audit'];
const FORMS = [
  '/pilots/create',
  '/pilots/1/edit',
  // A decided pilot: its stage is locked, with a word on why.
  '/pilots/3/edit',
  '/kpis/create',
  '/kpis/1/edit',
  '/measurements/create',
  '/measurements/1/edit',
  '/trainings/create',
  '/trainings/1/edit',
  '/feedback/create',
  '/feedback/1/edit',
  '/decisions/create',
  '/users/create',
  '/users/1/edit',
  '/tokens/create',
];
const SETTINGS = [
  { theme: 'light', locale: 'en' },
  { theme: 'dark', locale: 'en' },
  { theme: 'light', locale: 'fr' },
  { theme: 'dark', locale: 'fr' },
] as const;
const SERIOUS = ['serious', 'critical'];

/** Opens `path` and waits for its content: a list's rows (or its empty state), a form's fields, its data loaded. */
async function open(path: string) {
  await page().goto(`${baseUrl}${path}`);
  await page().locator(path.endsWith('/create') || path.endsWith('/edit') ? 'form input' : 'table tbody tr, .RaList-noResults, .RaEmpty-message').first().waitFor();
  // The references (names of pilots, people) that arrive a moment later.
  await page().waitForTimeout(700);
}

describe('every list and form, in both themes and both languages', () => {
  let signedIn = false;
  it.each(SETTINGS)('has no serious or critical violation ($theme theme, $locale)', async ({ theme, locale }) => {
    if (!signedIn) await signIn(page(), baseUrl, 'admin');
    signedIn = true;
    await page().evaluate(
      ([t, l]) => {
        localStorage.setItem('RaStore.theme', JSON.stringify(t));
        localStorage.setItem('RaStore.locale', JSON.stringify(l));
      },
      [theme, locale],
    );
    const found: string[] = [];
    for (const path of [...LISTS, ...FORMS]) {
      await open(path);
      for (const violation of await accessibilityViolations(page(), SERIOUS)) found.push(`${path} — ${violation}`);
    }
    expect(await page().locator('html').getAttribute('lang')).toBe(locale);
    expect(found).toEqual([]);
  }, 240_000);
});

describe("a list's rows", () => {
  it('open from the keyboard: each row names its record as a link', async () => {
    await page().evaluate(() => localStorage.setItem('RaStore.locale', JSON.stringify('en')));
    await open('/pilots');
    const firstRow = page().locator('table tbody tr').first();
    const link = firstRow.getByRole('link').first();
    const name = (await link.textContent()) ?? '';
    await link.focus();
    await page().keyboard.press('Enter');
    await page().waitForURL(/\/pilots\/\d+\/show$/);
    await page().getByText(name, { exact: true }).first().waitFor();
    await open('/trainings');
    await page().locator('table tbody tr').first().getByRole('link', { name: /./ }).nth(1).focus();
    await page().keyboard.press('Enter');
    await page().waitForURL(/\/trainings\/\d+$/);
  });
});
