import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

const corpus = JSON.parse(readFileSync('static/corpus.json', 'utf8')) as {
  speeches: { paragraphs: string[] }[];
};
const paragraphs = (n: number) => corpus.speeches[n - 1]!.paragraphs;

/** One side of the unified view: its paragraphs, with the other side's changes taken out. */
const side = (page: Page, keep: 'a' | 'b') =>
  page.locator(`[data-view="unified"] p[data-${keep}]`).evaluateAll(
    (ps, drop) =>
      ps.map((p) => {
        const copy = p.cloneNode(true) as HTMLElement;
        copy.querySelectorAll(`${drop}, [aria-hidden="true"]`).forEach((e) => e.remove());
        return copy.textContent;
      }),
    keep === 'a' ? 'ins' : 'del',
  );

test('the unified view gives back A without ins and B without del', async ({ page }) => {
  for (const [a, b] of [
    [1, 2],
    [2, 5],
    [4, 1],
    [3, 6],
  ] as const) {
    await page.goto(`/?a=${a}&b=${b}&view=unified`);
    await expect(page.locator('[data-view="unified"]')).toBeVisible();
    expect(await side(page, 'a')).toEqual(paragraphs(a));
    expect(await side(page, 'b')).toEqual(paragraphs(b));
  }
});

test('next goes on from where the reader has scrolled to', async ({ page }) => {
  // Jumps without smooth scrolling: the reader's own scrolling below starts from where they end.
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/?a=1&b=3');
  const position = page.getByRole('status').filter({ hasText: /处改动|\d+ \/ \d+/ });
  await expect(position).toHaveText(/共 \d+ 处改动/);
  // From paragraph 3 on, 1 and 3 share nothing: that run is folded; the reader opens it.
  await page.getByRole('button', { name: /展开/ }).first().click();
  await page
    .locator('[data-side="a"] p.cell')
    .nth(2)
    .evaluate((p) => p.scrollIntoView());
  await page.getByRole('button', { name: '下一处' }).click();
  await expect(position).toHaveText(/第 \d+ \//);
  // Not back to the first change at the top: one on the screen the reader was looking at.
  const at = Number((await position.textContent())?.match(/第 (\d+)/)?.[1]);
  expect(at).toBeGreaterThan(1);
  await expect(page.locator('[aria-current="true"]').first()).toBeInViewport();
  // Previous from there goes back one, not to the last change.
  await page.getByRole('button', { name: '上一处' }).click();
  await expect(position).toHaveText(new RegExp(`第 ${at - 1} /`));

  // After a jump, the reader scrolls on by hand, past it: Next goes on from the screen, where
  // the reader is now, not back up to the change after the jump.
  const from = await page.evaluate(() => scrollY);
  await page.mouse.move(400, 400);
  await page.mouse.wheel(0, 900);
  await page.waitForFunction((y) => scrollY > y + 400, from);
  const screenTop = await page.evaluate(() => scrollY);
  await page.getByRole('button', { name: '下一处' }).click();
  await expect(position).not.toHaveText(new RegExp(`第 ${at - 1} /`));
  const chosen = page.locator('[aria-current="true"]').first();
  const top = await chosen.evaluate((el) => el.getBoundingClientRect().top + scrollY);
  expect(top).toBeGreaterThanOrEqual(screenTop);
});

test('the layout control switches views and the URL follows', async ({ page }) => {
  await page.goto('/?a=1&b=2');
  await expect(page.locator('[data-view="split"]')).toBeVisible();
  await page.getByRole('radio', { name: '合并一栏' }).check();
  await expect(page).toHaveURL(/view=unified/);
  await expect(page.locator('[data-view="unified"]')).toBeVisible();
  await page.reload();
  await expect(page.locator('[data-view="unified"]')).toBeVisible();
});

// Regression: every option toggle pushed a history entry, so Back stepped through checkboxes.
test('display options replace the history entry; Back leaves the comparison', async ({ page }) => {
  await page.goto('/?a=1');
  await expect(page.getByRole('heading', { level: 2 })).toBeVisible();
  await page.getByRole('combobox', { name: /右栏/ }).selectOption('2');
  await expect(page).toHaveURL(/\/1-2\/$/);
  for (const name of ['标点', '空白', '标点']) {
    await page.getByRole('checkbox', { name }).click();
  }
  await page.getByRole('radio', { name: '合并一栏' }).check();
  await expect(page).toHaveURL(/ignore=space&view=unified/);
  await page.goBack();
  await expect(page).toHaveURL(/\/1\/$/);
  await expect(page.getByRole('combobox', { name: /右栏/ })).toHaveValue('');
});

test('ignored differences are quiet and never the current change', async ({ page }) => {
  // Redrawn in place (the same pair, the same view): an ignored difference belongs to no change.
  await page.goto('/1-2/?view=unified');
  await expect(page.locator('[data-view="unified"] del').first()).toBeVisible();
  await page.getByRole('checkbox', { name: '标点' }).check();
  await expect(page).toHaveURL(/ignore=punct/);
  const quiet = page.locator('[data-view="unified"] :is(del, ins).quiet');
  await expect(quiet.first()).toBeAttached();
  await expect(page.locator('[aria-current="true"]')).toHaveCount(0);
  await expect(quiet.and(page.locator('[data-change]'))).toHaveCount(0);
  await page.getByRole('button', { name: '下一处' }).click();
  await expect(page.locator('[data-change="0"][aria-current="true"]').first()).toBeVisible();
  await expect(quiet.and(page.locator('[aria-current]'))).toHaveCount(0);
});

test('next and previous move focus to the change and scroll it into view', async ({ page }) => {
  await page.goto('/?a=1&b=2');
  const position = page.getByRole('status').filter({ hasText: /处改动|\d+ \/ \d+/ });
  await expect(position).toHaveText(/共 \d+ 处改动/);
  const next = page.getByRole('button', { name: '下一处' });
  await next.click();
  await expect(position).toHaveText(/第 1 \/ \d+ 处/);
  await expect(page.locator('[data-change="0"][aria-current="true"]').first()).toBeFocused();
  for (let i = 0; i < 5; i++) await page.keyboard.press('n');
  await expect(position).toHaveText(/第 6 \/ \d+ 处/);
  const current = page.locator('[data-change="5"]').first();
  await expect(current).toBeFocused();
  await expect(current).toBeInViewport();
  await page.keyboard.press('k');
  await expect(position).toHaveText(/第 5 \/ \d+ 处/);
  await page.getByRole('button', { name: '上一处' }).click();
  await expect(page.locator('[data-change="3"]').first()).toBeFocused();

  // The one-key commands can be turned off, and stay off after a reload.
  const keys = page.getByRole('checkbox', { name: /快捷键/u });
  await keys.uncheck();
  await page.locator('[data-change="3"]').first().focus();
  await page.keyboard.press('n');
  await next.click();
  // Had n moved on, the button would now be at the 6th change.
  await expect(position).toHaveText(/第 5 \/ \d+ 处/);
  await page.reload();
  await expect(page.getByRole('checkbox', { name: /快捷键/u })).not.toBeChecked();
  // (The reload may keep the scroll position: count from wherever the first jump lands.)
  await next.click();
  await expect(position).toHaveText(/第 \d+ \//);
  const at = Number((await position.textContent())?.match(/第 (\d+)/)?.[1]);
  await page.keyboard.press('n');
  await next.click();
  await expect(position).toHaveText(new RegExp(`第 ${at + 1} /`));
});

test('at 390 px the default is unified and nothing overflows sideways', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 800 });
  for (const path of ['/', '/?a=1&b=2', '/?a=1&b=2&view=split', '/?a=5']) {
    await page.goto(path);
    await expect(page.locator('main')).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: '正在载入' })).toHaveCount(0);
    if (path === '/?a=1&b=2') await expect(page.locator('[data-view="unified"]')).toBeVisible();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});

test('lang=en switches the interface and <html lang>', async ({ page }) => {
  await page.goto('/?a=3&b=6&lang=en');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 2, name: /Identical/ })).toBeVisible();
  await expect(page.getByRole('button', { name: /Swap/ })).toBeVisible();
  await page.getByRole('link', { name: '中文' }).click();
  await expect(page).toHaveURL(/lang=zh/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
  await expect(page.getByRole('heading', { level: 2, name: /完全相同/ })).toBeVisible();
});

test.describe('an English-speaking browser', () => {
  test.use({ locale: 'en-GB' });
  test('gets English by default', async ({ page }) => {
    await page.goto('/?a=1&b=2');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('button', { name: 'Copy link' })).toBeVisible();
  });

  test('goes to the English page of a Chinese link before painting the Chinese one', async ({
    page,
  }) => {
    // Each page that painted writes its address down as it goes (the list outlives the
    // redirect); the last one is read where it is.
    await page.addInitScript(() => {
      addEventListener('pagehide', () => {
        if (performance.getEntriesByType('paint').length === 0) return;
        const painted = JSON.parse(sessionStorage.getItem('painted') ?? '[]') as string[];
        sessionStorage.setItem('painted', JSON.stringify([...painted, location.pathname]));
      });
    });
    await page.goto('/1-2/#a-p2');
    await expect(page).toHaveURL(/\/en\/1-2\/#a-p2$/u);
    await expect(page.getByRole('button', { name: 'Copy link' })).toBeVisible();
    const painted = await page.evaluate(() => sessionStorage.getItem('painted'));
    expect(JSON.parse(painted ?? '[]')).not.toContain('/1-2/');
    // A link that names its language keeps it.
    await page.goto('/1-2/?lang=zh');
    await expect(page.getByRole('button', { name: '复制链接' })).toBeVisible();
    await expect(page).toHaveURL(/\/1-2\/\?lang=zh$/u);
  });
});

test.describe('dark mode', () => {
  test.use({ colorScheme: 'dark' });
  test('renders light text on a dark page, changes still marked', async ({ page }) => {
    await page.goto('/1-2/');
    await expect(page.locator('[data-view] del').first()).toBeVisible();
    const colours = await page.evaluate(() => {
      const body = getComputedStyle(document.documentElement);
      const del = getComputedStyle(document.querySelector('[data-view] del')!);
      return { bg: body.backgroundColor, del: del.textDecorationLine };
    });
    expect(colours.bg).toBe('rgb(23, 23, 26)');
    // A line under the glyphs, never through them (issue 10).
    expect(colours.del).toBe('underline');
  });
});

test('the exported HTML opens on its own and holds the same text', async ({ page }) => {
  await page.goto('/?a=1&b=2');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '下载 HTML' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('duizhao-1-2.html');
  const html = readFileSync(await download.path(), 'utf8');
  expect(html).not.toContain('<script');
  // Served as a page of its own (its own policy), as a browser opens the saved file.
  await page.route('**/exported.html', (r) =>
    r.fulfill({ body: html, contentType: 'text/html; charset=utf-8' }),
  );
  await page.goto('/exported.html');
  const body = await page.locator('body').evaluate((b) => {
    b.querySelectorAll('ins, h1, .meta').forEach((e) => e.remove());
    return b.textContent?.replace(/\n/gu, '');
  });
  expect(body).toBe(paragraphs(1).join(''));
});

test('an export whose code cannot load says so, and the page goes on', async ({ page, watch }) => {
  // The export's code loads when first asked for (ExportMenu.svelte).
  await page.route('**/assets/export-*.js', (route) => route.abort());
  await page.goto('/1-2/');
  await page.getByRole('button', { name: '下载 HTML' }).click();
  // It names the file that did not load, and does not blame a network that is fine (issue 23).
  const alert = page
    .getByRole('alert')
    .filter({ hasText: /页面的一部分（export-.+\.js）没能载入/u });
  await expect(alert).toBeVisible();
  await expect(alert).toContainText('重新载入页面即可');
  await expect(alert).not.toContainText('网络');
  await expect(alert.getByRole('button', { name: '重试' })).toBeVisible();
  await page.getByRole('button', { name: '复制为纯文本' }).click();
  // The page goes on (the next change is one key away), and the copy offered nothing to copy.
  await page.keyboard.press('n');
  await expect(page.locator('[aria-current="true"]').first()).toBeVisible();
  await expect(alert).toHaveCount(1);
  await expect(page.getByRole('textbox')).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: '已复制' })).toHaveCount(0);
  // The aborted script logs a console error; that one is expected here.
  watch.errors.splice(
    0,
    watch.errors.length,
    ...watch.errors.filter((e) => !/export-|net::/.test(e)),
  );
});

test('copy as plain text marks changes with [-…-] and {+…+}', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/?a=1&b=2');
  await page.getByRole('button', { name: '复制为纯文本' }).click();
  await expect(page.getByRole('status').filter({ hasText: '已复制纯文本' })).toBeVisible();
  const text = await page.evaluate(() => navigator.clipboard.readText());
  expect(text).toContain('[-');
  expect(text).toContain('{+');
  expect(text).toContain(page.url());
});

test('without a clipboard, the plain text is shown selected to copy by hand', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', { value: undefined });
  });
  await page.goto('/?a=1&b=2');
  await page.getByRole('button', { name: '复制为纯文本' }).click();
  const field = page.getByRole('textbox', { name: /手动复制下面的纯文本/ });
  await expect(field).toBeFocused();
  await expect(field).toHaveValue(/\[-.+-\]/u);
});

test('a single speech shows its template slots, its text unchanged', async ({ page }) => {
  await page.goto('/?a=1');
  await expect(page.locator('[data-side] .slot').first()).toHaveText(/^(X{2,}|\*+)$/);
  const text = await page
    .locator('[data-side] .body')
    .evaluateAll((ps) => ps.map((p) => p.textContent));
  expect(text).toEqual(corpus.speeches[0]!.paragraphs);
});

// Regression (issue 22): while a view's code was slow to come, the view was empty, with no sign.
test('a view whose code is slow to load says it is loading, then shows the view', async ({
  page,
}) => {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  // The own texts' view: not prerendered (the collation now is, and paints from its HTML).
  await page.route('**/assets/OwnView-*.js', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/?own=a,b');
  const loading = page.getByRole('status').filter({ hasText: '正在载入这一部分' });
  await expect(loading).toBeVisible();
  release();
  await expect(page.getByLabel('文本 A')).toBeVisible();
  await expect(loading).toHaveCount(0);
});

/** Whether the page marks the element matched by `selector` busy at any time from now on. */
const watchBusy = (page: Page, selector: string) =>
  page.evaluate((selector) => {
    const seen = window as unknown as { busySeen: boolean };
    seen.busySeen = false;
    new MutationObserver(() => {
      if (document.querySelector(`${selector}[aria-busy="true"]`)) seen.busySeen = true;
    }).observe(document.body, { subtree: true, childList: true, attributes: true });
  }, selector);
const busySeen = (page: Page) =>
  page.evaluate(() => (window as unknown as { busySeen: boolean }).busySeen);

test('the first option changed on a served comparison draws the text in batches, every paragraph in the end (issue 26)', async ({
  page,
}) => {
  await page.goto('/3-4/');
  await watchBusy(page, '.diff');
  await page.getByRole('radio', { name: '词' }).check();
  await expect(page).toHaveURL(/g=word/);
  // Drawn in batches (busy until the last), then every paragraph of both texts is there. The
  // word comparison comes a while after the address: until then the served body, never busy, is
  // there, so the busy one is waited for first.
  await expect.poll(() => busySeen(page)).toBe(true);
  await expect(page.locator('.diff')).not.toHaveAttribute('aria-busy');
  // The unified view is drawn in batches too: every paragraph once it has drawn its last.
  await page.getByRole('radio', { name: '合并一栏' }).check();
  await expect.poll(() => side(page, 'a')).toEqual(paragraphs(3));
  await expect.poll(() => side(page, 'b')).toEqual(paragraphs(4));
});

test('a <mark> is reused text only: each legend shows its sample as a mark looks, not as one (review of issue 21)', async ({
  page,
}) => {
  const background = (l: import('@playwright/test').Locator) =>
    l.evaluate((n) => {
      // The tint the text is drawn on: its own, or the nearest box around it that has one.
      let e: Element | null = n;
      while (e && getComputedStyle(e).backgroundColor === 'rgba(0, 0, 0, 0)') e = e.parentElement;
      return e ? getComputedStyle(e).backgroundColor : null;
    });
  for (const [path, sample] of [
    ['/3/', '共用文字'],
    ['/3/report/', '复制的文字，上标为它的每一篇来源'],
  ] as const) {
    await page.goto(path);
    const mark = page.locator('mark').first();
    await expect(mark).toBeVisible();
    const legend = page.getByText(sample).first();
    await expect(legend).toBeVisible();
    await expect(page.locator('mark').filter({ hasText: sample })).toHaveCount(0);
    expect(await background(legend)).toBe(await background(mark));
  }
  // The collation's stock phrases: its legend's 套话 is no mark either.
  await page.goto('/collate/');
  await expect(page.getByText('套话', { exact: true }).first()).toBeVisible();
  await expect(page.locator('mark').filter({ hasText: /^套话$/u })).toHaveCount(0);
});
