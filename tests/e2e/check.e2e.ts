import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures.ts';

const corpus = JSON.parse(readFileSync('static/corpus.json', 'utf8')) as {
  speeches: { paragraphs: string[] }[];
};

const report = (page: import('@playwright/test').Page) =>
  page.getByRole('region', { name: '查重报告' });

test('the report of speech 3 finds it copied whole from its twin （六）', async ({ page }) => {
  await page.goto('/?a=3');
  await page.getByRole('link', { name: '查重' }).click();
  await expect(page).toHaveURL(/\/3\/\?report=1$/u);
  const region = report(page);
  await expect(region.getByTestId('check-total')).toHaveText('100.0%');
  await expect(region.getByTestId('check-largest')).toHaveText(/100\.0%\s*（六）/u);
  await expect(region.getByTestId('check-verdict')).toContainText('本文与（六）逐字相同');
  const twin = region.getByRole('row', { name: /（六）/u });
  await expect(twin).toContainText('与本文相同');
  await expect(twin).toContainText('100.0%');
  // The text shown is the speech exactly; the superscripts are decoration.
  const shown = await region.locator('.para .body').evaluateAll((ps) =>
    ps.map((p) => {
      const copy = p.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('[aria-hidden="true"]').forEach((e) => e.remove());
      return copy.textContent;
    }),
  );
  expect(shown).toEqual(corpus.speeches[2]!.paragraphs);
  // Every paragraph is one mark, described as copied from the same paragraph of （六）.
  const marks = region.locator('mark a');
  await expect(marks).toHaveCount(corpus.speeches[2]!.paragraphs.length);
  await expect(marks.nth(3)).toHaveAccessibleDescription(/^复制自（六）第 4 段/u);
});

test('changing K recomputes the report at once and keeps it in the URL', async ({ page }) => {
  await page.goto('/?a=1&report=1');
  const total = report(page).getByTestId('check-total');
  await expect(total).toHaveText(/%$/u);
  const before = await total.textContent();
  await page.getByLabel('最短连续字数 K').fill('8');
  await expect(page).toHaveURL(/k=8/u);
  await expect(total).not.toHaveText(before ?? '');
  const at8 = Number.parseFloat((await total.textContent()) ?? '');
  expect(at8).toBeGreaterThan(Number.parseFloat(before ?? ''));
  // A reload gives the same report.
  await page.reload();
  await expect(report(page).getByTestId('check-total')).toHaveText(`${at8.toFixed(1)}%`);
  await expect(page.getByLabel('最短连续字数 K')).toHaveValue('8');
  // Out of range: nothing is recomputed, and leaving the field shows the K in use.
  await page.getByLabel('最短连续字数 K').fill('99');
  await page.getByLabel('最短连续字数 K').blur();
  await expect(page.getByLabel('最短连续字数 K')).toHaveValue('8');
  await expect(page).toHaveURL(/k=8/u);
});

test('a copied run links to the comparison, scrolled to the paragraph of the source', async ({
  page,
}) => {
  await page.goto('/?a=3&report=1');
  const link = report(page).locator('mark a').nth(5);
  await expect(link).toHaveAttribute('href', /\/6-3\/#a-p6$/u);
  await link.click();
  await expect(page).toHaveURL(/\/6-3\/#a-p6$/u);
  await expect(page.locator('#a-p6')).toBeInViewport();
  // Back goes back to the report.
  await page.goBack();
  await expect(report(page).getByTestId('check-total')).toHaveText('100.0%');
});

test('the source table links to each comparison', async ({ page }) => {
  await page.goto('/?a=1&report=1&lang=en');
  const region = page.getByRole('region', { name: 'Similarity report' });
  const first = region.getByRole('rowheader').first().getByRole('link');
  const name = (await first.textContent()) ?? '';
  await first.click();
  await expect(page).toHaveURL(new RegExp(`/en/\\d-1/$`, 'u'));
  await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible();
  expect(name).toMatch(/^（[一二三四五六]）$/u);
});

test('garbage in k or report gives a notice and a working report', async ({ page }) => {
  await page.goto('/?a=2&report=1&k=abc');
  await expect(page.getByRole('alert')).toContainText('k');
  await expect(report(page).getByTestId('check-total')).toHaveText(/%$/u);
  await expect(page).toHaveURL(/\/2\/\?report=1$/u);
  await page.goto('/?a=2&b=4&report=1');
  await expect(page.getByRole('alert')).toContainText('report');
  await expect(page.locator('#verdict')).toBeVisible();
});

test('the downloaded report carries the page’s numbers', async ({ page }) => {
  await page.goto('/?a=3&report=1&k=20');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '下载报告（HTML）' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('duizhao-check-3-k20.html');
  const html = readFileSync(await file.path(), 'utf8');
  expect(html).toContain('<dt>总文字复制比</dt><dd>100.0%</dd>');
  expect(html).toContain('与本文相同');
  expect(html).not.toMatch(/<script/iu);
});

test('the report has no serious accessibility problem, light and dark', async ({ page }) => {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.goto('/?a=4&report=1');
    await expect(report(page).getByTestId('check-total')).toHaveText(/%$/u);
    const { violations } = await new AxeBuilder({ page }).analyze();
    const serious = violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    expect(serious).toEqual([]);
  }
});
