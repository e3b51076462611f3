/** Headless Chromium through playwright-core, and small page helpers for the journeys. */
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import type AxeCore from 'axe-core';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';

export const OUTPUT_DIR = path.resolve(import.meta.dirname, 'output');

/** `$CHROME_PATH`, else Debian's `/usr/bin/chromium`; a clear error when neither exists. */
export function chromiumPath(): string {
  const candidate = process.env.CHROME_PATH ?? '/usr/bin/chromium';
  if (!existsSync(candidate)) {
    throw new Error(
      `No Chromium at ${candidate}. Install it (Debian: apt-get install -y chromium) or set CHROME_PATH to a Chromium or Chrome executable.`,
    );
  }
  return candidate;
}

export function launchBrowser(): Promise<Browser> {
  // playwright-core gives each launch a fresh, empty profile of its own.
  return chromium.launch({
    headless: true,
    executablePath: chromiumPath(),
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** Saves a full-page screenshot under tests/e2e/output/, to look at. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(OUTPUT_DIR, { recursive: true });
  const file = path.join(OUTPUT_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

export const DEMO_ACCOUNTS = {
  admin: 'admin@example.org',
  manager: 'manager@example.org',
  executive: 'executive@example.org',
  trainer: 'trainer@example.org',
} as const;

/**
 * Collects what the browser reports as refused by the Content-Security-Policy on `page`; the
 * app must run under it without a single refusal.
 */
export function watchContentSecurityPolicy(page: Page): string[] {
  const refusals: string[] = [];
  page.on('console', (message) => {
    if (/Content.Security.Policy/i.test(message.text())) refusals.push(message.text());
  });
  return refusals;
}

/**
 * A desktop-sized page in a browser of its own for the test file, closed after it; the file
 * fails if the page reported anything refused by the Content-Security-Policy.
 */
export function openBrowserPage(): { readonly page: Page } {
  const opened = openBrowserContext();
  return {
    get page() {
      return opened.page;
    },
  };
}

/**
 * `openBrowserPage` with the page's browser context too (its cookies, its network), and an
 * optional script run in every page before the app's own.
 */
export function openBrowserContext(initScript?: () => void): { readonly page: Page; readonly context: BrowserContext } {
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  let page: Page | undefined;
  let refusals: string[] = [];
  beforeAll(async () => {
    browser = await launchBrowser();
    context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    if (initScript) await context.addInitScript(initScript);
    page = await context.newPage();
    refusals = watchContentSecurityPolicy(page);
  });
  afterAll(async () => {
    await browser?.close();
    expect(refusals, 'Content-Security-Policy refusals').toEqual([]);
  });
  return {
    get page() {
      if (!page) throw new Error('the page opens in beforeAll');
      return page;
    },
    get context() {
      if (!context) throw new Error('the context opens in beforeAll');
      return context;
    },
  };
}

/** Fills in and sends the sign-in form. */
export async function submitSignIn(page: Page, baseUrl: string, email: string, password: string): Promise<void> {
  await page.goto(`${baseUrl}/login`);
  await page.getByRole('textbox', { name: /email/i }).fill(email);
  await page.getByLabel(/password/i).first().fill(password);
  await page.getByRole('button', { name: /sign in/i }).click();
}

/** Signs in with a demo account, as a person would, and waits for the home page. */
export async function signIn(page: Page, baseUrl: string, role: keyof typeof DEMO_ACCOUNTS): Promise<void> {
  await submitSignIn(page, baseUrl, DEMO_ACCOUNTS[role], 'demo-password');
  await page.getByRole('menuitem').first().waitFor();
}

/** Signs out through the user menu. */
export async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: /profile/i }).click();
  await page.getByRole('menuitem', { name: /logout/i }).click();
  await page.getByRole('button', { name: /sign in/i }).waitFor();
}

/**
 * WCAG 2.1 A and AA violations on the page as it is now, found by axe-core: `rule: target, target`
 * lines; only those of the given impacts when `impacts` is given.
 */
export async function accessibilityViolations(page: Page, impacts?: readonly string[]): Promise<string[]> {
  const { source } = (await import('axe-core')).default;
  // Checked once transitions have ended: a tooltip fading in (as the pointer rests on the button
  // just clicked) has, half-way, half its contrast. Endless animations (a spinner) are not waited for.
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running' || a.effect?.getComputedTiming().endTime === Infinity));
  // Evaluated through the DevTools protocol: the page's CSP (rightly) refuses inline scripts.
  await page.evaluate(source);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: typeof AxeCore }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.map((n) => n.target.join(' ')).slice(0, 5) }));
  });
  return violations.filter((v) => !impacts || impacts.includes(v.impact ?? '')).map((v) => `${v.id}: ${v.targets.join(', ')}`);
}
