import { readFileSync } from 'node:fs';
import { compare, expect, paneTexts, paste, test, unrelated } from './fixtures.ts';

const corpus = JSON.parse(readFileSync('static/corpus.json', 'utf8')) as {
  speeches: { paragraphs: string[] }[];
};
const paragraphs = (n: number) => corpus.speeches[n - 1]!.paragraphs;

/** Text of the collection's paragraphs, about n characters, in a seeded order. */
function collectionLike(n: number, seed: number): string {
  const all = corpus.speeches.flatMap((s) => s.paragraphs);
  const out: string[] = [];
  let [x, length] = [seed, 0];
  while (length < n) {
    x = (Math.imul(x, 1103515245) + 12345) & 0x7fffffff;
    const p = all[x % all.length]!;
    out.push(p);
    length += p.length + 1;
  }
  return out.join('\n');
}

/** The text with every 97th character replaced: a near-copy with changes all along. */
const nearCopy = (text: string) =>
  Array.from(text, (c, i) => (i % 97 === 50 && c !== '\n' ? '改' : c)).join('');

test('a 200,000-character comparison: progress as a fraction, the page answers, every character drawn', async ({
  page,
}) => {
  test.slow();
  await page.goto('/?own=a,b');
  // Unrelated texts: paragraph alignment has most to do, so the progress shows on any machine.
  const [a, b] = [unrelated(200_000, 1), unrelated(200_000, 2)];
  await paste(page, '文本 A', a);
  await paste(page, '文本 B', b);
  await compare(page).click();
  // The worker says how far it is, and the page shows it: the page is answering. On a quick
  // machine the alignment may be over within the first half second; the exact similarity of
  // unrelated texts, which follows, takes seconds and shows its progress too.
  await expect(
    page.getByRole('status').filter({ hasText: /对齐段落|逐段比较|计算精确相似度/ }),
  ).toBeVisible();
  // A button still answers while the worker compares: the file button opens the file chooser.
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '选择文件…' }).first().click();
  await chooser;
  await expect(page.locator('[data-side="b"] ins').first()).toBeAttached({ timeout: 60_000 });
  // A change far down, not drawn yet or just drawn, is reached from the strip.
  const last = page.locator('.strip .tick').last();
  await last.click();
  const n = Number(await last.getAttribute('aria-label'));
  await expect(page.locator(`[data-change="${n - 1}"]`).first()).toBeFocused();
  // Once every batch is drawn the panes hold the texts exactly.
  await expect(page.locator('.diff:not([aria-busy])')).toBeAttached({ timeout: 60_000 });
  // (Lines are paragraphs: the last line break ends the last one.)
  expect((await paneTexts(page, 'a')).join('\n')).toBe(a.trimEnd());
  expect((await paneTexts(page, 'b')).join('\n')).toBe(b.trimEnd());
});

test('a long near-copy is drawn whole, every character once', async ({ page }) => {
  test.slow();
  await page.goto('/?own=a,b&view=unified');
  const a = collectionLike(100_000, 1);
  const b = nearCopy(a);
  await paste(page, '文本 A', a);
  await paste(page, '文本 B', b);
  await compare(page).click();
  await expect(page.locator('.diff:not([aria-busy]) ins').first()).toBeAttached({
    timeout: 60_000,
  });
  // The unified view gives back A without its insertions, B without its deletions.
  const side = (keep: 'a' | 'b', drop: string) =>
    page.locator(`[data-view="unified"] p[data-${keep}] .text`).evaluateAll(
      (cells, tag) =>
        cells
          .map((c) => {
            const copy = c.cloneNode(true) as HTMLElement;
            for (const el of copy.querySelectorAll(tag)) el.remove();
            return copy.textContent;
          })
          .join('\n'),
      drop,
    );
  expect(await side('a', 'ins')).toBe(a);
  expect(await side('b', 'del')).toBe(b);
});

test('a link to a paragraph far down a long comparison reaches it before its rows are drawn (issue 26)', async ({
  page,
}) => {
  test.slow();
  await page.goto('/?own=a,b&view=unified');
  // Unrelated texts that share their last paragraph: the shared passage links to it.
  const shared = paragraphs(1)[2]!;
  const [a, b] = [`${unrelated(200_000, 1)}\n${shared}`, `${unrelated(200_000, 2)}\n${shared}`];
  await paste(page, '文本 A', a);
  await paste(page, '文本 B', b);
  await compare(page).click();
  // (The unrelated text ends with a line break: no empty paragraph.)
  const last = a.split('\n').filter((p) => p !== '').length;
  const link = page.getByRole('link', { name: new RegExp(`第 ${last} 段$`, 'u') }).first();
  await expect(link).toBeVisible({ timeout: 60_000 });
  await link.click();
  await expect(page.locator(`#a-p${last}`)).toBeInViewport();
  await expect(page.locator(`#a-p${last}`)).toBeFocused();
  await expect(page.locator(`#a-p${last} .text`)).toHaveText(shared);
  // The texts stay: they are in the address's fragment, which the link leaves as it was.
  await expect(page.getByRole('alert')).toHaveCount(0);
  expect(await page.getByRole('textbox', { name: '文本 A' }).inputValue()).toBe(a);
  // The comparison stays, whole once every batch is drawn, in one box per batch.
  await expect(page.locator('.diff:not([aria-busy])')).toBeAttached({ timeout: 60_000 });
  expect(await page.locator('[data-view="unified"] .part').count()).toBeGreaterThan(1);
  const texts = await page
    .locator('[data-view="unified"] p[data-a] .text')
    .evaluateAll((cells) => cells.map((c) => c.textContent));
  expect(texts).toHaveLength(last);
  expect(texts.at(-1)).toBe(shared);
});

test('the exact similarity replaces the estimate of long texts', async ({ page }) => {
  test.slow();
  await page.goto('/?own=a,b');
  await paste(page, '文本 A', unrelated(40_000, 1));
  await paste(page, '文本 B', unrelated(40_000, 2));
  await compare(page).click();
  await expect(page.getByTestId('similarity')).toBeVisible({ timeout: 60_000 });
  await expect(page.getByText('相似度先按已找到的相同文字估算')).toBeHidden({ timeout: 60_000 });
  await expect(page.getByTestId('similarity')).toHaveText(/^\d+\.\d%$/u);
});

test('stock phrases are muted in an own text, against a speech or another own text', async ({
  page,
}) => {
  await page.goto('/2/?own=b&mute=stock');
  const own = `开头是我自己的话。${paragraphs(1).join('\n')}`;
  await paste(page, '文本 B', own);
  await compare(page).click();
  await expect(page.locator('[data-side="b"] .stock').first()).toBeVisible();
  await expect(page.locator('[data-side="a"] .stock').first()).toBeVisible();
  expect((await paneTexts(page, 'b')).join('\n')).toBe(own);
  // Both own texts: the same phrases are found.
  await page.goto('/?own=a,b&mute=stock');
  await paste(page, '文本 A', paragraphs(2).join('\n'));
  await paste(page, '文本 B', own);
  await compare(page).click();
  await expect(page.locator('[data-side="a"] .stock').first()).toBeVisible();
  await expect(page.locator('[data-side="b"] .stock').first()).toBeVisible();
  // Unmuted, no text is marked as stock.
  await page.getByRole('checkbox', { name: /淡化套话/ }).uncheck();
  await expect(page.locator('[data-side] .stock')).toHaveCount(0);
});
