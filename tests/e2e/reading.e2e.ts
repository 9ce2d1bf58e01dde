/**
 * Issue 10, "what a new reader trips on": reading Chinese changes, the single-speech view, the
 * overview table, phones, controls, print, English and notices. Each test pins one item.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, paneTexts, test } from './fixtures.ts';

const corpus = JSON.parse(readFileSync('static/corpus.json', 'utf8')) as {
  speeches: { paragraphs: string[]; chars: number }[];
};
const paragraphs = (n: number) => corpus.speeches[n - 1]!.paragraphs;
/** The decoration of the first del and ins in the text, as computed. */
const decoration = (page: Page, tag: 'del' | 'ins') =>
  page
    .locator(`[data-view] ${tag}`)
    .first()
    .evaluate((el) => {
      const s = getComputedStyle(el);
      return {
        line: s.textDecorationLine,
        style: s.textDecorationStyle,
        offset: parseFloat(s.textUnderlineOffset),
        size: parseFloat(s.fontSize),
        background: s.backgroundColor,
        before: getComputedStyle(el, '::before').content,
      };
    });

test.describe('reading Chinese changes', () => {
  for (const scheme of ['light', 'dark'] as const) {
    for (const media of ['screen', 'print'] as const) {
      test(`del never strikes through 一二三十 (${scheme}, ${media}), del and ins differ beyond colour`, async ({
        page,
      }) => {
        await page.emulateMedia({ colorScheme: scheme, media });
        await page.goto('/?a=1&b=2&view=split');
        await expect(page.locator('[data-view] del').first()).toBeAttached();
        const del = await decoration(page, 'del');
        const ins = await decoration(page, 'ins');
        expect(del.line).not.toContain('line-through');
        // A line set well below the glyphs: below the descent of 一二三十.
        expect(del.line).toContain('underline');
        expect(del.offset).toBeGreaterThanOrEqual(0.25 * del.size);
        expect(ins.line).toContain('underline');
        // Not colour alone: removed and added lines are drawn differently.
        expect(del.style).not.toBe(ins.style);
      });
    }
  }

  for (const width of [390, 1400]) {
    test(`Chinese quotes “ ” are full width at ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto('/?a=1');
      const ratio = await page.locator('#p1 .body').evaluate((el) => {
        const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const i = n.textContent?.indexOf('“') ?? -1;
          if (i < 0) continue;
          const range = document.createRange();
          range.setStart(n, i);
          range.setEnd(n, i + 1);
          const size = parseFloat(getComputedStyle(n.parentElement!).fontSize);
          return range.getBoundingClientRect().width / size;
        }
        return 0;
      });
      expect(ratio).toBeGreaterThan(0.9);
    });
  }

  test('1 vs 2 leads with what the pair shares, linked into the text', async ({ page }) => {
    await page.goto('/?a=1&b=2&view=split');
    const shared = page.getByRole('region', { name: /两篇共用的文字/ });
    await expect(shared).toBeVisible();
    const item = shared.getByRole('listitem').filter({ hasText: '对于进一步动员全国人民' });
    await expect(item).toBeVisible();
    await item.getByRole('link', { name: /（二）/ }).click();
    await expect(page).toHaveURL(/#b-p1$/);
    await expect(page.locator('#b-p1')).toBeInViewport();
  });

  test('1 vs 4: long runs with no shared text fold to a line that opens, text kept whole', async ({
    page,
  }) => {
    await page.goto('/?a=1&b=4&view=split');
    const open = page.getByRole('button', { name: /展开.*\d+ 段/ }).first();
    await expect(open).toBeVisible();
    await expect(page.locator('[hidden="until-found"] p.cell').first()).toBeAttached();
    await expect(page.locator('[hidden="until-found"] p.cell').first()).toBeHidden();
    // Find in page and copying reach the folded text: it is all in the panes.
    expect(await paneTexts(page, 'a')).toEqual(paragraphs(1));
    expect(await paneTexts(page, 'b')).toEqual(paragraphs(4));
    const id = await page.locator('[hidden="until-found"] p.cell').first().getAttribute('id');
    await open.click();
    await expect(page.getByRole('button', { name: /收起/ }).first()).toHaveAttribute(
      'aria-expanded',
      'true',
    );
    await expect(page.locator(`#${id}`)).toBeVisible();
  });

  test('1 vs 2 counts rewritten passages apart from small edits', async ({ page }) => {
    await page.goto('/?a=1&b=2');
    await expect(page.getByText(/改写 \d+ 处/)).toBeVisible();
    await expect(page.getByText(/小改 \d+ 处/)).toBeVisible();
  });

  test('muted stock phrases inside an addition still read as added', async ({ page }) => {
    await page.goto('/?a=2&b=4&mute=stock&view=split');
    const muted = page.locator('[data-view] ins.stock').first();
    await expect(muted).toBeAttached();
    const plain = await decoration(page, 'ins');
    const stock = await muted.evaluate((el) => {
      const s = getComputedStyle(el);
      return { line: s.textDecorationLine, background: s.backgroundColor };
    });
    expect(stock.line).toContain('underline');
    expect(stock.background).toBe(plain.background);
  });

  test('ignoring punctuation says what it does to the similarity', async ({ page }) => {
    await page.goto('/?a=1&b=2&ignore=punct');
    await expect(page.getByText(/忽略.*标点.*相似度.*降低/)).toBeVisible();
  });
});

/** A text as a whole element's text, not a part of a longer one. */
const exactly = (text: string) =>
  new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}$`, 'u');

test.describe('the single speech and the shared passages', () => {
  test('/?a=3 says its twin once and marks what it shares with the others', async ({ page }) => {
    await page.goto('/?a=3');
    await expect(page.getByText(/与（六）完全相同/)).toHaveCount(1);
    const share = () =>
      page
        .locator('[data-side] mark')
        .evaluateAll(
          (ms) => ms.reduce((n, m) => n + Array.from(m.textContent ?? '').length, 0) / 1559,
        );
    await expect(page.locator('[data-side] mark').first()).toBeVisible();
    expect(await share()).toBeLessThan(0.5);
    await page.getByRole('checkbox', { name: /（六）/ }).check();
    await expect.poll(share).toBeGreaterThan(0.95);
    const text = await page
      .locator('[data-side] .body')
      .evaluateAll((ps) => ps.map((p) => p.textContent));
    expect(text).toEqual(paragraphs(3));
  });

  test('links to compare a marked passage are visible without hover', async ({ page }) => {
    await page.goto('/?a=1');
    await expect(page.getByRole('link', { name: '对照（一）与（三）' }).first()).toBeVisible();
  });

  test('the passage list shows each shared run whole, grouped, and says truly who has it', async ({
    page,
  }) => {
    await page.goto('/');
    const list = page.getByRole('region', { name: '各篇共用的文字' });
    await expect(list.locator('blockquote').first()).toBeVisible();
    await page.locator('#app[data-live]').waitFor({ state: 'attached' });
    await list.getByRole('button', { name: /显示全部/ }).click();
    // Issue 24 §5: three passages that clause cutting and nesting never showed whole.
    for (const [text, speeches] of [
      [
        '要把学习贯彻习近平总书记重要讲话、全国两会精神同深入学习贯彻党的二十大精神紧密结合起来，',
        ['（三）', '（四）', '（六）'],
      ],
      [
        '精神同深入学习贯彻党的二十大精神紧密结合起来，更加深刻领悟“两个确立”的决定性意义，',
        ['（二）', '（四）'],
      ],
      [
        '习近平总书记重要讲话和十四届全国人大一次会议、全国政协十四届一次会议精神',
        ['（二）', '（三）', '（六）'],
      ],
    ] as const) {
      const quote = list.locator('blockquote, q').filter({ hasText: exactly(text) });
      await expect(quote.first()).toHaveText(text);
      const where = quote.first().locator('xpath=following-sibling::p[1]');
      await expect(where.getByRole('link')).toHaveText([...speeches]);
    }
    const item = list
      .getByRole('listitem')
      .filter({ hasText: '对于进一步动员全国人民更加紧密团结在' })
      .first();
    for (const label of ['（一）', '（二）', '（三）', '（六）'])
      await expect(item.getByRole('link', { name: label }).first()).toBeVisible();
    // No passage is listed twice at the top level: contained ones sit under their family.
    const top = await list
      .locator(':scope ol > li > blockquote')
      .evaluateAll((qs) => qs.map((q) => q.textContent ?? ''));
    for (const q of top) for (const r of top) if (q !== r) expect(q.includes(r)).toBe(false);
  });

  test('the home page counts the 套话 it tags, by one definition (issue 23 §7)', async ({
    page,
  }) => {
    await page.goto('/');
    const list = page.getByRole('region', { name: '各篇共用的文字' });
    await page.locator('#app[data-live]').waitFor({ state: 'attached' });
    await list.getByRole('button', { name: /显示全部/ }).click();
    const finding = page.getByText(/各篇共用 \d+ 段 12 字以上的相同文字，其中 \d+ 段见于三篇以上/);
    const [, all, stock] = /共用 (\d+) 段.*其中 (\d+) 段/u.exec(
      (await finding.textContent()) ?? '',
    )!;
    const entries = list.locator('.where');
    await expect(entries).toHaveCount(Number(all));
    await expect(list.locator('.where .stock')).toHaveCount(Number(stock));
    // In （一）（二）（三）（六）: three texts, so tagged; in （三）（四）（六）: two, so not.
    const tagOf = (text: string) =>
      list
        .locator('blockquote, q')
        .filter({ hasText: exactly(text) })
        .first()
        .locator('xpath=following-sibling::p[1]')
        .locator('.stock');
    await expect(
      tagOf(
        '对于进一步动员全国人民更加紧密团结在以习近平同志为核心的党中央周围，全面贯彻党的二十大精神，',
      ),
    ).toHaveCount(1);
    await expect(
      tagOf(
        '要把学习贯彻习近平总书记重要讲话、全国两会精神同深入学习贯彻党的二十大精神紧密结合起来，',
      ),
    ).toHaveCount(0);
    // The list says what its entries are; it no longer claims whole clauses.
    await expect(list).not.toContainText('按完整分句截取');
    await expect(list).toContainText('每段完整列出');
  });

  test('a search box answers which speeches contain any text', async ({ page }) => {
    await page.goto('/');
    const box = page.getByRole('searchbox');
    await box.fill('对于进一步动员全国人民');
    const answer = page.getByRole('status').filter({ hasText: /见于/ });
    await expect(answer).toContainText('（一）');
    await expect(answer).toContainText('（二）');
    await expect(answer).toContainText('（三）');
    await expect(answer).toContainText('（六）');
    await expect(answer).not.toContainText('（四）');
  });

  test('the mark pop-up names who has the whole text first, then who has part', async ({
    page,
  }) => {
    await page.goto('/?a=1');
    const mark = page
      .locator('#p1 mark [role="button"]')
      .filter({ hasText: '对于进一步动员' })
      .first();
    await mark.focus();
    // No speech has the whole of this mark (neighbouring segments run together): it says so,
    // and names each with the part it shares, not （五） as if it had the passage.
    const panel = page.getByRole('group', { name: /没有哪一篇含有这里的全文/ });
    await expect(panel).toBeVisible();
    await expect(panel).toContainText(/（五）只共用其中的“以习近平同志为核心的党中央”/);
  });

  test('a mark’s pop-up names each part another speech has whole, not two runs as one', async ({
    page,
  }) => {
    // Issue 24 §5: in （三） 结合起来，深刻领悟 runs on; （四） has 结合起来，更加深刻领悟.
    await page.goto('/3/');
    const mark = page
      .locator('#p4 mark [role="button"]')
      .filter({ hasText: '要把学习贯彻习近平总书记重要讲话' })
      .first();
    await mark.focus();
    const panel = page.getByRole('group', { name: /（四）只共用/ });
    await expect(panel).toContainText(
      '（四）只共用其中的“要把学习贯彻习近平总书记重要讲话、全国两会精神同深入学习贯彻党的二十大精神紧密结合起来，”、“深刻领悟“两个确立”的决定性意义，”。',
    );
  });
});

test.describe('the overview table, phones, controls, print, English', () => {
  test('the overview leads with reuse, each pair once, without a word repeated per cell', async ({
    page,
  }) => {
    await page.goto('/');
    const table = page.getByRole('table');
    await expect(table.getByRole('link', { name: /（.）与（.）/ })).toHaveCount(15);
    const cells = await table.locator('td').allTextContents();
    expect(cells.filter((c) => c.includes('相似度')).length).toBe(0);
    await expect(table.getByRole('row').nth(1)).toContainText('100%');
  });

  test('at 390 px the 100% pair is visible without scrolling sideways', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/');
    const cell = page.getByRole('table').getByText('100%').first();
    await cell.scrollIntoViewIfNeeded();
    const box = await cell.boundingBox();
    expect(box!.x + box!.width).toBeLessThanOrEqual(390);
    const wide = await page
      .getByRole('table')
      .evaluate((t) => t.scrollWidth > (t.parentElement?.clientWidth ?? 0) + 1);
    expect(wide).toBe(false);
  });

  test('the shading of the table shows in dark mode', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('/');
    await expect(page.getByRole('table').locator('.bar').first()).toBeAttached();
    const bars = await page
      .getByRole('table')
      .locator('.bar')
      .evaluateAll((bs) => bs.map((b) => getComputedStyle(b).backgroundColor));
    expect(bars.length).toBeGreaterThan(0);
    expect(bars.some((c) => c !== 'rgba(0, 0, 0, 0)')).toBe(true);
  });

  test('on a phone the text of 1 vs 4 starts in the upper half of the screen', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/?a=1&b=4&ignore=punct');
    const first = page.locator('[data-view] p.cell').first();
    await expect(first).toBeVisible();
    const box = await first.boundingBox();
    expect(box!.y).toBeLessThan(422);
    // Options folded away still say which are on.
    await expect(page.locator('summary').filter({ hasText: '显示选项' })).toContainText('标点');
  });

  test('next is disabled at the last change, previous at the start', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto('/?a=2&b=5&view=split');
    const previous = page.getByRole('button', { name: '上一处' });
    const next = page.getByRole('button', { name: '下一处' });
    const status = page.getByRole('status').filter({ hasText: /处改动|\d+ \/ \d+/ });
    await expect(status).toHaveText(/共 \d+ 处改动/);
    await expect(previous).toBeDisabled();
    const total = Number((await status.textContent())?.match(/\d+/)?.[0]);
    for (let i = 1; i <= total; i++) {
      await next.click();
      await expect(status).toHaveText(new RegExp(`第 ${i} / ${total} 处`));
    }
    await expect(next).toBeDisabled();
    await expect(status).toContainText('后面没有改动了');
    await expect(previous).toBeEnabled();
  });

  test('a disabled button looks disabled', async ({ page }) => {
    await page.goto('/?a=3');
    const swap = page.getByRole('button', { name: /交换/ });
    await expect(swap).toBeDisabled();
    expect(await swap.evaluate((b) => Number(getComputedStyle(b).opacity))).toBeLessThan(0.7);
  });

  test('print of 1 vs 2 leaves out controls, the help toggle and empty halves', async ({
    page,
  }) => {
    await page.goto('/?a=1&b=2&view=split');
    await expect(page.locator('[data-view] del').first()).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByText('相似度如何计算？')).toBeHidden();
    await expect(page.getByRole('button', { name: '下一处' })).toBeHidden();
    await expect(page.getByRole('button', { name: '复制链接' })).toBeHidden();
    await expect(page.locator('.empty:visible')).toHaveCount(0);
    // The folded text is printed: nothing of the speech is left out on paper.
    await expect(page.locator('[data-side="a"] p.cell').last()).toBeVisible();
  });

  test('English says Speech 1, also in accessible names', async ({ page }) => {
    await page.goto('/?a=1&b=2&lang=en&view=split');
    await expect(page.getByRole('region', { name: /Speech 1/ }).first()).toBeAttached();
    await expect(page.getByText(/Speech 1 .*Speech 2/).first()).toBeVisible();
    await expect(page.getByRole('region', { name: 'A （一）' })).toHaveCount(0);
  });
});

test.describe('notices', () => {
  test('20,000 repeated ignore values make one grouped, capped notice', async ({ page }) => {
    // Too long for a request line (HTTP 431): the app reads it as a link followed in the page.
    await page.goto('/?a=1&b=2');
    await expect(page.locator('[data-view]')).toBeVisible();
    await page.evaluate(() => {
      history.pushState(null, '', `?a=1&b=2&ignore=${Array(20_000).fill('x').join(',')}`);
      dispatchEvent(new PopStateEvent('popstate'));
    });
    const notice = page.getByRole('alert');
    await expect(notice).toBeVisible();
    expect(await notice.getByRole('listitem').count()).toBeLessThanOrEqual(10);
    await expect(notice).toContainText('20000');
  });

  test('a=7&b=2 names a as invalid, not missing', async ({ page }) => {
    await page.goto('/?a=7&b=2');
    const notice = page.getByRole('alert');
    await expect(notice).toContainText('没有第 7 篇');
    await expect(notice).not.toContainText('没有 a');
  });
});
