// The pages in Chromium: cold loads against a static page and two peers, with JavaScript off,
// switching pairs, the collation; then the phone, own-text, 查重 and file benches in the same
// browser. `only` runs one family alone (BENCH_ONLY, bench.ts).
import { chromium, type Page } from '@playwright/test';
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { preview } from 'vite';
import type { Corpus } from '../../src/lib/corpus/types.ts';
import { escapeHtml } from '../../src/lib/render/html.ts';
import { chromiumLaunchOptions } from '../chromium.ts';
import { beforeFirstPaint, transferSizes } from './bytes.ts';
import { ownCheckTimes } from './check.ts';
import { collectionPageTimes } from './collection-page.ts';
import { fileReadTimes } from './files.ts';
import { ownTimes } from './own.ts';
import { buildPeers } from './peers.ts';
import { FIRST_PAINT, phoneTimes } from './phone.ts';
import { BASE, DIST, LOCALE, PORT, median, ms } from './setup.ts';

export type Only = 'own' | 'phone' | 'files' | 'collection' | null;

/** A static page holding both speeches with one <del>: the floor any app can reach. */
function staticPage(corpus: Corpus): string {
  const para = (n: number) =>
    corpus.speeches[n - 1]!.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('');
  return `<!doctype html><html lang="zh"><meta charset="utf-8"><title>static</title>
<div style="display:grid;grid-template-columns:1fr 1fr"><div><del>${escapeHtml('各位')}</del>${para(1)}</div><div>${para(2)}</div></div></html>`;
}

/** The browser's first contentful paint, waited for (a page without scripts cannot say it). */
async function firstContentfulPaint(page: Page): Promise<number> {
  for (let i = 0; i < 100; i++) {
    const fcp = await page.evaluate(
      () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
    );
    if (fcp !== null) return fcp;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return NaN;
}

/**
 * In the page: time from a picker's change to the next frame with the new pair's text, and of
 * that the change itself (the event and Svelte's effects, which run in a microtask after it); the
 * rest is the frame (style, layout, paint) and any wait for it.
 */
const SWITCH = async (to: number): Promise<[total: number, change: number]> => {
  const select = document.querySelectorAll('main select')[1] as HTMLSelectElement;
  const start = performance.now();
  select.value = String(to);
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await Promise.resolve();
  const handled = performance.now();
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
  const heading = document.querySelector('main h2')?.textContent ?? '';
  if (!heading.includes('⟷') || !document.querySelector('[data-side="b"] p.cell'))
    throw new Error(`not painted: ${heading}`);
  return [performance.now() - start, handled - start];
};

export async function browserTimes(corpus: Corpus, only: Only) {
  const server = await preview({
    base: BASE,
    build: { outDir: DIST },
    preview: { port: PORT, host: '127.0.0.1', strictPort: true },
  });
  const origin = `http://127.0.0.1:${PORT}${BASE.slice(0, -1)}`;
  const browser = await chromium.launch(chromiumLaunchOptions());
  const runs = 7;
  // BENCH_VS=<another build> serves it beside (on the next port): the phone bench takes both in turn.
  const vs = process.env.BENCH_VS
    ? await preview({
        base: BASE,
        build: { outDir: process.env.BENCH_VS },
        preview: { port: PORT + 1, host: '127.0.0.1', strictPort: true },
      })
    : null;
  const builds = [
    ...(vs ? [{ name: 'vs', origin: `http://127.0.0.1:${PORT + 1}${BASE.slice(0, -1)}` }] : []),
    { name: 'this', origin },
  ];
  try {
    if (only === 'collection') {
      await collectionPageTimes(browser, origin);
      return;
    }
    if (only === 'phone') {
      await phoneTimes(browser, builds);
      return;
    }
    if (only === 'files') {
      await fileReadTimes(browser, origin);
      return;
    }
    if (only === 'own') {
      // BENCH_OWN_SIZES=200000 measures that size only (`lines`: the 500,000 lines only).
      const sizes = process.env.BENCH_OWN_SIZES?.split(',').map((s) =>
        s === 'lines' ? s : Number(s),
      );
      await ownTimes(corpus, browser, origin, sizes);
      return;
    }
    const requested = new Set<string>();
    /** One cold load (a fresh context: no cache): milliseconds to the first paint of `selector`. */
    const once = async (
      path: string,
      selector: string,
      javaScriptEnabled: boolean,
      locale = LOCALE,
    ) => {
      const context = await browser.newContext({ javaScriptEnabled, locale });
      const page = await context.newPage();
      page.on('request', (r) => {
        const url = new URL(r.url());
        const counted = path === canonical && javaScriptEnabled && locale === LOCALE;
        if (counted && url.href.startsWith(origin)) {
          const file = url.pathname.slice(BASE.length);
          requested.add(file === '' || file.endsWith('/') ? `${file}index.html` : file);
        }
      });
      await page.addInitScript(FIRST_PAINT, selector);
      // From the moment the page is asked for, by the clock, not from the time origin of the
      // document that paints: a page that sends the reader on (an old link, an English browser)
      // pays for the page it left too.
      const asked = Date.now();
      await page.goto(`${origin}${path}`);
      // With scripts off there is no observer: the browser's first contentful paint.
      const time = javaScriptEnabled
        ? await page.evaluate(
            () => (window as unknown as { __firstPaint: Promise<number> }).__firstPaint,
          )
        : await firstContentfulPaint(page);
      // The frame's main-thread work is done at `time`; the browser's first contentful paint is
      // when its first frame was presented (raster and compositing included). A change cannot
      // be on screen before either.
      const presented = Math.max(time, await firstContentfulPaint(page));
      const origin0 = await page.evaluate(() => performance.timeOrigin);
      await page.waitForLoadState('networkidle');
      await context.close();
      return [origin0 + time - asked, origin0 + presented - asked] as const;
    };

    /**
     * Medians of cold loads, the pages taken in turn in each round (after one round to warm the
     * server), so that a busy moment of the machine falls on all of them alike.
     */
    const measure = async (
      pages: [path: string, selector: string, js: boolean, locale?: string][],
    ) => {
      const times = pages.map((): number[] => []);
      const shown = pages.map((): number[] => []);
      for (let round = 0; round <= runs; round++) {
        for (const [k, [path, selector, js, locale]] of pages.entries()) {
          const [time, presented] = await once(path, selector, js, locale);
          if (round > 0) times[k]!.push(time);
          if (round > 0) shown[k]!.push(presented);
        }
      }
      presentedTimes = shown.map(median);
      return times.map(median);
    };
    /** The medians of the last `measure`, by first contentful paint where that came later. */
    let presentedTimes: number[] = [];
    const prerendered = existsSync(join(DIST, '1-2/index.html'));
    const canonical = prerendered ? '/1-2/' : '/?a=1&b=2';
    // The static page is served by the same server, so that both pay for the same network.
    const baseline = join(DIST, 'bench-static.html');
    writeFileSync(baseline, staticPage(corpus));
    // The peers, pair 1-2 too, built now and served beside the build for this run only.
    const { peers, remove } = await buildPeers(corpus, DIST, BASE);
    let results: number[] = [];
    try {
      results = await measure([
        ['/bench-static.html', 'del', true],
        [canonical, 'del', true],
        ['/?a=1&b=2', 'del', true],
        ['/', 'table tbody a', true],
        ['/bench-static.html', 'del', false],
        ['/', 'del', false],
        [canonical, 'del', false],
        // A reader whose browser asks for no Chinese: sent on to the English page (en/1-2/).
        [canonical, 'del', true, 'en-US'],
        ...peers.map((p): [string, string, boolean] => [p.path, p.selector, true]),
      ]);
    } finally {
      rmSync(baseline);
      remove();
    }
    // In the order measured: [0] the static page, [2] the old link, [7] the English browser.
    const [, ours, , overview, floorOff, rootOff, pairOff, , ...peerTimes] = results as [
      number,
      number,
      number,
      number,
      number,
      number,
      number,
      number,
      ...number[],
    ];
    // Give lazy chunks (the reuse analysis, loaded just after the first paint) time to count.
    transferSizes(canonical, [...requested]);
    beforeFirstPaint(prerendered ? '1-2/index.html' : 'index.html');
    const shown = presentedTimes;
    /** A page's two figures, each beside the static page's. */
    const row = (name: string, k: number) => {
      const [time = NaN, seen = NaN] = [results[k], shown[k]];
      const [t0 = NaN, s0 = NaN] = [results[0], shown[0]];
      return `${name.padEnd(37)} ${ms(time).padStart(9)} (${(time / t0).toFixed(2)}×)   ${ms(seen).padStart(9)} (${(seen / s0).toFixed(2)}×)`;
    };
    console.log(
      `\nCold load in Chromium, first highlighted change painted (median of ${runs}, taken in turn;` +
        ` × the static page): the frame with it drawn, and the first contentful paint presented` +
        ` where that came later (raster and compositing included); goal ≤ 1.5×`,
    );
    console.log(`${''.padEnd(37)} ${'drawn'.padStart(16)}   ${'presented'.padStart(16)}`);
    console.log(row('static HTML page with both speeches', 0));
    console.log(row(`Duizhao ${canonical}`, 1));
    if (prerendered) console.log(row('Duizhao /?a=1&b=2 (an old link)', 2));
    console.log(row(`Duizhao ${canonical}, English browser`, 7));
    for (const [k, peer] of peers.entries()) console.log(row(peer.name, 8 + k));
    const fastest = Math.min(...peerTimes);
    console.log(
      `Duizhao against the fastest peer: ${(ours / fastest).toFixed(2)}× drawn (first highlighted change: ` +
        `Duizhao and the static page <del>, CodeMirror .cm-changedText, diff2html .d2h-del)`,
    );
    console.log(
      `\nCold load of the overview /, all-pairs table painted (median of ${runs})  ${ms(overview)}  (${(overview / ours).toFixed(2)}× the comparison)`,
    );
    console.log(`\nJavaScript off: first contentful paint (median of ${runs})`);
    console.log(`static HTML page                      ${ms(floorOff)}`);
    console.log(
      `Duizhao /                             ${ms(rootOff)}  (${(rootOff / floorOff).toFixed(2)}×)`,
    );
    console.log(
      `Duizhao ${canonical.padEnd(30)} ${ms(pairOff)}  (${(pairOff / floorOff).toFixed(2)}×)`,
    );

    // Switching pairs in the page: from the picker's change to the next frame with the new text.
    const context = await browser.newContext({ locale: LOCALE });
    const pairs = await context.newPage();
    await pairs.goto(`${origin}${canonical}`);
    await pairs.locator('.strip .tick[style]').first().waitFor({ state: 'attached' });
    // As a reader who looks at the page before picking another pair: the plans of the other
    // pairs are decoded ahead in idle time (src/app/start.ts), from half a second after the start.
    await pairs.waitForTimeout(2000);
    const switches: [number, number][] = [];
    for (const to of [3, 4, 5, 6, 2, 3, 4, 5, 6]) switches.push(await pairs.evaluate(SWITCH, to));
    await context.close();
    const total = median(switches.map(([all]) => all));
    const change = median(switches.map(([, handled]) => handled));
    console.log(
      `\nSwitching pairs in the page 2 s after load (picker change to new text painted, median of ${switches.length}): ${ms(total)} (goal: one frame, 16 ms); the change itself ${ms(change)}, the rest is the frame`,
    );

    // The collation builds in the page (Collation.svelte records a performance measure).
    const [collation = NaN] = await measure([['/collate/', 'tbody tr', true]]);
    const page = await browser.newPage({ locale: LOCALE });
    await page.goto(`${origin}/collate/`);
    await page.locator('tbody tr').first().waitFor();
    const built = await page.evaluate(() =>
      performance.getEntriesByName('duizhao:collate').map((e) => e.duration),
    );
    await page.close();
    console.log(
      `Cold load of the collation /collate/, table painted (median of ${runs})  ${ms(collation)};` +
        ` collate() of the six speeches in Chromium ${built.map(ms).join(', ')} (goal < 100 ms)`,
    );
    await phoneTimes(browser, builds);
    await ownTimes(corpus, browser, origin);
    await ownCheckTimes(corpus, browser, origin);
    await fileReadTimes(browser, origin);
  } finally {
    await browser.close();
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
    if (vs) await new Promise<void>((resolve) => vs.httpServer.close(() => resolve()));
  }
}
