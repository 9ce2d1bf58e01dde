// `npm run bench`: prints how fast the comparison is, next to the references of the issue.
// Figures, not a test: they vary with the machine, so nothing here passes or fails.
import { chromium } from '@playwright/test';
import DiffMatchPatch from 'diff-match-patch';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, preview } from 'vite';
import type { Corpus } from '../lib/corpus/types.ts';
import { validateCorpus } from '../lib/corpus/validate.ts';
import { compareTexts } from '../lib/diff/compare.ts';
import { pairStats } from '../lib/diff/compare.ts';
import { benchCheck } from './bench-check.ts';
import { benchCollate } from './bench-collate.ts';
import { benchReuse } from './bench-reuse.ts';
import { chromiumLaunchOptions } from './browser.ts';
import { ownLinkLengths, ownTimes } from './bench-own.ts';
import { CORPUS_JSON } from './paths.ts';

const DIST = join(import.meta.dirname, '../../dist');
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

/** What a cold load of /?a=1&b=2 downloads, each file gzipped (-9) as a static host sends it. */
function transferSizes(files: readonly string[]) {
  console.log(
    '\nBytes downloaded for a cold load of /?a=1&b=2 (the requests Chromium made, gzip -9)',
  );
  let total = 0;
  for (const file of files) {
    if (!existsSync(join(DIST, file))) continue;
    const raw = readFileSync(join(DIST, file));
    const gz = gzipSync(raw, { level: 9 }).length;
    total += gz;
    console.log(`${file.padEnd(36)} ${String(raw.length).padStart(7)} B raw  ${gz} B gzip`);
  }
  console.log(`${'total'.padEnd(36)} ${(total / 1024).toFixed(1)} KiB gzip (budget 60 KiB)`);
}

/** A static page holding both speeches with one <del>: the floor any app can reach. */
function staticPage(corpus: Corpus): string {
  const esc = (s: string) => s.replace(/&/gu, '&amp;').replace(/</gu, '&lt;');
  const para = (n: number) =>
    corpus.speeches[n - 1]!.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('');
  return `<!doctype html><html lang="zh"><meta charset="utf-8"><title>static</title>
<div style="display:grid;grid-template-columns:1fr 1fr"><div><del>${esc('各位')}</del>${para(1)}</div><div>${para(2)}</div></div></html>`;
}

/** Milliseconds from navigation start to the first frame painted with `selector` in it. */
const FIRST_PAINT = (selector: string) => {
  const w = window as unknown as { __firstPaint?: Promise<number> };
  w.__firstPaint = new Promise((resolve) => {
    const seen = () => {
      if (!document.querySelector(selector)) return false;
      requestAnimationFrame(() => setTimeout(() => resolve(performance.now())));
      return true;
    };
    const observer = new MutationObserver(() => {
      if (seen()) observer.disconnect();
    });
    observer.observe(document, { childList: true, subtree: true });
  });
};

async function browserTimes(corpus: Corpus) {
  const server = await preview({ preview: { port: 4174, host: '127.0.0.1', strictPort: true } });
  const origin = 'http://127.0.0.1:4174';
  const browser = await chromium.launch(chromiumLaunchOptions());
  const runs = 7;
  try {
    const requested = new Set<string>();
    const measure = async (path: string, selector = 'del') => {
      const times: number[] = [];
      for (let i = 0; i < runs; i++) {
        // A fresh context each time: no cache, a cold load.
        const context = await browser.newContext();
        const page = await context.newPage();
        page.on('request', (r) => {
          const url = new URL(r.url());
          if (url.origin === origin)
            requested.add(url.pathname === '/' ? 'index.html' : url.pathname.slice(1));
        });
        await page.addInitScript(FIRST_PAINT, selector);
        await page.goto(`${origin}${path}`);
        times.push(
          await page.evaluate(
            () => (window as unknown as { __firstPaint: Promise<number> }).__firstPaint,
          ),
        );
        await page.waitForLoadState('networkidle');
        await context.close();
      }
      return median(times);
    };
    const ours = await measure('/?a=1&b=2');
    // Give lazy chunks (the reuse analysis, loaded just after the first paint) time to count.
    transferSizes([...requested]);
    // The static page is served by the same server, so that both pay for the same network.
    const baseline = join(DIST, 'bench-static.html');
    writeFileSync(baseline, staticPage(corpus));
    const floor = await measure('/bench-static.html').finally(() => rmSync(baseline));
    console.log(`\nCold load in Chromium, first <del> painted (median of ${runs})`);
    console.log(`static HTML page with both speeches   ${ms(floor)}`);
    console.log(
      `Duizhao /?a=1&b=2                     ${ms(ours)}  (${(ours / floor).toFixed(2)}× the static page; goal ≤ 2×)`,
    );
    console.log(
      `goal against the fastest peer (CodeMirror merge, ~380 ms on this machine): < ${ms(0.4 * 380)}`,
    );
    // The overview finds every shared passage in the browser, after the data (LCS from plans.json).
    const overview = await measure('/', 'table td a');
    console.log(
      `\nCold load of the overview /, all-pairs table painted (median of ${runs})  ${ms(overview)}  (${(overview / ours).toFixed(2)}× the comparison)`,
    );
    // The collation builds in the page (Collation.svelte records a performance measure).
    const collation = await measure('/?collate=1', 'tbody tr');
    const page = await browser.newPage();
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
    await ownTimes(corpus, browser, origin);
  } finally {
    await browser.close();
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
  }
}

const corpus = validateCorpus(JSON.parse(readFileSync(CORPUS_JSON, 'utf8')));
viewModelTimes(corpus);
ownTextTimes(corpus);
if (!existsSync(join(DIST, 'index.html'))) await build({ logLevel: 'warn' });
ownLinkLengths(corpus);
await browserTimes(corpus);
benchReuse(corpus);
benchCheck(corpus);
benchCollate(corpus);
