/** Headless Chromium through playwright-core, and small page helpers for the journeys. */
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

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

/** Signs in through the sign-in page, as a person would, and waits for the home page. */
export async function signIn(page: Page, baseUrl: string, role: keyof typeof DEMO_ACCOUNTS): Promise<void> {
  await page.goto(`${baseUrl}/#/login`);
  await page.getByRole('textbox', { name: /email/i }).fill(DEMO_ACCOUNTS[role]);
  await page.getByLabel(/password/i).first().fill('demo-password');
  await page.getByRole('button', { name: /sign in/i }).click();
  await page.getByRole('menuitem').first().waitFor();
}

/** Signs out through the user menu. */
export async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: /profile/i }).click();
  await page.getByRole('menuitem', { name: /logout/i }).click();
  await page.getByRole('button', { name: /sign in/i }).waitFor();
}
