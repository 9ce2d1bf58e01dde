import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

const corpus = JSON.parse(readFileSync('static/corpus.json', 'utf8')) as {
  speeches: { paragraphs: string[] }[];
};

/** del and ins elements in the text: the highlighted fragments. */
const fragments = (page: Page) => page.locator('[data-view] del, [data-view] ins').count();

test('word mode cuts changes only at word boundaries, with no more fragments', async ({ page }) => {
  await page.goto('/?a=1&b=2&g=char');
  await expect(page.locator('[data-view] del').first()).toBeVisible();
  const char = await fragments(page);
  await page.getByRole('radio', { name: '词' }).check();
  await expect(page).toHaveURL(/g=word/);
  await expect(page.locator('[data-view] del').first()).toBeVisible();
  expect(await fragments(page)).toBeLessThanOrEqual(char);
  const offEdge = await page.locator('[data-view] .text').evaluateAll((cells) => {
    const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
    const bad: string[] = [];
    for (const cell of cells) {
      const text = cell.textContent ?? '';
      const edges = new Set([...segmenter.segment(text)].map((s) => s.index));
      edges.add(text.length);
      // A change may be cut into several elements (a slot inside it): check where it starts
      // and where it ends.
      let at = 0;
      let run: { start: number; text: string; key: string } | null = null;
      const close = () => {
        if (run && (!edges.has(run.start) || !edges.has(at))) bad.push(run.text);
        run = null;
      };
      for (const node of cell.childNodes) {
        // Svelte's anchors (comments, empty text nodes) are not text.
        const length = node.nodeType === Node.COMMENT_NODE ? 0 : (node.textContent?.length ?? 0);
        if (length === 0) continue;
        const el = node as HTMLElement;
        const key =
          node.nodeName === 'DEL' || node.nodeName === 'INS'
            ? `${node.nodeName}${el.dataset.change}`
            : '';
        if (run && run.key !== key) close();
        if (key) {
          run ??= { start: at, text: '', key };
          run.text += node.textContent ?? '';
        }
        at += length;
      }
      close();
    }
    return bad;
  });
  expect(offEdge).toEqual([]);
});

test('word mode gives fewer fragments than character mode on 2 and 3', async ({ page }) => {
  await page.goto('/?a=2&b=3&g=char');
  await expect(page.locator('[data-view] del').first()).toBeVisible();
  const char = await fragments(page);
  await page.goto('/?a=2&b=3&g=word');
  await expect(page.locator('[data-view] del').first()).toBeVisible();
  expect(await fragments(page)).toBeLessThan(char);
});

test('ignore=punct highlights no punctuation-only change; the text stays exact', async ({
  page,
}) => {
  await page.goto('/?a=1&b=2&ignore=punct');
  await expect(page.locator('[data-view] del').first()).toBeVisible();
  const punctOnly = await page
    .locator('[data-view] del:not(.quiet), [data-view] ins:not(.quiet)')
    .evaluateAll((els) =>
      els.map((e) => e.textContent ?? '').filter((t) => /^[\p{P}\s]+$/u.test(t)),
    );
  expect(punctOnly).toEqual([]);
  const paneA = await page
    .locator('[data-side="a"] p.cell .text')
    .evaluateAll((cells) => cells.map((c) => c.textContent));
  expect(paneA).toEqual(corpus.speeches[0]!.paragraphs);
});

test('template slots are shown apart and named in the legend', async ({ page }) => {
  await page.goto('/?a=1&b=2');
  await expect(page.locator('[data-view] .slot').first()).toHaveText(/^(X{2,}|\*+)$/);
  await expect(page.getByText('模板空位（由讲话人自填）')).toBeVisible();
  await expect(page.getByText(/模板空位 A \d+ 处/)).toBeVisible();
});

test('options survive a reload and travel with copy link', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/?a=1&b=2');
  await page.getByRole('radio', { name: '句' }).check();
  await page.getByRole('checkbox', { name: '标点' }).check();
  await page.getByRole('checkbox', { name: '全角半角' }).check();
  await expect(page).toHaveURL(/\/1-2\/\?g=sentence&ignore=punct,width$/);
  await page.reload();
  await expect(page.getByRole('radio', { name: '句' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: '标点' })).toBeChecked();
  await page.getByRole('button', { name: '复制链接' }).click();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toMatch(/g=sentence&ignore=punct,width$/);
});
