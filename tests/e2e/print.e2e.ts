import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

// What paper shows: print media for what is visible, Chromium's PDF for pages and paper size.

/** The PDF the page prints, on the paper its CSS asks for (the browser's default, Letter, else). */
async function printed(page: Page) {
  const pdf = (await page.pdf({ preferCSSPageSize: true })).toString('latin1');
  const boxes = [...pdf.matchAll(/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/gu)];
  // Points, rounded: A4 is 595 × 842, Letter 612 × 792.
  const sizes = new Set(
    boxes.map((b) => `${Math.round(Number(b[1]))}x${Math.round(Number(b[2]))}`),
  );
  return { pages: (pdf.match(/\/Type\s*\/Page\b/gu) ?? []).length, sizes: [...sizes] };
}
const A4 = '595x842';
const A4_LANDSCAPE = '842x595';
const LETTER = '612x792';

/** Unrelated Chinese text of n characters in one paragraph, from a seeded generator. */
function paragraph(n: number, seed: number) {
  let [s, x] = ['', seed];
  for (let i = 0; i < n; i++) {
    x = (Math.imul(x, 1103515245) + 12345) & 0x7fffffff;
    s += String.fromCharCode(0x4e00 + (x % 2000));
  }
  return `${s}。`;
}

test('one paper rule: A4 in Chinese, the browser’s default in English, whatever was printed before', async ({
  page,
}) => {
  await page.goto('/1-2/');
  await expect(page.locator('[data-view] del').first()).toBeVisible();
  expect((await printed(page)).sizes).toEqual([A4]);
  await page.goto('/3/?report=1');
  await expect(page.getByTestId('check-total')).toBeVisible();
  expect((await printed(page)).sizes).toEqual([A4]);
  await page.goto('/?collate=1&speeches=1,2');
  await expect(page.getByRole('table')).toBeVisible();
  expect((await printed(page)).sizes).toEqual([A4_LANDSCAPE]);
  // English: a report, then in the same page a comparison, both on the browser's paper.
  await page.goto('/en/3/?report=1');
  await expect(page.getByTestId('check-total')).toBeVisible();
  expect((await printed(page)).sizes).toEqual([LETTER]);
  // The source table links each source to its comparison with this speech.
  await page.getByRole('rowheader').first().getByRole('link').click();
  await expect(page.locator('[data-view]')).toBeVisible();
  expect((await printed(page)).sizes).toEqual([LETTER]);
});

test('a report’s paragraphs break across pages: ten paragraphs of more than half a page fill fewer than ten pages', async ({
  page,
}) => {
  // About 0.6 of an A4 page each: two never share a page unless one of them breaks.
  const text = Array.from({ length: 10 }, (_, i) => paragraph(800, i + 1)).join('\n');
  await page.goto('/?own=a');
  await page.getByRole('textbox', { name: '文本 A' }).fill(text);
  await page.getByRole('button', { name: '查重：文本 A' }).click();
  await expect(page.getByTestId('check-total')).toBeVisible();
  await expect(page.getByRole('region', { name: '查重报告' }).locator('.para')).toHaveCount(10);
  const { pages } = await printed(page);
  expect(pages).toBeLessThan(10);
});

test('an own text’s report prints the report alone, not the editor', async ({ page }) => {
  await page.goto('/?own=a,b');
  await page.getByRole('textbox', { name: '文本 A' }).fill(paragraph(300, 7));
  await page.getByRole('button', { name: '查重：文本 A' }).click();
  const report = page.getByRole('region', { name: '查重报告' });
  await expect(report.getByTestId('check-total')).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(report.getByRole('heading', { level: 2 })).toBeVisible();
  await expect(report.locator('.para')).toBeVisible();
  for (const role of ['textbox', 'combobox', 'button', 'spinbutton'] as const)
    await expect(page.getByRole(role)).toHaveCount(0);
});

test('the collation folds on paper the rows only one speech has', async ({ page }) => {
  await page.goto('/?collate=1&fold=1');
  await expect(page.getByRole('table')).toBeVisible();
  const folded = await printed(page);
  await page.goto('/?collate=1');
  await expect(page.getByRole('table')).toBeVisible();
  // On screen every row is there, and no fold line.
  const single = page.getByRole('row').filter({ has: page.getByText('1/5', { exact: true }) });
  await expect(single.first()).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: /句已折叠/ })).toHaveCount(0);
  // On paper the same as the folded table: its fold lines, without their button.
  expect(await printed(page)).toEqual(folded);
  await page.emulateMedia({ media: 'print' });
  await expect(
    page
      .getByRole('row')
      .filter({ hasText: /句已折叠/ })
      .first(),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: '展开' })).toHaveCount(0);
});
