// Cold loads in Chromium, each in a fresh context: the first highlighted change of a pair's page
// against a static page and two peers (with JavaScript on and off, in a Chinese and an English
// browser), the overview, and the collation with the time collate() takes in the page.
import type { Browser } from '@playwright/test';
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Corpus } from '../../src/lib/corpus/types.ts';
import { escapeHtml } from '../../src/lib/render/html.ts';
import { beforeFirstPaint, transferSizes } from './bytes.ts';
import { buildPeers } from './peers.ts';
import { FIRST_PAINT, firstContentfulPaint } from './probes.ts';
import { BASE, DIST, LOCALE, median, ms } from './setup.ts';

/** Cold loads of each page, for its median. */
const RUNS = 7;

/** A static page holding both speeches with one <del>: the floor any app can reach. */
function staticPage(corpus: Corpus): string {
  const para = (n: number) =>
    corpus.speeches[n - 1]!.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('');
  return `<!doctype html><html lang="zh"><meta charset="utf-8"><title>static</title>
<div style="display:grid;grid-template-columns:1fr 1fr"><div><del>${escapeHtml('各位')}</del>${para(1)}</div><div>${para(2)}</div></div></html>`;
}

/** Pages to load: path, the selector of what is timed, JavaScript on, the browser's language. */
type Loads = [path: string, selector: string, js: boolean, locale?: string][];

/**
 * Medians of cold loads (milliseconds to the first paint of each page's selector), the pages
 * taken in turn in each round (after one round to warm the server), so that a busy moment of the
 * machine falls on all of them alike; `presented`, the medians of the last ones, by first
 * contentful paint where that came later. The files the `canonical` page loads in Chinese with
 * JavaScript on are `requested`.
 */
function coldLoader(browser: Browser, origin: string, canonical: string) {
  const requested = new Set<string>();
  let lastPresented: number[] = [];
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
  const measure = async (pages: Loads) => {
    const times = pages.map((): number[] => []);
    const shown = pages.map((): number[] => []);
    for (let round = 0; round <= RUNS; round++) {
      for (const [k, [path, selector, js, locale]] of pages.entries()) {
        const [time, presented] = await once(path, selector, js, locale);
        if (round > 0) times[k]!.push(time);
        if (round > 0) shown[k]!.push(presented);
      }
    }
    lastPresented = shown.map(median);
    return times.map(median);
  };
  return { measure, requested, presented: () => lastPresented };
}

/**
 * The pair's page against the static page and the peers, the overview, and the pair's page with
 * JavaScript off; printed as a table. Returns the loader, for the loads that follow.
 */
export async function coldLoadTimes(corpus: Corpus, browser: Browser, origin: string) {
  const prerendered = existsSync(join(DIST, '1-2/index.html'));
  const canonical = prerendered ? '/1-2/' : '/?a=1&b=2';
  const { measure, requested, presented } = coldLoader(browser, origin, canonical);
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
  const shown = presented();
  /** A page's two figures, each beside the static page's. */
  const row = (name: string, k: number) => {
    const [time = NaN, seen = NaN] = [results[k], shown[k]];
    const [t0 = NaN, s0 = NaN] = [results[0], shown[0]];
    return `${name.padEnd(37)} ${ms(time).padStart(9)} (${(time / t0).toFixed(2)}×)   ${ms(seen).padStart(9)} (${(seen / s0).toFixed(2)}×)`;
  };
  console.log(
    `\nCold load in Chromium, first highlighted change painted (median of ${RUNS}, taken in turn;` +
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
    `\nCold load of the overview /, all-pairs table painted (median of ${RUNS})  ${ms(overview)}  (${(overview / ours).toFixed(2)}× the comparison)`,
  );
  console.log(`\nJavaScript off: first contentful paint (median of ${RUNS})`);
  console.log(`static HTML page                      ${ms(floorOff)}`);
  console.log(
    `Duizhao /                             ${ms(rootOff)}  (${(rootOff / floorOff).toFixed(2)}×)`,
  );
  console.log(
    `Duizhao ${canonical.padEnd(30)} ${ms(pairOff)}  (${(pairOff / floorOff).toFixed(2)}×)`,
  );
  return { canonical, measure };
}

/** The collation's cold load, and the time collate() takes in the page. */
export async function collationTimes(
  browser: Browser,
  origin: string,
  measure: (pages: Loads) => Promise<number[]>,
) {
  // The collation builds in the page (CollationView.svelte records a performance measure).
  const [collation = NaN] = await measure([['/collate/', 'tbody tr', true]]);
  const page = await browser.newPage({ locale: LOCALE });
  await page.goto(`${origin}/collate/`);
  // The served page holds the table already: collate() runs once the app does (src/app/start.ts
  // marks #app data-live), and its measure is read after that.
  await page.locator('#app[data-live]').waitFor({ state: 'attached' });
  const built = await page.evaluate(() =>
    performance.getEntriesByName('duizhao:collate').map((e) => e.duration),
  );
  await page.close();
  console.log(
    `Cold load of the collation /collate/, table painted (median of ${RUNS})  ${ms(collation)};` +
      ` collate() of the six speeches in Chromium ${built.map(ms).join(', ')} (goal < 100 ms)`,
  );
}
