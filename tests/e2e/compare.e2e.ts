import { readFileSync } from 'node:fs';
import { expect, paneTexts, test } from './fixtures.ts';

const corpus = JSON.parse(readFileSync('static/corpus.json', 'utf8')) as {
  speeches: { paragraphs: string[] }[];
};
const paragraphs = (n: number) => corpus.speeches[n - 1]!.paragraphs;

test('speeches 3 and 6 open as identical, with nothing highlighted', async ({ page }) => {
  await page.goto('/?a=3&b=6');
  await expect(page.getByRole('heading', { level: 2, name: /完全相同/ })).toBeVisible();
  await expect(page.getByTestId('similarity')).toHaveText('100.0%');
  await expect(page.locator('[data-side="a"] p.cell')).toHaveCount(paragraphs(3).length);
  // No del or ins anywhere: not in the text, and no legend for changes there are none of.
  await expect(page.locator('del, ins')).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: '没有改动' })).toBeVisible();
});

test('speeches 1 and 2 show both texts exactly, changes highlighted', async ({ page }) => {
  await page.goto('/?a=1&b=2');
  await expect(page.locator('[data-side="a"] del').first()).toBeVisible();
  await expect(page.locator('[data-side="b"] ins').first()).toBeVisible();
  expect(await paneTexts(page, 'a')).toEqual(paragraphs(1));
  expect(await paneTexts(page, 'b')).toEqual(paragraphs(2));
  await expect(page.locator('[data-side="a"] ins')).toHaveCount(0);
  await expect(page.locator('[data-side="b"] del')).toHaveCount(0);
  await expect(page.locator('.gutter').first()).toHaveAttribute('aria-hidden', 'true');
});

test('every pair renders both speeches faithfully, in either order', async ({ page }) => {
  test.slow();
  await page.goto('/?a=1&b=1');
  for (let a = 1; a <= 6; a++) {
    for (let b = 1; b <= 6; b++) {
      await page.getByLabel('左栏（A）').selectOption(String(a));
      await page.getByLabel('右栏（B）').selectOption(String(b));
      await expect(page).toHaveURL(new RegExp(a === b ? `\\?a=${a}&b=${b}$` : `/${a}-${b}/$`));
      // A pair with no precomputed plan (a speech with itself) is computed a moment later.
      await expect.poll(() => paneTexts(page, 'a')).toEqual(paragraphs(a));
      await expect.poll(() => paneTexts(page, 'b')).toEqual(paragraphs(b));
    }
  }
});

test('pickers and swap change the URL, and Back restores the previous pair', async ({ page }) => {
  await page.goto('/?a=1&b=2');
  await page.getByLabel('右栏（B）').selectOption('4');
  await expect(page).toHaveURL(/\/1-4\/$/);
  await page.getByRole('button', { name: /交换/ }).click();
  await expect(page).toHaveURL(/\/4-1\/$/);
  await expect(page.getByLabel('左栏（A）')).toHaveValue('4');
  await page.goBack();
  await expect(page).toHaveURL(/\/1-4\/$/);
  await expect(page.getByLabel('左栏（A）')).toHaveValue('1');
  await expect(page.getByRole('heading', { level: 2 })).toContainText('（一） ⟷ （四）');
  await page.goBack();
  await expect(page).toHaveURL(/\/1-2\/$/);
  await page.goForward();
  await expect(page).toHaveURL(/\/1-4\/$/);
});

test('the pickers and the swap button work from the keyboard', async ({ page }) => {
  await page.goto('/?a=1&b=2');
  await page.getByLabel('左栏（A）').focus();
  await page.keyboard.press('ArrowDown');
  await expect(page).toHaveURL(/\?a=2&b=2$/);
  await page.keyboard.press('Tab');
  const swap = page.getByRole('button', { name: /交换/ });
  await expect(swap).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\?a=2&b=2$/);
  // An option that needs a fresh diff keeps the control, and the focus, where they were.
  const punct = page.getByRole('checkbox', { name: '标点' });
  await punct.focus();
  await page.keyboard.press('Space');
  await expect(page).toHaveURL(/ignore=punct/);
  await expect(punct).toBeChecked();
  await expect(punct).toBeFocused();
});

test('copy link puts the full URL on the clipboard and says so', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/?a=2&b=5');
  await page.getByRole('button', { name: '复制链接' }).click();
  await expect(page.getByRole('status').filter({ hasText: '已复制' })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(page.url());
  expect(copied).toMatch(/\/2-5\/$/);
});

test('without a clipboard, copy link shows the link selected in a field', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', { value: undefined });
  });
  await page.goto('/?a=2&b=5');
  await page.getByRole('button', { name: '复制链接' }).click();
  const field = page.getByRole('textbox');
  await expect(field).toHaveValue(page.url());
  await expect(field).toBeFocused();
});

for (const search of ['?a=9&b=<img src=x onerror=alert(1)>', '?a=abc&b=2&a=1', '?b=3&zzz=1']) {
  test(`a bad URL (${search}) shows a notice and a working page`, async ({ page }) => {
    await page.goto(`/${search}`);
    const alert = page.getByRole('alert');
    await expect(alert).toBeVisible();
    await expect(page.locator('img')).toHaveCount(0);
    if (search.includes('<img')) await expect(alert).toContainText('<img src=x');
    await page.getByLabel('左栏（A）').selectOption('3');
    await page.getByLabel('右栏（B）').selectOption('6');
    await expect(page.getByRole('heading', { level: 2, name: /完全相同/ })).toBeVisible();
  });
}

test('a notice names what was wrong in plain words', async ({ page }) => {
  await page.goto('/?a=9&b=2');
  await expect(page.getByRole('alert')).toContainText('没有第 9 篇');
  // Regression: it also said that b was given without a, though a was given, only invalid.
  await expect(page.getByRole('alert')).not.toContainText('没有 a');
  await expect(page).toHaveURL(/\?b=2$/);
});

// Regression (issue 22): without Intl.Segmenter, word mode compared characters and did not say so.
test('without Intl.Segmenter, word mode says that it compares characters', async ({ page }) => {
  await page.addInitScript(() => {
    delete (Intl as { Segmenter?: unknown }).Segmenter;
  });
  await page.goto('/1-2/?g=word');
  await expect(page.getByRole('radio', { name: '词' })).toBeChecked();
  await expect(page.getByRole('status').filter({ hasText: '按字比较' })).toBeVisible();
  await expect(page.locator('[aria-busy="false"] [data-side="a"] del').first()).toBeVisible();
  expect(await paneTexts(page, 'a')).toEqual(paragraphs(1));
});
