/**
 * The first paint is already the right one (issue 13): a phone gets its one-column layout and an
 * English page its English before any script runs, and hydration keeps what was painted.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, paneTexts, test } from './fixtures.ts';

const corpus = JSON.parse(readFileSync('static/corpus.json', 'utf8')) as {
  speeches: { paragraphs: string[] }[];
};
const paragraphs = (n: number) => corpus.speeches[n - 1]!.paragraphs;
const PHONE = { width: 390, height: 844 };

/** Remembers the one-column layout's element once parsing is done, before any script runs. */
async function rememberUnified(page: Page) {
  await page.addInitScript(() => {
    document.addEventListener('readystatechange', () => {
      if (document.readyState !== 'interactive') return;
      const w = window as unknown as { painted: Element | null };
      w.painted = document.querySelector('[data-view="unified"]');
    });
  });
}

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('a phone shows the one-column layout, a wide screen the two columns', async ({ page }) => {
    await page.setViewportSize(PHONE);
    await page.goto('/1-2/');
    await expect(page.locator('[data-view="unified"]')).toBeVisible();
    await expect(page.locator('[data-view="split"]')).toBeHidden();
    // The options fold to one line, as on a phone with the app running.
    await expect(page.locator('details.more summary')).toBeVisible();
    await expect(page.getByRole('button', { name: '复制链接' })).toBeHidden();
    // Nothing wider than the screen.
    const scroll = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(scroll).toBeLessThanOrEqual(PHONE.width);
    await page.setViewportSize({ width: 1400, height: 900 });
    await expect(page.locator('[data-view="split"]')).toBeVisible();
    await expect(page.locator('[data-view="unified"]')).toBeHidden();
    await expect(page.locator('details.more')).toBeHidden();
    expect(await paneTexts(page, 'a')).toEqual(paragraphs(1));
  });

  test('the page under en/ is in English, with the same texts', async ({ page }) => {
    await page.goto('/en/1-2/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 2, name: /Mostly different/ })).toBeVisible();
    await expect(page.getByRole('link', { name: '中文' })).toHaveAttribute('href', '/1-2/?lang=zh');
    expect(await paneTexts(page, 'a')).toEqual(paragraphs(1));
    expect(await paneTexts(page, 'b')).toEqual(paragraphs(2));
    await page.goto('/en/');
    await expect(page.getByRole('table')).toBeVisible();
    await expect(page.locator('main a[href="/en/3-6/"]').first()).toBeVisible();
  });
});

test('on a phone, hydration keeps the painted one-column text and drops the other', async ({
  page,
}) => {
  await page.setViewportSize(PHONE);
  await rememberUnified(page);
  await page.goto('/1-2/');
  await expect(page.locator('#app[data-live]')).toBeAttached();
  await expect(page.locator('[data-view="split"]')).toHaveCount(0);
  await expect(page.locator('[data-view="unified"]')).toHaveCount(1);
  const same = await page.evaluate(
    () =>
      (window as unknown as { painted: Element | null }).painted ===
      document.querySelector('[data-view="unified"]'),
  );
  expect(same).toBe(true);
  // The folded line now holds the options.
  await page.locator('details.more > summary', { hasText: '显示选项' }).click();
  await expect(page.getByRole('button', { name: '复制链接' })).toBeVisible();
  await expect(page.locator('[data-view="unified"] ins').first()).toBeVisible();
});

test('on a wide screen, hydration keeps only the two columns', async ({ page }) => {
  await page.goto('/1-2/');
  await expect(page.locator('#app[data-live]')).toBeAttached();
  await expect(page.locator('[data-view="unified"]')).toHaveCount(0);
  await expect(page.locator('details.more')).toHaveCount(0);
  expect(await paneTexts(page, 'b')).toEqual(paragraphs(2));
});

test('choosing English goes to the English page, and old links with lang=en too', async ({
  page,
}) => {
  await page.goto('/1-2/');
  await expect(page.locator('#app[data-live]')).toBeAttached();
  await page.getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(/\/en\/1-2\/$/u);
  await expect(page.getByRole('heading', { level: 2, name: /Mostly different/ })).toBeVisible();
  await page.goto('/?a=3&b=6&lang=en#b-p2');
  await expect(page).toHaveURL(/\/en\/3-6\/#b-p2$/u);
  await expect(page.getByRole('heading', { level: 2, name: /Identical/ })).toBeVisible();
  await page.goto('/3/?lang=en');
  await expect(page).toHaveURL(/\/en\/3\/$/u);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  // Back to Chinese, chosen in the query (no en/ prefix is the browser's choice).
  await page.getByRole('link', { name: '中文' }).click();
  await expect(page).toHaveURL(/\/3\/\?lang=zh$/u);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
});
