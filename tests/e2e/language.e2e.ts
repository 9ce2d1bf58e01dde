/**
 * The shell's English strings load only with an English page (issue 21 item 7, lib/i18n/shell/en/):
 * a Chinese page never fetches them, an English page hydrates in English without a Chinese
 * frame, and a page switching language in place shows the old language's strings, never a key or
 * a blank, until the new ones are here.
 */
import type { Page, Response } from '@playwright/test';
import { expect, test } from './fixtures.ts';

/** Strings of the shell's tables that only the English, or only the Chinese, has. */
const ENGLISH = 'Swap left and right';
const CHINESE = '交换左右';

/** The bodies of the scripts the page fetches, from now on. */
function scripts(page: Page): Promise<string>[] {
  const bodies: Promise<string>[] = [];
  page.on('response', (response: Response) => {
    if (response.request().resourceType() === 'script' || response.url().endsWith('.js'))
      bodies.push(response.text().catch(() => ''));
  });
  return bodies;
}

/** Whether a script the page fetched holds the text. */
const holds = async (bodies: Promise<string>[], text: string) =>
  (await Promise.all(bodies)).some((body) => body.includes(text));

test('a Chinese page requests no English table', async ({ page }) => {
  const bodies = scripts(page);
  for (const path of ['/', '/1-2/', '/3/', '/3/report/', '/collate/', '/?own=a,b']) {
    await page.goto(path);
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
    await page.waitForLoadState('networkidle');
  }
  // The Chinese strings came in a script, so a script with the English would have been seen.
  expect(await holds(bodies, CHINESE)).toBe(true);
  expect(await holds(bodies, ENGLISH)).toBe(false);
});

test('an English page hydrates in English, never showing the Chinese strings', async ({ page }) => {
  // Every text the page ever shows, written down as it is added.
  await page.addInitScript((chinese) => {
    const w = window as unknown as { chinese: boolean };
    w.chinese = false;
    new MutationObserver((records) => {
      for (const r of records) {
        const texts = [r.target, ...r.addedNodes].map((n) => n.textContent ?? '');
        if (texts.some((text) => text.includes(chinese))) w.chinese = true;
      }
    }).observe(document, { subtree: true, childList: true, characterData: true });
  }, CHINESE);
  const bodies = scripts(page);
  await page.goto('/en/1-2/');
  await expect(page.locator('#app[data-live]')).toBeAttached();
  await expect(page.getByRole('button', { name: ENGLISH })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: /Mostly different/u })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { chinese: boolean }).chinese)).toBe(
    false,
  );
  expect(await holds(bodies, ENGLISH)).toBe(true);
});

test('switching language in place shows the strings of one language or the other, then the new', async ({
  page,
}) => {
  // The English table held back until released: the page meanwhile is as a slow network has it.
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  let held = false;
  await page.route('**/assets/*.js', async (route) => {
    const response = await route.fetch();
    const body = await response.text();
    if (body.includes(ENGLISH)) {
      held = true;
      await released;
    }
    await route.fulfill({ response, body });
  });
  await page.goto('/1-2/');
  await expect(page.getByRole('button', { name: CHINESE })).toBeVisible();
  await page.getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(/\/en\/1-2\/$/u);
  await expect.poll(() => held).toBe(true);
  // While the table loads: the Chinese strings, whole, the texts still there.
  await expect(page.getByRole('button', { name: CHINESE })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: /基本不同/u })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
  await expect(page.getByText(/\b(swap|verdictDifferent|tagline)\b/u)).toHaveCount(0);
  release();
  await expect(page.getByRole('button', { name: ENGLISH })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: /Mostly different/u })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  // And back: Chinese is always here.
  await page.getByRole('link', { name: '中文' }).click();
  await expect(page).toHaveURL(/\/1-2\/\?lang=zh$/u);
  await expect(page.getByRole('button', { name: CHINESE })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: /基本不同/u })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
});
