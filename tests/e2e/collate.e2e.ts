import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

const corpus = JSON.parse(readFileSync('static/corpus.json', 'utf8')) as {
  speeches: { label: string; paragraphs: string[] }[];
};
const OPENING = '对于进一步动员全国人民';

/** Each column's speech text as the table shows it: its sentences, in paragraphs, read down. */
const columnTexts = async (page: Page) => {
  // Every row drawn first (the table comes in batches, busy until the last: issue 26).
  await expect(page.getByRole('table')).not.toHaveAttribute('aria-busy');
  return page.getByRole('table').evaluate((table: HTMLTableElement) => {
    const columns: string[][] = [];
    for (const row of Array.from(table.tBodies[0]?.rows ?? [])) {
      Array.from(row.cells)
        .slice(1)
        .forEach((cell, k) => {
          const text = cell.querySelector('.text');
          if (!text) return;
          const paragraphs = (columns[k] ??= []);
          const p = Number(cell.dataset.para) - 1;
          while (paragraphs.length <= p) paragraphs.push('');
          paragraphs[p] += text.textContent ?? '';
        });
    }
    return columns;
  });
};

test('the link on / opens the collation', async ({ page }) => {
  await page.goto('/');
  // The page reads before its script runs; the link is followed in the page once it does.
  await page.locator('#app[data-live]').waitFor({ state: 'attached' });
  await page.getByRole('link', { name: /逐句对齐/ }).click();
  await expect(page).toHaveURL(/\/collate\/$/u);
  await expect(page.getByRole('heading', { level: 2, name: '逐句对齐' })).toBeFocused();
  await expect(page).toHaveTitle(/逐句对齐/);
  const headers = page.getByRole('columnheader');
  await expect(headers).toHaveText([
    '行',
    '（一）',
    '（二）',
    '（三）＝（六）',
    '（四）',
    '（五）',
  ]);
});

test('every column, read down, is its speech exactly', async ({ page }) => {
  await page.goto('/?collate=1&twins=apart');
  await expect(page.getByRole('columnheader')).toHaveCount(7);
  expect(await columnTexts(page)).toEqual(corpus.speeches.map((s) => s.paragraphs));
});

test('（一）（二）（三）（六） share the row of 对于进一步动员全国人民…', async ({ page }) => {
  await page.goto('/?collate=1&twins=apart');
  const row = page.getByRole('row').filter({ hasText: OPENING });
  await expect(row).toHaveCount(1);
  const cells = row.getByRole('cell');
  for (const k of [0, 1, 2, 5]) await expect(cells.nth(k)).toContainText(OPENING);
  for (const k of [3, 4]) await expect(cells.nth(k)).not.toContainText(OPENING);
  // Four speeches, three texts: （三） and （六） are one.
  await expect(row.getByRole('rowheader')).toContainText('3/5');
  // （三） and （六） are one speech: the same text in every row.
  const same = await page
    .getByRole('table')
    .evaluate((table: HTMLTableElement) =>
      Array.from(table.tBodies[0]?.rows ?? []).every(
        (r) =>
          r.cells[3]?.querySelector('.text')?.textContent ===
            r.cells[6]?.querySelector('.text')?.textContent &&
          r.cells[3]?.dataset.para === r.cells[6]?.dataset.para,
      ),
    );
  expect(same).toBe(true);
});

test('a sentence only the twins have counts as one text, merged or apart (issue 23 §10)', async ({
  page,
}) => {
  for (const url of ['/?collate=1', '/?collate=1&twins=apart']) {
    await page.goto(url);
    const row = page.getByRole('row').filter({ hasText: '通过学习以后，感觉思想得到了新认识' });
    await expect(row.getByRole('rowheader')).toContainText('1/5');
    await expect(row.getByRole('rowheader')).toContainText('1/5 篇有此句（完全相同的讲话算一篇）');
  }
});

test('the reading others are marked against says what it is (issue 23 §10)', async ({ page }) => {
  await page.goto('/?collate=1');
  // The first row: （二） and （三）＝（六） open alike (0.41); two texts, neither reading more common.
  const row = page.getByRole('row').nth(1);
  const cells = row.getByRole('cell');
  await expect(cells.nth(1)).toContainText('参照：各写法一样多，取最前一栏');
  await expect(cells.nth(2).locator('ins').first()).toBeVisible();
  await expect(cells.nth(2)).not.toContainText('参照');
  await expect(page.getByText('与本行的参照写法不同')).toBeVisible();
  await expect(page.getByText('最常见的写法不同')).toHaveCount(0);
});

test('the chosen speeches and switches stay in the URL through a reload', async ({ page }) => {
  await page.goto('/?collate=1');
  await page.getByRole('checkbox', { name: '（五）' }).uncheck();
  await expect(page).toHaveURL(/speeches=1,2,3,4,6/);
  await page.getByRole('checkbox', { name: /折叠/ }).check();
  await expect(page).toHaveURL(/fold=1/);
  await page.reload();
  await expect(page.getByRole('checkbox', { name: '（五）' })).not.toBeChecked();
  await expect(page.getByRole('checkbox', { name: /折叠/ })).toBeChecked();
  await expect(page.getByRole('columnheader', { name: '（五）' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: '展开' }).first()).toBeVisible();
});

test('a bad subset is named in a notice and the page still works', async ({ page }) => {
  await page.goto('/?collate=1&speeches=2,9&fold=maybe');
  await expect(page.getByRole('alert')).toContainText('9');
  await expect(page.getByRole('columnheader')).toHaveText(['行', '（二）']);
});

test('cells link to the paragraph, and pairs to their comparison there', async ({ page }) => {
  await page.goto('/?collate=1');
  const row = page.getByRole('row').filter({ hasText: OPENING });
  await row.getByRole('link', { name: /（二）第 1 段/ }).click();
  await expect(page).toHaveURL(/\/2\/#p1$/);
  await page.goBack();
  await row.getByText('两两对照').click();
  await row.getByRole('link', { name: '（一）与（三）＝（六）对照' }).click();
  await expect(page).toHaveURL(/\/1-3\/#a-p1$/);
  await expect(page.locator('#a-p1')).toBeInViewport();
});

test('works from the keyboard: switches, unfolding, pair links', async ({ page }) => {
  await page.goto('/?collate=1');
  const fold = page.getByRole('checkbox', { name: /折叠/ });
  await fold.focus();
  await page.keyboard.press('Space');
  await expect(page).toHaveURL(/fold=1/);
  const unfold = page
    .getByRole('row')
    .filter({ hasText: /\d+ 句已折叠/ })
    .getByRole('button', { name: '展开' })
    .first();
  const before = await page.getByRole('row').count();
  await unfold.focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => page.getByRole('row').count()).toBeGreaterThan(before);
  const row = page.getByRole('row').filter({ hasText: OPENING });
  await row.getByText('两两对照').focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await expect(row.getByRole('link', { name: '（一）与（二）对照' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/1-2\/#a-p1$/);
});

test('at 390 px it reads row by row, each sentence under its speech', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/?collate=1');
  const row = page.getByRole('row').filter({ hasText: OPENING });
  await row.scrollIntoViewIfNeeded();
  await expect(row.getByText('（二）', { exact: true })).toBeVisible();
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(390);
  // Each speech's sentence sits below the one before it, not beside it.
  const boxes = await row
    .getByRole('cell')
    .filter({ hasText: OPENING })
    .evaluateAll((cells) => cells.map((c) => c.getBoundingClientRect()));
  expect(boxes.length).toBe(3);
  expect(boxes[1]!.top).toBeGreaterThanOrEqual(boxes[0]!.bottom - 1);
  expect(boxes[0]!.width).toBeGreaterThan(300);
});

// Issue 26: at 412 px (Lighthouse's phone) a moved sentence's link was 20 px tall beside another.
test('on a phone every link and button is big enough to tap', async ({ page }) => {
  for (const width of [412, 390]) {
    await page.setViewportSize({ width, height: 823 });
    await page.goto('/?collate=1');
    await expect(page.getByRole('table')).toBeVisible();
    await page.locator('#app[data-live]').waitFor({ state: 'attached' });
    const { violations } = await new AxeBuilder({ page }).withRules(['target-size']).analyze();
    expect(violations.flatMap((v) => v.nodes.map((n) => n.target.join(' ')))).toEqual([]);
  }
});

test('prints in landscape, and only the collation does', async ({ page }) => {
  const size = async () => {
    const pdf = (await page.pdf({ preferCSSPageSize: true })).toString('latin1');
    const box = /MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/u.exec(pdf);
    return { width: Number(box?.[1]), height: Number(box?.[2]) };
  };
  await page.goto('/?collate=1&speeches=1,2');
  await expect(page.getByRole('table')).toBeVisible();
  const collation = await size();
  expect(collation.width).toBeGreaterThan(collation.height);
  await page.goto('/?a=1');
  await expect(page.getByRole('heading', { level: 2 })).toBeVisible();
  const speech = await size();
  expect(speech.width).toBeLessThan(speech.height);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds nothing serious on the collation, ${scheme}`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/?collate=1&fold=1');
    await expect(page.getByRole('table')).toBeVisible();
    const { violations } = await new AxeBuilder({ page }).analyze();
    const serious = violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    expect(serious).toEqual([]);
  });
}

test('find text: only the rows containing it, with their count (issue 23 item 11)', async ({
  page,
}) => {
  await page.goto('/?collate=1');
  const rows = page.locator('tbody tr[id^="r"]');
  // Every row drawn (the table comes in batches, busy until the last: issue 26).
  await expect(page.getByRole('table')).not.toHaveAttribute('aria-busy');
  const all = await rows.count();
  const find = page.getByRole('searchbox', { name: '查找文字' });
  await find.fill(OPENING);
  const status = page.getByRole('search').getByRole('status');
  await expect(status).toHaveText(/^\d+ 行含有这段文字/u);
  const n = Number((await status.textContent())?.match(/\d+/u)?.[0]);
  expect(n).toBeGreaterThan(0);
  await expect(rows).toHaveCount(n);
  for (const text of await rows.allTextContents()) expect(text).toContain(OPENING);
  await find.fill('没有这样的句子');
  await expect(status).toHaveText('没有一行含有这段文字。');
  await expect(rows).toHaveCount(0);
  await find.fill('');
  await expect(status).toHaveText('');
  await expect(rows).toHaveCount(all);
});

test('in English the collation names speeches as every other page does (Speech 1)', async ({
  page,
}) => {
  // Issue 21: its sentences said “Compare （二） with （三）” where the rest says “Speech 2”.
  await page.goto('/?collate=1&lang=en');
  await expect(
    page.getByRole('columnheader', { name: 'Speech 1 （一）', exact: true }),
  ).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'Speech 1 （一）', exact: true })).toBeChecked();
  await page.getByText('Compare pairs', { exact: true }).first().click();
  await expect(
    page.getByRole('link', { name: /^Compare Speech \d with Speech \d/u }).first(),
  ).toBeVisible();
  await expect(page.getByRole('link', { name: /（[一二三四五六]）/u })).toHaveCount(0);
});

test('a link to a row far down opens at it, though the table is drawn in batches (issue 26)', async ({
  page,
}) => {
  await page.goto('/?collate=1#r100');
  const row = page.locator('#r100');
  await expect(row).toBeInViewport();
  await expect(page.getByRole('table')).not.toHaveAttribute('aria-busy');
  await expect(page.locator('tbody tr[id^="r"]')).toHaveCount(107);
});

test('the first setting changed on the served table draws it in batches, every row in the end (issue 26)', async ({
  page,
}) => {
  await page.goto('/collate/');
  const rows = await page.getByRole('row').count();
  // Whether the page marks the table busy (drawn in batches) at any time from now on.
  await page.evaluate(() => {
    const seen = window as unknown as { busySeen: boolean };
    seen.busySeen = false;
    new MutationObserver(() => {
      if (document.querySelector('table[aria-busy="true"]')) seen.busySeen = true;
    }).observe(document.body, { subtree: true, attributes: true, attributeFilter: ['aria-busy'] });
  });
  await page.getByRole('checkbox', { name: /折叠/ }).check();
  await expect(page).toHaveURL(/fold=1/);
  await expect(page.getByRole('table')).not.toHaveAttribute('aria-busy');
  expect(await page.evaluate(() => (window as unknown as { busySeen: boolean }).busySeen)).toBe(
    true,
  );
  // And back: the table unfolded, drawn in batches again, has every row it had.
  await page.getByRole('checkbox', { name: /折叠/ }).uncheck();
  await expect(page.getByRole('table')).not.toHaveAttribute('aria-busy');
  await expect(page.getByRole('row')).toHaveCount(rows);
});
