import { execSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, paneTexts, test } from './fixtures.ts';

const corpus = JSON.parse(readFileSync('static/corpus.json', 'utf8')) as {
  speeches: { label: string; paragraphs: string[] }[];
};
const paragraphs = (n: number) => corpus.speeches[n - 1]!.paragraphs;
const label = (n: number) => corpus.speeches[n - 1]!.label;
const count = corpus.speeches.length;
const pairs = corpus.speeches.flatMap((_, i) =>
  corpus.speeches.flatMap((_, j) => (i === j ? [] : [[i + 1, j + 1] as const])),
);

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('the page of 3-6 says they are identical', async ({ page }) => {
    await page.goto('/3-6/');
    await expect(page.getByRole('heading', { level: 2, name: /完全相同/ })).toBeVisible();
    await expect(page.locator('[data-side="a"] p.cell')).toHaveCount(paragraphs(3).length);
    await expect(page.locator('del, ins')).toHaveCount(0);
  });

  test('the page of 1-2 shows both texts exactly, changes in del and ins', async ({ page }) => {
    await page.goto('/1-2/');
    await expect(page.locator('[data-side="a"] del').first()).toBeVisible();
    await expect(page.locator('[data-side="b"] ins').first()).toBeVisible();
    expect(await paneTexts(page, 'a')).toEqual(paragraphs(1));
    expect(await paneTexts(page, 'b')).toEqual(paragraphs(2));
    await expect(page.locator('[data-side="a"] ins')).toHaveCount(0);
    await expect(page.locator('[data-side="b"] del')).toHaveCount(0);
    // No loading line that never ends, and no wall over the text. (The <noscript> note of what
    // needs JavaScript does not show here: Playwright turns scripts off, not the parser's flag.)
    await expect(page.getByText('正在载入文集')).toHaveCount(0);
    await expect(page.getByText('needs JavaScript')).toHaveCount(0);
  });

  test('a page paints from its HTML alone: its stylesheets are in it', async ({ page }) => {
    const requests: string[] = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await page.goto('/1-2/');
    // Styled: the app's rules (a removal underlined, issue 10) and those for no script apply.
    await expect(page.locator('[data-side="a"] del').first()).toHaveCSS(
      'text-decoration-line',
      'underline',
    );
    await expect(page.locator('.strip')).toBeHidden();
    expect(requests).toEqual(['/1-2/']);
  });

  test('the overview shows its table, and a speech its text', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('table')).toBeVisible();
    // Its links are plain links to the prerendered pages.
    await expect(page.locator('main a[href="/3-6/"]').first()).toBeVisible();
    await page.goto('/5/');
    await expect(page.getByRole('heading', { level: 2, name: /（五）/ })).toBeVisible();
    expect(
      await page.locator('p.cell .body').evaluateAll((cells) => cells.map((c) => c.textContent)),
    ).toEqual(paragraphs(5));
  });
});

/** Remembers the prerendered text element once parsing is done, before any module script runs. */
async function rememberPrerendered(page: Page) {
  await page.addInitScript(() => {
    document.addEventListener('readystatechange', () => {
      if (document.readyState !== 'interactive') return;
      (window as unknown as { prerendered: Element | null }).prerendered =
        document.querySelector('#app main');
      // The wide view's changes (the phone's copy is dropped when the app starts on a wide screen).
      (window as unknown as { changes: Element[] }).changes = [
        ...document.querySelectorAll('[data-view="split"] .spans :is(del, ins)'),
      ];
    });
  });
}
const sameNode = (page: Page) =>
  page.evaluate(() => {
    const before = (window as unknown as { prerendered: Element | null }).prerendered;
    return before !== null && before === document.querySelector('#app main');
  });

test('hydration keeps the prerendered text: same nodes, no duplicates, no error', async ({
  page,
}) => {
  await rememberPrerendered(page);
  await page.goto('/1-2/');
  // The change strip's ticks are drawn by the script: it has run.
  await expect(page.locator('.strip .tick[style]').first()).toBeAttached();
  expect(await sameNode(page)).toBe(true);
  // The text's own nodes too (views/compare/text/spans.ts): the server's spans are kept, not drawn again.
  expect(
    await page.evaluate(() => {
      const before = (window as unknown as { changes: Element[] }).changes;
      return before.length > 0 && before.every((e) => e.isConnected);
    }),
  ).toBe(true);
  await expect(page.locator('main')).toHaveCount(1);
  await expect(page.getByRole('heading', { level: 2 })).toHaveCount(1);
  expect(await paneTexts(page, 'a')).toEqual(paragraphs(1));
  expect(await paneTexts(page, 'b')).toEqual(paragraphs(2));
  // The hydrated page works: the next change is one key away.
  await page.keyboard.press('n');
  await expect(page.locator('[aria-current="true"]').first()).toBeVisible();
});

// Issue 26: hydration leaves the comparison's text as served (views/compare/text/diff.ts). What
// answers input on it works on those nodes, before any other pair or option is drawn.
test.describe('the served text answers before anything is drawn again (issue 26)', () => {
  /** Whether the element focused is one of the wide view's changes as the page was served. */
  const focusedServed = (page: Page) =>
    page.evaluate(() =>
      (window as unknown as { changes: Element[] }).changes.includes(document.activeElement!),
    );

  test('next and previous move the focus among the served changes, on a wide screen', async ({
    page,
  }) => {
    await rememberPrerendered(page);
    await page.goto('/1-2/');
    await expect(page.locator('.strip .tick[style]').first()).toBeAttached();
    // The phone's copy is gone once the width is known, and the served text is the one shown.
    await expect(page.locator('[data-view="unified"]')).toHaveCount(0);
    const position = page.getByRole('status').filter({ hasText: /处改动|\d+ \/ \d+/ });
    await page.getByRole('button', { name: '下一处' }).click();
    await expect(position).toHaveText(/第 1 \/ \d+ 处/);
    await expect(page.locator('[data-change="0"][aria-current="true"]').first()).toBeFocused();
    expect(await focusedServed(page)).toBe(true);
    await page.keyboard.press('n');
    await page.keyboard.press('n');
    await page.keyboard.press('k');
    await expect(page.locator('[data-change="1"]').first()).toBeFocused();
    // Only the current change is marked.
    await expect(page.locator('[aria-current="true"]:not([data-change="1"])')).toHaveCount(0);
    await expect(page.locator('[aria-current="true"]').first()).toBeAttached();
    expect(await focusedServed(page)).toBe(true);
    expect(await paneTexts(page, 'a')).toEqual(paragraphs(1));
    expect(await paneTexts(page, 'b')).toEqual(paragraphs(2));
  });

  test('on a phone the served one-column text is kept, and next reaches its changes', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.addInitScript(() => {
      document.addEventListener('readystatechange', () => {
        if (document.readyState !== 'interactive') return;
        (window as unknown as { changes: Element[] }).changes = [
          ...document.querySelectorAll('[data-view="unified"] .spans :is(del, ins)'),
        ];
      });
    });
    await page.goto('/1-2/');
    await expect(page.locator('[data-view="split"]')).toHaveCount(0);
    await expect(page.locator('[data-view="unified"]')).toBeVisible();
    await page.getByRole('button', { name: '下一处' }).click();
    await expect(page.locator('[data-change="0"][aria-current="true"]').first()).toBeFocused();
    await expect(page.locator('[data-change="0"][aria-current="true"]').first()).toBeInViewport();
    expect(await focusedServed(page)).toBe(true);
  });

  test('a served fold opens by mouse or keyboard, its button keeps the focus', async ({ page }) => {
    await rememberPrerendered(page);
    await page.goto('/1-4/');
    const open = page.getByRole('button', { name: /展开.*\d+ 段/ });
    await expect(open.first()).toBeVisible();
    const folds = await open.count();
    const id = await page.locator('[hidden="until-found"] p.cell').first().getAttribute('id');
    await open.first().focus();
    await page.keyboard.press('Enter');
    const close = page.getByRole('button', { name: /收起/ });
    await expect(close).toHaveAttribute('aria-expanded', 'true');
    await expect(close).toBeFocused();
    await expect(page.locator(`[id="${id}"]`)).toBeVisible();
    await expect(open).toHaveCount(folds - 1);
    await close.click();
    await expect(open).toHaveCount(folds);
    await expect(page.locator(`[id="${id}"]`)).toBeHidden();
    // Once the served text has gone, the one drawn is as whole.
    expect(await paneTexts(page, 'a')).toEqual(paragraphs(1));
    expect(await paneTexts(page, 'b')).toEqual(paragraphs(4));
  });

  test('next to a change in a served fold opens it and focuses the change', async ({ page }) => {
    await page.goto('/1-4/');
    const position = page.getByRole('status').filter({ hasText: /处改动|\d+ \/ \d+/ });
    const folded = page.locator('[hidden="until-found"] [data-change]').first();
    const change = Number(await folded.getAttribute('data-change'));
    for (let i = 0; i <= change; i++) await page.keyboard.press('n');
    await expect(position).toHaveText(new RegExp(`第 ${change + 1} /`));
    const current = page.locator(`[data-change="${change}"]`).first();
    await expect(current).toBeFocused();
    await expect(current).toBeVisible();
    await expect(current).toHaveAttribute('aria-current', 'true');
  });
});

// Regression (issue 22): a failing corpus.json replaced the page's readable text with an alert.
test('a prerendered page whose corpus cannot load keeps its text, says so and retries', async ({
  page,
  watch,
}) => {
  let fail = true;
  await page.route('**/corpus.json', (route) =>
    fail ? route.fulfill({ status: 500, body: 'no' }) : route.fallback(),
  );
  await page.goto('/1-2/');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('服务器没有送来文集数据（HTTP 500）');
  expect(await paneTexts(page, 'a')).toEqual(paragraphs(1));
  expect(await paneTexts(page, 'b')).toEqual(paragraphs(2));
  fail = false;
  await alert.getByRole('button', { name: '重试' }).click();
  await expect(page.locator('#app[data-live]')).toBeAttached();
  await expect(page.getByRole('alert')).toHaveCount(0);
  expect(await paneTexts(page, 'a')).toEqual(paragraphs(1));
  // The hydrated page works: the next change is one key away.
  await page.keyboard.press('n');
  await expect(page.locator('[aria-current="true"]').first()).toBeVisible();
  // The failed fetch itself logs a console error; that one is expected here.
  watch.errors.splice(0, watch.errors.length, ...watch.errors.filter((e) => !e.includes('500')));
});

test('hydration moves nothing on screen, on a wide screen and on a phone', async ({ page }) => {
  // Where the first paragraph of the text is once the prerendered markup is parsed (before any
  // module script runs), and where it is once the app runs: the same place, so the reader sees
  // no jump after the first paint. Pair 1-2 shows the shared passages and the reuse figures.
  await page.addInitScript(() => {
    document.addEventListener('readystatechange', () => {
      if (document.readyState !== 'interactive') return;
      const cell = [...document.querySelectorAll('.diff p.cell')].find((e) => e.clientHeight);
      (window as unknown as { before: number }).before = cell!.getBoundingClientRect().top;
    });
  });
  for (const [width, path, shown] of [
    [1400, '/1-2/', '.pair-passages details[open]'],
    [390, '/1-2/', '.pair-passages details:not([open])'],
    [1400, '/3-6/', '.verdict'],
  ] as const) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(path);
    await expect(page.locator('#app[data-live]')).toBeAttached();
    await expect(page.locator(shown)).toBeVisible();
    const [before, after] = await page.evaluate(async () => {
      await new Promise((resolve) => requestAnimationFrame(resolve));
      const cell = [...document.querySelectorAll('.diff p.cell')].find((e) => e.clientHeight);
      return [(window as unknown as { before: number }).before, cell!.getBoundingClientRect().top];
    });
    expect(Math.abs(after - before), `${path} at ${width} px`).toBeLessThan(1);
  }
});

/**
 * A comparison's text as markup, element by element (tag, classes, data and aria attributes, text),
 * with no comment: Svelte's hydration marks are in the server's markup only.
 */
const textMarkup = (page: Page, view: 'split' | 'unified') =>
  page.locator(`[data-view="${view}"] .spans`).evaluateAll((texts) =>
    texts.map((text) =>
      [...text.childNodes]
        .map((node) => {
          if (node.nodeType === Node.TEXT_NODE) return node.textContent;
          if (!(node instanceof Element)) return '';
          const attributes = [...node.attributes]
            .map((a) =>
              a.name === 'class'
                ? `class=${[...node.classList].sort().join('.')}`
                : `${a.name}=${a.value}`,
            )
            .sort();
          return `<${node.localName} ${attributes.join(' ')}>${node.textContent}</>`;
        })
        .join(''),
    ),
  );

test('a pair drawn in the page is the markup the build prerendered for it', async ({
  page,
  browser,
}) => {
  // The server renders a comparison's text with Svelte (SpansMarkup.svelte), the page draws
  // every later one by script (draw-spans.ts): the two must be the same, in both views.
  const static_ = await browser.newPage({ javaScriptEnabled: false, locale: 'zh-CN' });
  try {
    for (const [width, view] of [
      [1400, 'split'],
      [390, 'unified'],
    ] as const) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto('/1-2/');
      for (const [a, b] of [
        [1, 3],
        [3, 6],
        [2, 5],
        [6, 4],
      ]) {
        const pickers = page.locator('main select');
        await pickers.nth(0).selectOption(String(a));
        await pickers.nth(1).selectOption(String(b));
        await expect(page).toHaveURL(new RegExp(`/${a}-${b}/$`, 'u'));
        await static_.goto(new URL(`/${a}-${b}/`, page.url()).href);
        const drawn = await textMarkup(page, view);
        expect(drawn.length, `${a}-${b}`).toBeGreaterThan(0);
        expect(drawn, `${a}-${b} at ${width} px`).toEqual(await textMarkup(static_, view));
      }
    }
  } finally {
    await static_.close();
  }
});

test('nothing on screen shifts while the page of a pair arrives and hydrates', async ({ page }) => {
  // The sum of the page's layout shifts (as the browser scores them for Core Web Vitals), from
  // the first paint through hydration: the first paragraphs are drawn whole in the first frame.
  await page.addInitScript(() => {
    const seen = window as unknown as { shifts: number };
    seen.shifts = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as unknown as { value: number }[])
        seen.shifts += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  for (const [width, height, path] of [
    [390, 900, '/1-2/'],
    [1400, 900, '/1-2/'],
    [390, 900, '/2-5/'],
    [1400, 1400, '/2-5/'],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.goto(path);
    await expect(page.locator('.strip .tick[style]').first()).toBeAttached();
    // Two more frames, for the browser to report the last one's shifts.
    const shifts = await page.evaluate(async () => {
      for (let i = 0; i < 2; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
      await new Promise((resolve) => setTimeout(resolve));
      return (window as unknown as { shifts: number }).shifts;
    });
    expect(shifts, `${path} at ${width}×${height}`).toBeLessThan(0.01);
  }
});

test('the overview and a speech hydrate in place too', async ({ page }) => {
  await rememberPrerendered(page);
  await page.goto('/');
  await expect(page.getByRole('table')).toBeVisible();
  await expect(page.locator('#app main table')).toHaveCount(1);
  await page.waitForFunction(() => document.title.includes('对照'));
  expect(await sameNode(page)).toBe(true);
  await page.goto('/3/');
  await expect(page.getByRole('heading', { level: 2, name: /（三）/ })).toHaveCount(1);
  expect(await sameNode(page)).toBe(true);
});

test('a prerendered page takes the settings in its query after hydrating', async ({ page }) => {
  // The stock phrases muted: the same spans, drawn again with their marks once the app runs.
  await page.goto('/1-2/?mute=stock');
  await expect(page.locator('[data-view="split"] .spans .stock').first()).toBeVisible();
  await page.goto('/1-2/?view=unified&lang=en');
  await expect(page.locator('[data-view="unified"]')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Copy link' })).toBeVisible();
  // English has its own page: the entry went there before the app loaded.
  await expect(page).toHaveURL(/\/en\/1-2\/\?view=unified$/u);
});

test('old ?a=&b= links open the same view at its canonical address', async ({ page }) => {
  // The address of every pair's old link is a unit test (tests/unit/state/early.test.ts), and
  // every pair's page is fetched by the test of their verdicts; here, in the browser, a pair
  // each way and the identical pair.
  for (const [a, b] of [
    [1, 2],
    [2, 1],
    [3, 6],
    [6, 3],
    [5, 4],
  ] as const) {
    await page.goto(`/?a=${a}&b=${b}`);
    await expect(page).toHaveURL(new RegExp(`/${a}-${b}/$`, 'u'));
    await expect(page.getByRole('heading', { level: 2 })).toContainText(
      `${label(a)} ⟷ ${label(b)}`,
    );
  }
  await page.goto('/?a=3&b=6&g=word#a-p2');
  await expect(page).toHaveURL(/\/3-6\/\?g=word#a-p2$/u);
  await page.goto('/?a=4');
  await expect(page).toHaveURL(/\/4\/$/u);
  await expect(page.getByRole('heading', { level: 2, name: /（四）/ })).toBeVisible();
  // No page of its own: stays on the root with its query.
  await page.goto('/?b=5');
  await expect(page.getByRole('heading', { level: 2, name: /（五）/ })).toBeVisible();
  await expect(page).toHaveURL(/\/\?b=5$/u);
});

test('an old link goes on from the head of the page it reached, before its script loads', async ({
  page,
  browser,
}) => {
  // The page's first inline script sends it on (prerender-script.ts): the root page's
  // module script is never asked for, and an English browser lands on the English page at once.
  const asked: string[] = [];
  page.on('request', (r) => asked.push(`${r.resourceType()} ${new URL(r.url()).pathname}`));
  await page.goto('/?a=1&b=2&view=unified');
  await expect(page).toHaveURL(/\/1-2\/\?view=unified$/u);
  expect(asked.slice(0, 3)).toEqual([
    'document /',
    'document /1-2/',
    expect.stringMatching(/^script /u),
  ]);
  const english = await browser.newContext({ locale: 'en-GB' });
  try {
    const other = await english.newPage();
    const documents: string[] = [];
    other.on('request', (r) => {
      if (r.resourceType() === 'document') documents.push(new URL(r.url()).pathname);
    });
    await other.goto(new URL('/?a=3&b=6', page.url()).href);
    await expect(other).toHaveURL(/\/en\/3-6\/$/u);
    await expect(other.getByRole('heading', { level: 2 })).toContainText('Identical');
    expect(documents).toEqual(['/', '/en/3-6/']);
  } finally {
    await english.close();
  }
});

test('every page names its verdict in its title, description and card', async ({ request }) => {
  const meta = (html: string, key: string) =>
    new RegExp(`<meta (?:name|property)="${key}" content="([^"]*)"`, 'u').exec(html)?.[1];
  for (const [a, b] of pairs) {
    const html = await (await request.get(`/${a}-${b}/`)).text();
    const title = meta(html, 'og:title') ?? '';
    const description = meta(html, 'og:description') ?? '';
    expect(html).toContain(`<title>${title}</title>`);
    expect(meta(html, 'description')).toBe(description);
    // Built without SITE_URL: no canonical or alternate link at all, as a relative one is
    // rejected by search engines (issue 26).
    expect(html).not.toMatch(/<link rel="(canonical|alternate)"/u);
    expect(html).not.toContain('og:url');
    if ([a, b].sort().join() === '3,6') {
      expect(title).toBe(`${label(a)}与${label(b)}完全相同 · 对照 Duizhao`);
    } else {
      expect(title).toMatch(/^（.）与（.）：相似度 \d+\.\d%，共用 \d+\.\d% · 对照 Duizhao$/u);
      expect(description).toMatch(/^(基本不同|部分相同|大部分相同|几乎相同)。/u);
    }
  }
  for (let n = 1; n <= count; n++) {
    const html = await (await request.get(`/${n}/`)).text();
    expect(meta(html, 'og:title')).toContain(label(n));
  }
  expect(meta(await (await request.get('/')).text(), 'og:description')).toContain(
    '（三）与（六）完全相同',
  );
});

test('the site serves a robots.txt, not the page a host falls back to', async ({ request }) => {
  const robots = await request.get('/robots.txt');
  expect(robots.ok()).toBe(true);
  expect(robots.headers()['content-type']).toMatch(/^text\/plain/u);
  expect(await robots.text()).toMatch(/^User-agent: \*\nAllow: \/\n/u);
});

test('a build for a sub-path serves its pages there, old links too', async ({ browser }) => {
  test.setTimeout(180_000);
  const out = mkdtempSync(join(tmpdir(), 'duizhao-sub-'));
  const port = Number(process.env.E2E_PORT ?? 20_000) + 1;
  const env = { ...process.env, BASE_PATH: '/sub/' };
  execSync(`npx vite build --outDir ${out} --emptyOutDir --logLevel error`, { env });
  execSync(`node tools/run.js tools/build/prerender.ts ${out}`, { env, stdio: 'ignore' });
  const server = spawn(
    'npx',
    ['vite', 'preview', '--outDir', out, '--port', String(port), '--strictPort'],
    { env, stdio: 'ignore', detached: true },
  );
  // Its own context: the fixture counts another port as another origin.
  const context = await browser.newContext({ locale: 'zh-CN' });
  const errors: string[] = [];
  try {
    const page = await context.newPage();
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));
    const origin = `http://127.0.0.1:${port}`;
    await expect(async () => {
      await page.goto(`${origin}/sub/1-2/`);
    }).toPass({ timeout: 60_000 });
    await expect(page.locator('.strip .tick[style]').first()).toBeAttached();
    expect(await paneTexts(page, 'a')).toEqual(paragraphs(1));
    await page.getByRole('link', { name: /对照/ }).first().click();
    await expect(page).toHaveURL(`${origin}/sub/`);
    await expect(page.getByRole('table')).toBeVisible();
    await page.goto(`${origin}/sub/?a=3&b=6`);
    await expect(page).toHaveURL(`${origin}/sub/3-6/`);
    await expect(page.getByRole('heading', { level: 2, name: /完全相同/ })).toBeVisible();
    expect(errors).toEqual([]);
  } finally {
    await context.close();
    // A server that already ended (it failed to start) must not hide the test's own error.
    try {
      process.kill(-server.pid!);
    } catch {
      // ESRCH: gone already.
    }
    rmSync(out, { recursive: true, force: true });
  }
});

test.describe('a speech’s report and the collation have pages of their own (issue 26)', () => {
  const region = (page: Page, name: string | RegExp) => page.getByRole('region', { name });
  /** The report's text as shown, the sources after each run left out. */
  const reportText = (page: Page) =>
    page.locator('.check .para .body').evaluateAll((ps) =>
      ps.map((p) => {
        const copy = p.cloneNode(true) as HTMLElement;
        copy.querySelectorAll('sup').forEach((e) => e.remove());
        return copy.textContent;
      }),
    );
  /** The collation's rows, as the table numbers them. */
  const collationRows = (page: Page) => page.locator('main tbody tr[id^="r"]');

  test.describe('with JavaScript off', () => {
    test.use({ javaScriptEnabled: false });

    test('the report of （三） is on its page, its text exactly, its copies marked', async ({
      page,
    }) => {
      await page.goto('/3/report/');
      const report = region(page, '查重报告');
      await expect(report.getByRole('heading', { level: 2 })).toContainText('（三）');
      await expect(report.getByTestId('check-total')).toHaveText('16.5%');
      await expect(report.locator('mark').first()).toBeVisible();
      expect(await reportText(page)).toEqual(paragraphs(3));
      await page.goto('/en/3/report/');
      await expect(region(page, 'Similarity report').getByTestId('check-total')).toHaveText(
        '16.5%',
      );
    });

    test('the collation is on its page, every row of its table there', async ({ page }) => {
      await page.goto('/collate/');
      await expect(page.getByRole('heading', { level: 2, name: '逐句对齐' })).toBeVisible();
      const rows = await collationRows(page).count();
      // All of them, not the first batch a page draws at once.
      expect(rows).toBeGreaterThan(100);
      await expect(collationRows(page).last()).toHaveAttribute('id', `r${rows}`);
      await expect(page.locator('main table')).not.toHaveAttribute('aria-busy', /.*/u);
      // The heat bar shows without a style attribute, which the page's policy refuses.
      const heat = page.locator('main tbody .heat rect').first();
      await expect(heat).toBeAttached();
      await page.goto('/en/collate/');
      await expect(page.getByRole('heading', { level: 2, name: 'Collation' })).toBeVisible();
    });
  });

  test('they hydrate in place: the same nodes, nothing twice', async ({ page }) => {
    await rememberPrerendered(page);
    await page.goto('/3/report/');
    await expect(page.locator('#app[data-live]')).toBeAttached();
    expect(await sameNode(page)).toBe(true);
    await expect(page.getByRole('region', { name: '查重报告' })).toHaveCount(1);
    expect(await reportText(page)).toEqual(paragraphs(3));
    await expect(page.getByRole('alert')).toHaveCount(0);

    await page.goto('/collate/');
    await expect(page.locator('#app[data-live]')).toBeAttached();
    expect(await sameNode(page)).toBe(true);
    await expect(page.locator('main table')).toHaveCount(1);
    const rows = await collationRows(page).count();
    expect(rows).toBeGreaterThan(100);
    await expect(collationRows(page).last()).toHaveAttribute('id', `r${rows}`);
    await expect(page.locator('main table')).not.toHaveAttribute('aria-busy', /.*/u);
    // The hydrated page answers: fold the rows only one speech carries. The served rows were
    // left as they are by hydration (views/collation/body.ts); this table is drawn.
    await page.getByRole('checkbox', { name: /折叠/u }).check();
    await expect(page).toHaveURL(/\/collate\/\?fold=1$/u);
    const folds = page.locator('main tbody tr.fold').filter({ hasText: /已折叠/u });
    await expect(folds.getByRole('button', { name: '展开' }).first()).toBeVisible();
    await expect(collationRows(page)).not.toHaveCount(rows);
    await page.getByRole('checkbox', { name: /折叠/u }).uncheck();
    await expect(collationRows(page)).toHaveCount(rows);
    await expect(page.locator('main table')).not.toHaveAttribute('aria-busy', /.*/u);
  });

  test('the app links to them, and old links land on them with their settings', async ({
    page,
  }) => {
    await page.goto('/3/');
    await page.locator('#app[data-live]').waitFor({ state: 'attached' });
    await page.getByRole('link', { name: '查重' }).click();
    await expect(page).toHaveURL(/\/3\/report\/$/u);
    await expect(region(page, '查重报告').getByTestId('check-total')).toHaveText('16.5%');

    // An old link with a K: sent to the page, the K applied on top of it.
    await page.goto('/3/?report=1&k=20');
    await expect(page).toHaveURL(/\/3\/report\/\?k=20$/u);
    const report = region(page, '查重报告');
    await expect(report.getByRole('spinbutton')).toHaveValue('20');
    await expect(report).toContainText('连续 20 字以上相同才算复制');
    expect(await reportText(page)).toEqual(paragraphs(3));
    await page.goto('/?a=3&report=1&lang=en');
    await expect(page).toHaveURL(/\/en\/3\/report\/$/u);
    await expect(region(page, 'Similarity report').getByTestId('check-total')).toHaveText('16.5%');

    await page.goto('/?collate=1&speeches=1,2,3');
    await expect(page).toHaveURL(/\/collate\/\?speeches=1,2,3$/u);
    await expect(page.locator('main thead th')).toHaveCount(4);
    await page.goto('/?collate=1&lang=en#r100');
    await expect(page).toHaveURL(/\/en\/collate\/#r100$/u);
    await expect(page.locator('#r100')).toBeInViewport();
  });

  test('a K in the query draws the report again on top of its page', async ({ page }) => {
    await page.goto('/3/report/');
    const report = region(page, '查重报告');
    await expect(page.locator('#app[data-live]')).toBeAttached();
    const marks = await report.locator('.para mark').count();
    await page.goto('/3/report/?k=40');
    await expect(page.locator('#app[data-live]')).toBeAttached();
    await expect(report.getByRole('spinbutton')).toHaveValue('40');
    await expect(report.locator('.para mark')).not.toHaveCount(marks);
    expect(await reportText(page)).toEqual(paragraphs(3));
  });
});
