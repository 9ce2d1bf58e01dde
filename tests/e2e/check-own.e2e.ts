import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { indexFor } from '../../src/lib/check/collection.ts';
import { checkText } from '../../src/lib/check/measure.ts';
import { formatPercent } from '../../src/lib/i18n/translate.ts';
import { expect, test } from './fixtures.ts';

const corpus = JSON.parse(readFileSync('static/corpus.json', 'utf8')) as {
  speeches: { number: number; paragraphs: string[] }[];
};
const s3 = corpus.speeches[2]!.paragraphs;
/** Two paragraphs of speech 3 and a new line, as a person would paste them. */
const pasted = [s3[1]!, s3[2]!, '这是我自己新写的一句话，文集里没有。'];
/** The report's total as the pure code gives it, at K. */
const total = (k: number) =>
  formatPercent(checkText(indexFor(corpus.speeches), pasted, { k }).total);

const report = (page: Page) => page.getByRole('region', { name: '查重报告' });

async function checkPasted(page: Page) {
  await page.goto('/?own=a,b');
  await page.getByRole('textbox', { name: '文本 A' }).fill(pasted.join('\n'));
  await page.getByRole('button', { name: '查重：文本 A' }).click();
}

test('an own text gets the 查重 report, its figures those of checkText, its marks linked to the source', async ({
  page,
}) => {
  await checkPasted(page);
  const region = report(page);
  await expect(region.getByRole('heading', { level: 2 })).toHaveText('查重报告：文本 A');
  await expect(region.getByTestId('check-total')).toHaveText(total(13));
  expect(total(13)).not.toBe('100.0%');
  await expect(region.getByTestId('check-largest')).toContainText('（三）');
  await expect(page).toHaveURL(/\/\?own=a&report=1#v1\./u);
  // The text shown is the text pasted; the new line is not marked.
  await expect(region.locator('.para .body mark')).toHaveCount(2);
  await expect(region.locator('.para').nth(2)).not.toContainText('（三）');
  // A run's source opens the source speech at the paragraph where the run is.
  const source = region.getByRole('link', { name: '（三）第 2 段' }).first();
  await expect(source).toHaveAttribute('href', /\/3\/#p2$/u);
  await source.click();
  await expect(page).toHaveURL(/\/3\/#p2$/u);
  await expect(page.locator('#p2')).toBeInViewport();
  // Back returns to the report of the text.
  await page.goBack();
  await expect(report(page).getByTestId('check-total')).toHaveText(total(13));
  // The source table compares the text with the source.
  await report(page).getByRole('rowheader').first().getByRole('link', { name: '（三）' }).click();
  await expect(page).toHaveURL(/\?b=3&own=a#v1\./u);
  await expect(page.locator('[data-side="b"] p.cell').first()).toContainText(s3[0]!.slice(0, 10));
});

test('an own text identical to speech 3 leaves （三） and （六） out unless asked (issue 23)', async ({
  page,
}) => {
  await page.goto('/?own=a');
  await page.getByRole('textbox', { name: '文本 A' }).fill(s3.join('\n'));
  await page.getByRole('button', { name: '查重：文本 A' }).click();
  const region = report(page);
  const leaveOut = region.getByRole('checkbox', { name: '不计与本文相同的（三）和（六）' });
  await expect(leaveOut).toBeChecked();
  await expect(region.getByTestId('check-total')).toHaveText('16.5%');
  await expect(region.getByTestId('check-verdict')).toContainText('除（三）和（六）以外');
  await leaveOut.uncheck();
  await expect(page).toHaveURL(/\/\?own=a&report=1&twins=apart#v1\./u);
  await expect(region.getByTestId('check-total')).toHaveText('100.0%');
  await expect(region.getByRole('row', { name: /（六）/u })).toContainText('与本文相同');
});

test('K recomputes in the worker at once, and the link opens the same report anywhere', async ({
  page,
  browser,
}) => {
  await checkPasted(page);
  await expect(report(page).getByTestId('check-total')).toHaveText(total(13));
  await page.getByLabel('最短连续字数 K').fill('40');
  await expect(page).toHaveURL(/k=40#v1\./u);
  await expect(report(page).getByTestId('check-total')).toHaveText(total(40));
  // A fresh browser, with nothing but the link.
  const context = await browser.newContext({ locale: 'zh-CN' });
  const fresh = await context.newPage();
  await fresh.goto(page.url());
  await expect(report(fresh).getByTestId('check-total')).toHaveText(total(40));
  await expect(fresh.getByRole('textbox', { name: '文本 A' })).toHaveValue(pasted.join('\n'));
  await context.close();
});

test('the downloaded report of an own text carries the page’s numbers and its link', async ({
  page,
}) => {
  await checkPasted(page);
  await expect(report(page).getByTestId('check-total')).toHaveText(total(13));
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '下载报告（HTML）' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('duizhao-check-own-k13.html');
  const html = readFileSync(await file.path(), 'utf8');
  expect(html).toContain(`<dt>总文字复制比</dt><dd>${total(13)}</dd>`);
  expect(html).toContain('这是我自己新写的一句话，文集里没有。');
  // The report's own address, fragment and all, opens it again.
  expect(html).toContain(page.url().replaceAll('&', '&#38;'));
  expect(html).not.toMatch(/<script/iu);
});

test('Back and Forward move between the comparison and the report', async ({ page }) => {
  await page.goto('/?own=a,b');
  await page.getByRole('textbox', { name: '文本 A' }).fill(pasted.join('\n'));
  await page.getByRole('textbox', { name: '文本 B' }).fill(s3.slice(0, 3).join('\n'));
  await page.getByRole('button', { name: '对比', exact: true }).click();
  await expect(page.locator('[data-side="a"]').first()).toBeVisible();
  await page.getByRole('button', { name: '查重：文本 B' }).click();
  await expect(report(page).getByRole('heading', { level: 2 })).toHaveText('查重报告：文本 B');
  await expect(page).toHaveURL(/\/\?own=b&report=1#v1\./u);
  await page.goBack();
  await expect(report(page)).toHaveCount(0);
  await expect(page.getByRole('textbox', { name: '文本 A' })).toHaveValue(pasted.join('\n'));
  await expect(page.locator('[data-side="a"]').first()).toBeVisible();
  await page.goForward();
  await expect(report(page).getByTestId('check-total')).toHaveText(/%$/u);
  await expect(page.getByRole('textbox', { name: '文本 A' })).toHaveCount(0);
});

test('a broken report link gives a notice and a working editor, never a blank page', async ({
  page,
}) => {
  await page.goto('/?own=a&report=1#v1.not-a-text');
  await expect(page.getByRole('alert')).toContainText('链接中的文本');
  await expect(page.getByRole('textbox', { name: '文本 A' })).toHaveValue('');
  await expect(report(page)).toHaveCount(0);
  // Two own texts: a report is of one, so the comparison's editors show, with a notice.
  await page.goto('/?own=a,b&report=1');
  await expect(page.getByRole('alert').filter({ hasText: '查重报告只针对一篇' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: '文本 B' })).toBeVisible();
  // An empty text is not checked: the page says why.
  await page.goto('/?own=a&report=1');
  await page.getByRole('button', { name: '查重：文本 A' }).click();
  await expect(page.getByText('文本 A 没有文字，无法查重。')).toBeVisible();
});

test('the report of an own text has no serious accessibility problem', async ({ page }) => {
  await checkPasted(page);
  await expect(report(page).getByTestId('check-total')).toHaveText(total(13));
  const { violations } = await new AxeBuilder({ page }).analyze();
  const serious = violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(serious).toEqual([]);
});

test('the language link keeps the report and the text just typed', async ({ page }) => {
  await checkPasted(page);
  await expect(report(page).getByTestId('check-total')).toHaveText(total(13));
  await page.getByRole('textbox', { name: '文本 A' }).fill(`${pasted.join('\n')}\n再加一句。`);
  // The edit is checked again (after its pause) before the language changes: the report's
  // name follows the language all the same.
  const longer = formatPercent(
    checkText(indexFor(corpus.speeches), [...pasted, '再加一句。'], { k: 13 }).total,
  );
  expect(longer).not.toBe(total(13));
  await expect(report(page).getByTestId('check-total')).toHaveText(longer);
  await page.getByRole('link', { name: 'English' }).click();
  const region = page.getByRole('region', { name: 'Similarity report' });
  await expect(region.getByRole('heading', { level: 2 })).toHaveText('Similarity report: Text A');
  await expect(page.getByRole('textbox', { name: 'Text A' })).toHaveValue(
    `${pasted.join('\n')}\n再加一句。`,
  );
  // English is a path of its own (en/), the report and the text stay in the query and fragment.
  await expect(page).toHaveURL(/\/en\/\?own=a&report=1#v1\./u);
});

test('a long text’s report comes in over several frames, and all of it comes', async ({ page }) => {
  // 1,200 lines, each a copied run and a new one: more runs than one frame renders.
  const lines = Array.from(
    { length: 1200 },
    (_, i) => `${s3[i % s3.length]!.slice(0, 30)}第${i}行`,
  );
  await page.goto('/?own=a');
  await page.getByRole('textbox', { name: '文本 A' }).evaluate((el: HTMLTextAreaElement, v) => {
    el.value = v;
    el.dispatchEvent(new Event('input', { bubbles: true }));
  }, lines.join('\n'));
  await page.getByRole('button', { name: '查重：文本 A' }).click();
  const paragraphs = report(page).locator('.para');
  await expect(paragraphs).toHaveCount(lines.length);
  await expect(paragraphs.last()).toContainText(/1199行$/u);
});
