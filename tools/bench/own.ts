/**
 * Own texts in npm run bench: the link lengths (with and without the collection as preset
 * dictionary), and in Chromium the time from Compare to the first highlighted change and the
 * longest main-thread task meanwhile, for near-duplicate and unrelated texts of 10,000, 50,000
 * and 200,000 characters a side, and for two texts of 500,000 one-character lines, each on the
 * desktop and on the phone profile (phone.ts: the CPU 4× slower).
 */
import type { Browser } from '@playwright/test';
import { corpusLike, nearCopy, shortLines, unrelated } from './own-texts.ts';
import { PROFILES, type Profile } from './phone.ts';
import { longestCpuAfterClick, type Trace } from './probes.ts';
import { median } from './setup.ts';
import type { Corpus } from '../../src/lib/corpus/types.ts';
import { dictionaryOf, encodeFragment } from '../../src/lib/intake/fragment.ts';

export function ownLinkLengths(corpus: Corpus): void {
  const dictionary = dictionaryOf(
    corpus.speeches.flatMap((s) => s.paragraphs),
    corpus.sha256,
  );
  const speech = (n: number) => corpus.speeches[n - 1]?.paragraphs.join('\n') ?? '';
  const cases: [string, string, { a?: string; b?: string }][] = [
    ['speech 1 as an own text, B = speech 2', '?own=a&b=2', { a: speech(1) }],
    [
      'near-copy of speech 3 (1% edited), B = 3',
      '?own=a&b=3',
      { a: nearCopy(corpus, speech(3), 3) },
    ],
    [
      'two 10,000-character texts of the collection',
      '?own=a,b',
      { a: corpusLike(corpus, 10_000, 1), b: corpusLike(corpus, 10_000, 2) },
    ],
    [
      'two 10,000-character unrelated texts',
      '?own=a,b',
      { a: unrelated(corpus, 10_000, 1), b: unrelated(corpus, 10_000, 2) },
    ],
  ];
  console.log('\nLink length for own texts (characters after the origin; limit 32,000)');
  console.log('case                                          plain deflate   with the collection');
  for (const [name, search, texts] of cases) {
    const plain = search.length + encodeFragment(texts).length;
    const packed = search.length + encodeFragment(texts, dictionary).length;
    console.log(
      `${name.padEnd(45)} ${String(plain).padStart(12)}   ${String(packed).padStart(12)}`,
    );
  }
}

/**
 * Installed before Compare: the longest task from now on, the time of the first change, and the
 * time when every row is drawn (a long comparison is drawn in batches, ComparisonBody.svelte).
 */
const WATCH = () => {
  const w = window as unknown as {
    __tasks: [number, number][];
    __start: number;
    __first: Promise<number>;
    __all: Promise<number>;
  };
  w.__tasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) w.__tasks.push([e.duration, e.startTime - w.__start]);
  }).observe({ type: 'longtask' });
  w.__start = performance.now();
  w.__first = new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      if (!document.querySelector('[data-side] del, [data-side] ins, [data-view] del')) return;
      observer.disconnect();
      requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - w.__start)));
    });
    observer.observe(document.body, { childList: true, subtree: true });
  });
  // Watching aria-busy alone: a record of every node drawn would cost the page more than the
  // drawing of its rows, and show in the longest task. A comparison drawn at once is never busy.
  w.__all = new Promise((resolve) => {
    const drawn = () => document.querySelector('.diff:not([aria-busy])');
    const end = () => {
      observer.disconnect();
      requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - w.__start)));
    };
    const observer = new MutationObserver(() => {
      if (drawn()) end();
    });
    observer.observe(document.body, { subtree: true, attributeFilter: ['aria-busy'] });
    void w.__first.then(() => {
      if (drawn()) end();
    });
  });
  document.querySelector<HTMLButtonElement>('.actions button')?.click();
};

const LIMIT_MS = 240_000;

/**
 * How a text goes into its side: typed (the text area's value set, as a paste does) or as a file
 * (`.txt`), as a text of many lines comes: a text area given 500,000 lines lays them all out for
 * seconds before anything is measured, a file's is previewed (README, "Big texts are previewed").
 */
type Entry = 'typed' | 'file';

/**
 * One Compare of a and b in a fresh page on `profile`: first change and all drawn (ms, null:
 * stopped), the longest task and when it began, and what the page said if it failed.
 */
async function compareOnce(
  browser: Browser,
  origin: string,
  a: string,
  b: string,
  profile: Profile,
  entry: Entry,
) {
  const context = await browser.newContext({
    viewport: { width: 1400, height: 900 },
    ...profile.context,
    locale: 'zh-CN',
  });
  const page = await context.newPage();
  await page.goto(`${origin}/?own=a,b`);
  // Throttled once the page is in: what is measured is Compare, not the page's load.
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpu });
  for (const [k, name, text] of [
    [0, '文本 A', a],
    [1, '文本 B', b],
  ] as const) {
    if (entry === 'file') {
      await page
        .locator('input[type=file]')
        .nth(k)
        .setInputFiles({ name: `${k}.txt`, mimeType: 'text/plain', buffer: Buffer.from(text) });
      await page.getByText(`已读入 ${k}.txt`).waitFor({ timeout: LIMIT_MS });
      continue;
    }
    await page.getByRole('textbox', { name }).evaluate((el: HTMLTextAreaElement, value) => {
      el.value = value;
      el.dispatchEvent(new Event('input', { bubbles: true }));
    }, text);
  }
  // Past the debounce: the draft is written to the address before the measurement.
  await page.waitForTimeout(1500 * profile.cpu);
  await browser.startTracing(page, {
    categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'],
  });
  await page.evaluate(WATCH);
  const within = <T>(p: Promise<T>) =>
    Promise.race([p, new Promise<null>((resolve) => setTimeout(() => resolve(null), LIMIT_MS))]);
  const failed = page
    .getByRole('alert')
    .first()
    .waitFor({ timeout: LIMIT_MS })
    .then(() => null);
  const first = await within(
    Promise.race([
      page.evaluate(() => (window as unknown as { __first: Promise<number> }).__first),
      failed,
    ]),
  );
  const all =
    first === null
      ? null
      : await within(page.evaluate(() => (window as unknown as { __all: Promise<number> }).__all));
  // Until the worker is done: the shared passages and the exact similarity come after the rows
  // (the exact similarity's progress and its Stop button show within its first 100 ms).
  await page.waitForTimeout(1000 * profile.cpu);
  await page
    .locator('.progress button')
    .waitFor({ state: 'detached', timeout: LIMIT_MS })
    .catch(() => undefined);
  await page.waitForTimeout(500 * profile.cpu);
  // The longest task, and when it began after Compare (to tell the answer from a batch).
  const [longest, at] = await page.evaluate(() =>
    (window as unknown as { __tasks: [number, number][] }).__tasks.reduce(
      (max, t) => (t[0] > max[0] ? t : max),
      [0, 0],
    ),
  );
  const alert =
    first === null
      ? await page
          .getByRole('alert')
          .first()
          .textContent()
          .catch(() => null)
      : null;
  const cpu = longestCpuAfterClick(JSON.parse((await browser.stopTracing()).toString()) as Trace);
  await context.close();
  return { first, all, longest, at, alert, cpu };
}

/** Runs of each case: the longest task varies from run to run, and the worst one counts. */
const RUNS = 3;

/**
 * The cases: `sizes` are characters a side (near-duplicate and unrelated), and `lines` a case of
 * that many one-character lines a side (B a near copy of A). BENCH_OWN_SIZES=200000 measures
 * that size only, BENCH_OWN_SIZES=lines the lines only; BENCH_OWN_PROFILES=phone one profile.
 */
export async function ownTimes(
  corpus: Corpus,
  browser: Browser,
  origin: string,
  sizes: (number | 'lines')[] = [10_000, 50_000, 200_000, 'lines'],
): Promise<void> {
  const profiles = PROFILES.filter(
    (p) => !process.env.BENCH_OWN_PROFILES || process.env.BENCH_OWN_PROFILES.includes(p.name),
  );
  console.log(
    `\nOwn texts in Chromium, desktop and phone (CPU ×${PROFILES[1]!.cpu}): Compare → first highlighted change (median of ${RUNS}), all rows drawn, longest main-thread task until the worker is done and when it began, and the longest in the main thread's CPU time (steadier on a busy machine) (each run, ms)`,
  );
  console.log(
    'size a side        kind              profile   first change   all drawn   longest task (wall)                 longest (CPU)',
  );
  const LINES = 500_000;
  for (const n of sizes) {
    const kinds: [string, string, string, Entry][] = [];
    if (n === 'lines') {
      const a = shortLines(corpus, LINES, 1);
      kinds.push(['near-duplicate', a, nearCopy(corpus, a, 2), 'file']);
    } else {
      const base = corpusLike(corpus, n, 7);
      kinds.push(
        ['near-duplicate', base, nearCopy(corpus, base, 8), 'typed'],
        ['unrelated', unrelated(corpus, n, 1), unrelated(corpus, n, 2), 'typed'],
      );
    }
    const size = n === 'lines' ? `${LINES.toLocaleString('en')} lines` : n.toLocaleString('en');
    for (const [kind, a, b, entry] of kinds)
      for (const profile of profiles) {
        const runs = [];
        for (let i = 0; i < RUNS; i++)
          runs.push(await compareOnce(browser, origin, a, b, profile, entry));
        const stopped = runs.find((r) => r.first === null || r.all === null);
        const ms = (xs: number[]) => `${Math.round(median(xs))} ms`;
        const said = stopped?.alert ? `failed: ${stopped.alert.trim().slice(0, 60)}` : null;
        const shown = stopped
          ? (said ?? `> ${LIMIT_MS / 1000} s (stopped)`)
          : ms(runs.map((r) => r.first!));
        const whole = stopped ? '–' : ms(runs.map((r) => r.all!));
        const longest = runs
          .map((r) => (r.longest > 0 ? `${Math.round(r.longest)} (+${Math.round(r.at)})` : '0'))
          .join(' / ');
        const cpu = runs.map((r) => Math.round(r.cpu)).join(' / ');
        console.log(
          `${size.padStart(15)}   ${kind.padEnd(16)}  ${profile.name.padEnd(8)}  ${shown.padStart(12)}   ${whole.padStart(9)}   ${longest.padEnd(36)} ${cpu}`,
        );
      }
  }
}
