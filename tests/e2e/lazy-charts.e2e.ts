/**
 * Recharts is loaded only where a chart is drawn: the sign-in page and a list page opened
 * directly do not download it; the dashboard does.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { openBrowserPage, signIn } from './browser';

const browserPage = openBrowserPage();
const page = () => browserPage.page;
const baseUrl = inject('baseUrl');

/** Whether any script loaded while `load` runs holds Recharts (its `recharts-surface` class). */
async function loadsRecharts(p: Page, load: () => Promise<void>): Promise<boolean> {
  const scripts: Promise<string>[] = [];
  const listener = (response: { url(): string; text(): Promise<string> }) => {
    if (response.url().endsWith('.js')) scripts.push(response.text().catch(() => ''));
  };
  p.on('response', listener);
  await load();
  p.off('response', listener);
  return (await Promise.all(scripts)).some((code) => code.includes('recharts-surface'));
}

describe("the charts library's weight", () => {
  it('is not carried by the sign-in page', async () => {
    expect(
      await loadsRecharts(page(), async () => {
        await page().goto(`${baseUrl}/login`);
        await page()
          .getByRole('button', { name: /sign in/i })
          .waitFor();
      }),
    ).toBe(false);
  });

  it('is loaded by the dashboard', async () => {
    expect(
      await loadsRecharts(page(), async () => {
        await signIn(page(), baseUrl, 'manager');
        await page().locator('.recharts-surface').first().waitFor();
      }),
    ).toBe(true);
  });

  it('is not carried by a list page opened directly', async () => {
    await page().goto('about:blank');
    expect(
      await loadsRecharts(page(), async () => {
        await page().goto(`${baseUrl}/pilots`);
        await page().locator('table tbody tr').first().waitFor();
      }),
    ).toBe(false);
  });
});
