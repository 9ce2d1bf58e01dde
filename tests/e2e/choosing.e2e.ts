import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

const left = (page: Page) => page.getByRole('combobox', { name: /左栏/ });
const right = (page: Page) => page.getByRole('combobox', { name: /右栏/ });

/** The pickers show exactly what the URL says, and the page shows what they show. */
async function expectState(page: Page, a: string, b: string) {
  // The speeches are in the path (/1-2/, /1/) or, with no page of their own, in the query. From
  // one pair to another the address is written after the new pair's frame (issue 26): polled.
  const sides = () => {
    const url = new URL(page.url());
    const path = /^\/(\d+)(?:-(\d+))?\/$/u.exec(url.pathname);
    return [
      path?.[1] ?? url.searchParams.get('a') ?? '',
      path?.[2] ?? url.searchParams.get('b') ?? '',
    ];
  };
  await expect.poll(sides).toEqual([a, b]);
  await expect(left(page)).toHaveValue(a);
  await expect(right(page)).toHaveValue(b);
  if (a && b) await expect(page.getByTestId('similarity')).toBeVisible();
  else if (a || b) await expect(page.locator('article.speech')).toBeVisible();
  else await expect(page.getByRole('table').first()).toBeVisible();
}

// Regression: choosing only the right picker went to ?a=2 with both pickers showing （二）;
// choosing the left then went to ?a=1 with the right still showing （二）, and choosing （二)
// again fired no change, so the reader was stuck.
test('right picker first, then left: the pickers always show the URL', async ({ page }) => {
  await page.goto('/?a=1');
  await left(page).selectOption('');
  await expectState(page, '', '');
  await right(page).selectOption('2');
  await expectState(page, '', '2');
  await left(page).selectOption('1');
  await expectState(page, '1', '2');
});

test('left first, then right, then the same speech twice, then clearing one', async ({ page }) => {
  await page.goto('/?a=3');
  await expectState(page, '3', '');
  await right(page).selectOption('6');
  await expectState(page, '3', '6');
  await expect(page.getByRole('heading', { level: 2, name: /完全相同/ })).toBeVisible();
  await right(page).selectOption('3');
  await expectState(page, '3', '3');
  await left(page).selectOption('');
  await expectState(page, '', '3');
  await right(page).selectOption('');
  await expectState(page, '', '');
});

test('the keyboard chooses both speeches', async ({ page }) => {
  await page.goto('/?b=4');
  await expectState(page, '', '4');
  await left(page).focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(left(page)).toHaveValue('2');
  await expectState(page, '2', '4');
  await page.getByRole('button', { name: '交换' }).press('Enter');
  await expectState(page, '4', '2');
});

test('on the home page the keyboard reaches the finding before the pickers', async ({ page }) => {
  await page.goto('/');
  const finding = page.getByRole('link', { name: /查看对照/ }).first();
  await expect(finding).toBeVisible();
  await expect(left(page)).toBeVisible();
  for (let i = 0; i < 10; i++) {
    await page.keyboard.press('Tab');
    const onFinding = await finding.evaluate((el) => el === document.activeElement);
    if (onFinding) break;
    const onPicker = await left(page).evaluate((el) => el === document.activeElement);
    expect(onPicker, 'a picker was reached before the finding').toBe(false);
  }
  await expect(finding).toBeFocused();
});

// Regression: after the diff code failed to load, the alert stayed over a correct comparison,
// and Retry did nothing.
test('a failed part of the comparison is retried, and its alert goes when the view is right', async ({
  page,
  watch,
}) => {
  let fail = true;
  await page.route('**/assets/compare-*.js', (route) => (fail ? route.abort() : route.fallback()));
  await page.goto('/?a=1&b=2');
  await expect(page.locator('[data-side="a"] del').first()).toBeVisible();
  await page.getByRole('radio', { name: '词' }).check();
  const alert = page.getByRole('alert').filter({ hasText: '比较没能完成' });
  await expect(alert).toBeVisible();
  // The default comparison needs no diff code: the alert is not about it.
  await page.getByRole('radio', { name: '字' }).check();
  await expect(page.locator('[data-side="a"] del').first()).toBeVisible();
  await expect(alert).toHaveCount(0);
  await page.getByRole('radio', { name: '词' }).check();
  await expect(alert).toBeVisible();
  fail = false;
  await alert.getByRole('button', { name: '重试' }).click();
  await expect(alert).toHaveCount(0);
  await expect(page.getByRole('radio', { name: '词' })).toBeChecked();
  await expect(page.locator('[aria-busy="false"] [data-side="a"] del').first()).toBeVisible();
  // The aborted script logs a console error; that one is expected here.
  watch.errors.splice(
    0,
    watch.errors.length,
    ...watch.errors.filter((e) => !/compare-|net::/.test(e)),
  );
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  // Regression: "正在载入文集……" showed forever beside the <noscript> message. An old link now
  // reaches the root's page, the overview, which reads without JavaScript.
  test('an old link shows the overview, with no loading line', async ({ page }) => {
    await page.goto('/?a=1&b=2');
    const seen = await page.evaluate(() => document.body.innerText);
    expect(seen).toContain('两两对照');
    expect(seen).not.toContain('正在载入文集');
  });
});
