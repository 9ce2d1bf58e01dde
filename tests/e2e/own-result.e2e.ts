import type { Page } from '@playwright/test';
import { compare, expect, test } from './fixtures.ts';

// Where the result of 对比 or 查重 lands, and the change strip beside a short comparison.

const textA = (page: Page) => page.getByRole('textbox', { name: '文本 A' });
const textB = (page: Page) => page.getByRole('textbox', { name: '文本 B' });
const verdict = (page: Page) => page.getByRole('heading', { level: 2, name: /文本 A.*文本 B/u });

async function threeLines(page: Page) {
  await page.goto('/?own=a,b');
  await textA(page).fill('第一行文字。\n第二行文字。\n第三行。');
  await textB(page).fill('第一行文字！\n第二行的文字。\n第三行。');
}

for (const [width, height] of [
  [390, 844],
  [1400, 900],
] as const) {
  test(`at ${width} × ${height} the result of 对比 comes into view, its heading focused`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height });
    await threeLines(page);
    await compare(page).click();
    await expect(verdict(page)).toBeFocused();
    await expect(verdict(page)).toBeInViewport();
    // The text itself, not only the heading (it started near 880 px at 1400 × 900).
    await expect(
      page.locator('[data-view] ins').filter({ visible: true }).first(),
    ).toBeInViewport();
  });
}

test('at 390 px the 查重 report comes into view, its heading focused', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/?own=a,b');
  await textA(page).fill('同志们，这次全国两会是党的二十大后召开的第一次全国两会。');
  await page.getByRole('button', { name: '查重：文本 A' }).click();
  const heading = page.getByRole('heading', { level: 2, name: '查重报告：文本 A' });
  await expect(heading).toBeFocused();
  await expect(heading).toBeInViewport();
});

test('a result that arrives after the reader scrolled elsewhere leaves the page where it is', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  // The comparison's worker is held back until the reader has scrolled.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/compare.worker-*.js', async (route) => {
    await held;
    await route.continue();
  });
  await threeLines(page);
  // The button low on the page, as a thumb finds it; then, while the result is on its way, up.
  await page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight));
  expect(await page.evaluate(() => scrollY)).toBeGreaterThan(0);
  await compare(page).click();
  await page.mouse.wheel(0, -5000);
  await expect.poll(() => page.evaluate(() => scrollY)).toBe(0);
  release();
  await expect(verdict(page)).toBeAttached();
  await expect(page.getByRole('button', { name: '对比', exact: true })).toBeFocused();
  expect(await page.evaluate(() => scrollY)).toBe(0);
  await expect(verdict(page)).not.toBeInViewport();
});

test('the change strip beside a three-line comparison is as tall as the text, beside a long one as the window', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1400, height: 900 });
  await threeLines(page);
  await compare(page).click();
  await expect(page.locator('.strip .tick').first()).toBeAttached();
  // Both at once: the result may still be scrolling into view.
  const [strip, text] = await page.evaluate(() =>
    ['.strip', '[data-view]'].map((s) => {
      const { top, bottom } = document.querySelector(s)?.getBoundingClientRect() ?? new DOMRect();
      return { top, bottom };
    }),
  );
  expect(strip!.top).toBeGreaterThanOrEqual(text!.top - 1);
  expect(strip!.bottom).toBeLessThanOrEqual(text!.bottom + 2);
  // Beside a text taller than the window it is the window's height less the bar of buttons.
  await page.setViewportSize({ width: 1400, height: 500 });
  await page.goto('/1-2/');
  await expect(page.locator('.strip .tick').first()).toBeAttached();
  expect((await page.locator('[data-view]').boundingBox())?.height).toBeGreaterThan(500);
  expect((await page.locator('.strip').boundingBox())?.height).toBeCloseTo(500 - 64, -1);
});

// Regression (issue 22): "比较没能完成：worker error" offered no way to run the comparison again.
test('a comparison whose worker failed can be retried, and then is made', async ({
  page,
  watch,
}) => {
  let fail = true;
  await page.route('**/assets/compare.worker-*.js', (route) =>
    fail ? route.abort() : route.fallback(),
  );
  await threeLines(page);
  await compare(page).click();
  const alert = page.getByRole('alert').filter({ hasText: '比较没能完成' });
  await expect(alert).toBeVisible();
  fail = false;
  await alert.getByRole('button', { name: '重试' }).click();
  await expect(verdict(page)).toBeVisible();
  await expect(alert).toHaveCount(0);
  // The aborted script logs a console error; that one is expected here.
  watch.errors.splice(
    0,
    watch.errors.length,
    ...watch.errors.filter((e) => !/net::|compare\.worker/u.test(e)),
  );
});
