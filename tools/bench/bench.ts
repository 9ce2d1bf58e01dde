// `npm run bench`: prints how fast the comparison is, next to the references of the issue.
// Figures, not a test: they vary with the machine, so nothing here passes or fails.
import { chromium, type Page } from '@playwright/test';
import DiffMatchPatch from 'diff-match-patch';
import { execSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { preview } from 'vite';
import type { Corpus } from '../../src/lib/corpus/types.ts';
import { validateCorpus } from '../../src/lib/corpus/validate.ts';
import { compareTexts } from '../../src/lib/diff/compare.ts';
import { pairStats } from '../../src/lib/diff/compare.ts';
import { benchCheck, ownCheckTimes } from './check.ts';
import { benchCollate } from './collate.ts';
import { buildPeers } from './peers.ts';
import { fileReadTimes } from './files.ts';
import { FIRST_PAINT, phoneTimes } from './phone.ts';
import { benchReuse } from './reuse.ts';
import { benchSite } from './site.ts';
import { chromiumLaunchOptions } from '../chromium.ts';
import { ownLinkLengths, ownTimes } from './own.ts';
import { CORPUS_JSON } from '../paths.ts';
import { escapeHtml } from '../../src/lib/render/html.ts';

/** BENCH_DIST measures another build (one made before a change, say), served under BASE_PATH. */
const DIST = process.env.BENCH_DIST ?? join(import.meta.dirname, '../../dist');
const BASE = process.env.BASE_PATH ?? '/';
/** Several people may bench on one machine: BENCH_PORT gives each a port. */
const PORT = Number(process.env.BENCH_PORT ?? 4174);
const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)] ?? NaN;
const ms = (x: number) => `${x.toFixed(1)} ms`;

function time(run: () => void, repeat: number): { first: number; median: number } {
  const times: number[] = [];
  for (let i = 0; i < repeat; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  return { first: times[0] ?? NaN, median: median(times) };
}

function plainDiff(a: string, b: string) {
  const dmp = new DiffMatchPatch();
  dmp.Diff_Timeout = 0;
  dmp.diff_main(a, b);
}

function viewModelTimes(corpus: Corpus) {
  console.log('\nView model (alignment, diffs, statistics) vs plain diff_main, Diff_Timeout = 0');
  console.log('pair   view model (first / median of 5)   plain diff_main (first / median of 3)');
  const pairs: [number, number][] = [];
  for (let i = 1; i <= corpus.speeches.length; i++) {
    for (let j = i + 1; j <= corpus.speeches.length; j++) pairs.push([i, j]);
  }
  for (const [i, j] of pairs) {
    const a = corpus.speeches[i - 1]!.paragraphs;
    const b = corpus.speeches[j - 1]!.paragraphs;
    const model = time(() => compareTexts(a, b), 5);
    const plain = time(() => plainDiff(a.join('\n'), b.join('\n')), 3);
    console.log(
      `${i} v ${j}  ${ms(model.first).padStart(10)} / ${ms(model.median).padEnd(22)}` +
        `${ms(plain.first).padStart(10)} / ${ms(plain.median)}`,
    );
  }
}

/**
 * Reproducible Chinese text: phrases of 10 to 40 characters cut from random places of the corpus
 * (mulberry32), so that two seeds give texts that share what any two texts
 * of the genre share, and no more.
 */
function chinese(corpus: Corpus, n: number, seed: number): string {
  const pool = Array.from(corpus.speeches.map((s) => s.paragraphs.join('')).join(''));
  let x = seed;
  // mulberry32: a small generator without the short cycles of a plain LCG's low bits.
  const next = () => {
    x = (x + 0x6d2b79f5) | 0;
    let t = Math.imul(x ^ (x >>> 15), 1 | x);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return (t ^ (t >>> 14)) >>> 0;
  };
  let out = '';
  while (out.length < n) {
    const at = next() % (pool.length - 40);
    out += pool.slice(at, at + 10 + (next() % 31)).join('');
  }
  return out.slice(0, n);
}

/** Own texts of a reader's size: paragraphs of about 80 characters, as pasted text has. */
function ownTextTimes(corpus: Corpus) {
  console.log(
    '\nOwn texts: the pure comparison (alignment, diffs, boundaries, statistics), in Node',
  );
  console.log(
    'chars/side  kind                 compare      result                 exact LCS step',
  );
  const lines = (text: string) =>
    Array.from({ length: Math.ceil(text.length / 80) }, (_, i) => text.slice(i * 80, i * 80 + 80));
  for (const size of [10_000, 50_000, 200_000]) {
    const a = lines(chinese(corpus, size, size));
    // One character in a hundred replaced: a near-duplicate with 1 % edits.
    const near = a.map((p, i) =>
      Array.from(p)
        .map((ch, k) => ((i * 80 + k) % 100 === 37 ? '新' : ch))
        .join(''),
    );
    const unrelated = lines(chinese(corpus, size, size + 1));
    for (const [kind, b] of [
      ['near-duplicate 1 %', near],
      ['unrelated', unrelated],
    ] as const) {
      let result = '';
      const compare = time(() => {
        const c = compareTexts(a, b);
        result =
          `${(c.stats.similarity * 100).toFixed(1)} %${c.stats.estimate ? ' (estimate)' : ''}` +
          `${c.approximate ? ' approx.' : ''}`;
      }, 1);
      let exactShare = '';
      const exact = time(() => {
        exactShare = `${(pairStats(a, b).similarity * 100).toFixed(1)} %`;
      }, 1);
      console.log(
        `${String(size).padStart(10)}  ${kind.padEnd(20)} ${ms(compare.first).padStart(10)}   ` +
          `${result.padEnd(22)} ${ms(exact.first).padStart(10)} (${exactShare})`,
      );
    }
  }
  // One paragraph each, the shape that used to take seconds to minutes.
  const one = chinese(corpus, 200_000, 7);
  const edited = `${one.slice(0, 100_000)}改${one.slice(100_001)}`;
  const single = time(() => compareTexts([one], [edited]), 1);
  console.log(`one 200,000-character paragraph, one edit: ${ms(single.first)}`);
}

/** Gzipped bytes of a file of the build, as a static host sends it. */
const gzipped = (file: string) => gzipSync(readFileSync(join(DIST, file)), { level: 9 }).length;
const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

/** What a cold load downloads, each file gzipped (-9) as a static host sends it. */
function transferSizes(path: string, files: readonly string[]) {
  console.log(
    `\nBytes downloaded for a cold load of ${path} (the requests Chromium made, gzip -9)`,
  );
  let total = 0;
  for (const file of files) {
    if (!existsSync(join(DIST, file))) continue;
    const raw = readFileSync(join(DIST, file));
    const gz = gzipped(file);
    total += gz;
    console.log(`${file.padEnd(36)} ${String(raw.length).padStart(7)} B raw  ${gz} B gzip`);
  }
  // Not a budget: `npm run budget` gates the JavaScript of the first paint and of the app's start.
  console.log(`${'total'.padEnd(36)} ${kib(total)} gzip (data and lazy parts included)`);
}

/**
 * What the first paint of a page waits for: its HTML and the stylesheets its head links (module
 * scripts and preloaded data do not block it; a disabled link, which only names a stylesheet the
 * page carries inline, is never fetched).
 */
function beforeFirstPaint(page: string) {
  const html = readFileSync(join(DIST, page), 'utf8');
  const css = [...html.matchAll(/<link rel="stylesheet"[^>]*\shref="([^"]+)"[^>]*>/gu)]
    .filter((m) => !/\sdisabled\b/u.test(m[0]))
    .map((m) => m[1]!.slice(BASE.length))
    .filter((f) => existsSync(join(DIST, f)));
  const total = [page, ...css].reduce((sum, f) => sum + gzipped(f), 0);
  console.log(
    `bytes before the first paint of ${page}: ${kib(total)} gzipped (HTML and ${css.length} stylesheet(s); goal ≤ 30 KiB)`,
  );
}

/**
 * The browsers' language: Chinese, the first language of the collection and the interface. (A
 * browser that asks for no Chinese is sent from a Chinese page to its English twin; the bench
 * measures that once, apart.)
 */
const LOCALE = 'zh-CN';

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

async function browserTimes(corpus: Corpus) {
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
    if (onlyPhone) {
      await phoneTimes(browser, builds);
      return;
    }
    if (onlyFiles) {
      await fileReadTimes(browser, origin);
      return;
    }
    if (onlyOwn) {
      // BENCH_OWN_SIZES=200000 measures that size only.
      const sizes = process.env.BENCH_OWN_SIZES?.split(',').map(Number);
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
    const [collation = NaN] = await measure([['/?collate=1', 'tbody tr', true]]);
    const page = await browser.newPage({ locale: LOCALE });
    await page.goto(`${origin}/?collate=1`);
    await page.locator('tbody tr').first().waitFor();
    const built = await page.evaluate(() =>
      performance.getEntriesByName('duizhao:collate').map((e) => e.duration),
    );
    await page.close();
    console.log(
      `Cold load of the collation /?collate=1, table painted (median of ${runs})  ${ms(collation)};` +
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

/** The build with every page prerendered: how long it takes, and what it weighs. */
function buildFigures() {
  const started = performance.now();
  // Vite's module runner (tools/run.js) sets NODE_ENV=development, which a child build would
  // inherit: Svelte's development bundle, larger and slower, measured as if it were the app.
  execSync('npm run build', { stdio: 'ignore', env: { ...process.env, NODE_ENV: 'production' } });
  const seconds = (performance.now() - started) / 1000;
  const files = (dir: string): string[] =>
    readdirSync(join(DIST, dir), { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)],
    );
  const all = files('');
  const pages = all.filter((f) => f.endsWith('index.html'));
  const raw = all.reduce((sum, f) => sum + statSync(join(DIST, f)).size, 0);
  const pagesGz = pages.reduce((sum, f) => sum + gzipped(f), 0);
  console.log(
    `\nnpm run build: ${seconds.toFixed(1)} s; dist/ ${kib(raw)} in ${all.length} files; ` +
      `${pages.length} pages, ${kib(pagesGz)} gzipped (${kib(pagesGz / pages.length)} a page)`,
  );
}

const corpus = validateCorpus(JSON.parse(readFileSync(CORPUS_JSON, 'utf8')));
/**
 * BENCH_ONLY=pages measures the pages in the browser only (the build as it is); BENCH_ONLY=own
 * only the own texts in the browser; BENCH_ONLY=phone only the pages on the desktop and phone
 * profiles (with BENCH_VS=<another build>, both builds in turn); BENCH_ONLY=files only the reading
 * of hostile and big files (files.ts); BENCH_ONLY=site only the sites of synthetic collections
 * (site.ts).
 */
const onlyOwn = process.env.BENCH_ONLY === 'own';
// BENCH_ONLY=site builds sites of synthetic collections (site.ts), and nothing else.
if (process.env.BENCH_ONLY === 'site') {
  benchSite(corpus);
  process.exit(0);
}
const onlyPhone = process.env.BENCH_ONLY === 'phone';
const onlyFiles = process.env.BENCH_ONLY === 'files';
const all = process.env.BENCH_ONLY !== 'pages' && !onlyOwn && !onlyPhone && !onlyFiles;
if (all) viewModelTimes(corpus);
if (all) ownTextTimes(corpus);
if (all && !process.env.BENCH_DIST) buildFigures();
if (all) ownLinkLengths(corpus);
await browserTimes(corpus);
if (all) benchReuse(corpus);
if (all) benchCheck(corpus);
if (all) benchCollate(corpus);
