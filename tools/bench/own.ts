/**
 * Own texts in npm run bench: the link lengths (with and without the collection as preset
 * dictionary), and in Chromium the time from Compare to the first highlighted change and the
 * longest main-thread task meanwhile, for near-duplicate and unrelated texts of 10,000, 50,000
 * and 200,000 characters a side.
 */
import type { Browser } from '@playwright/test';
import type { Corpus } from '../../src/lib/corpus/types.ts';
import { dictionaryOf, encodeFragment } from '../../src/lib/intake/fragment.ts';

/**
 * A seeded generator, so that every run measures the same texts. Math.imul: a product of
 * doubles past 2^53 loses its low bits, and the generator fell into a short cycle (the
 * "unrelated" texts were 87 % alike).
 */
function random(seed: number) {
  let x = seed;
  return () => {
    x = (Math.imul(x, 1103515245) + 12345) & 0x7fffffff;
    return x / 0x7fffffff;
  };
}

/** The collection's characters, to make text of its kind. */
const charsOf = (corpus: Corpus) => [
  ...new Set(corpus.speeches.flatMap((s) => [...s.paragraphs.join('')])),
];

/** About n characters of the collection's paragraphs, taken in a shuffled order. */
function corpusLike(corpus: Corpus, n: number, seed: number): string {
  const paragraphs = corpus.speeches.flatMap((s) => s.paragraphs);
  const next = random(seed);
  const out: string[] = [];
  let length = 0;
  while (length < n) {
    const p = paragraphs[Math.floor(next() * paragraphs.length)] ?? '';
    out.push(p);
    length += p.length + 1;
  }
  return out.join('\n').slice(0, n);
}

/** Unrelated text: characters of the collection at random, in lines of 80. */
function unrelated(corpus: Corpus, n: number, seed: number): string {
  const chars = charsOf(corpus);
  const next = random(seed);
  let s = '';
  for (let i = 0; i < n; i++) {
    s += chars[Math.floor(next() * chars.length)] ?? '字';
    if (i % 80 === 79) s += '\n';
  }
  return s;
}

/** The text with 1% of its characters replaced (line breaks kept). */
function nearCopy(corpus: Corpus, text: string, seed: number): string {
  const chars = charsOf(corpus);
  const next = random(seed);
  return [...text]
    .map((c) => (c !== '\n' && next() < 0.01 ? (chars[Math.floor(next() * chars.length)] ?? c) : c))
    .join('');
}

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

const LIMIT_MS = 120_000;

/** One Compare of a and b in a fresh page: first change and all drawn (ms, null: stopped), longest task. */
async function compareOnce(browser: Browser, origin: string, a: string, b: string) {
  const context = await browser.newContext({
    viewport: { width: 1400, height: 900 },
    locale: 'zh-CN',
  });
  const page = await context.newPage();
  await page.goto(`${origin}/?own=a,b`);
  for (const [name, text] of [
    ['文本 A', a],
    ['文本 B', b],
  ] as const) {
    await page.getByRole('textbox', { name }).evaluate((el: HTMLTextAreaElement, value) => {
      el.value = value;
      el.dispatchEvent(new Event('input', { bubbles: true }));
    }, text);
  }
  // Past the debounce: the draft is written to the address before the measurement.
  await page.waitForTimeout(1500);
  await page.evaluate(WATCH);
  const within = <T>(p: Promise<T>) =>
    Promise.race([p, new Promise<null>((resolve) => setTimeout(() => resolve(null), LIMIT_MS))]);
  const first = await within(
    page.evaluate(() => (window as unknown as { __first: Promise<number> }).__first),
  );
  const all =
    first === null
      ? null
      : await within(page.evaluate(() => (window as unknown as { __all: Promise<number> }).__all));
  // Until the worker is done: the shared passages and the exact similarity come after the rows
  // (the exact similarity's progress and its Stop button show within its first 100 ms).
  await page.waitForTimeout(1000);
  await page
    .locator('.progress button')
    .waitFor({ state: 'detached', timeout: LIMIT_MS })
    .catch(() => undefined);
  await page.waitForTimeout(500);
  // The longest task, and when it began after Compare (to tell the answer from a batch).
  const [longest, at] = await page.evaluate(() =>
    (window as unknown as { __tasks: [number, number][] }).__tasks.reduce(
      (max, t) => (t[0] > max[0] ? t : max),
      [0, 0],
    ),
  );
  await context.close();
  return { first, all, longest, at };
}

const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)] ?? 0;

/** Runs of each case: the longest task varies from run to run, and the worst one counts. */
const RUNS = 3;

export async function ownTimes(
  corpus: Corpus,
  browser: Browser,
  origin: string,
  sizes: number[] = [10_000, 50_000, 200_000],
): Promise<void> {
  console.log(
    `\nOwn texts in Chromium: Compare → first highlighted change (median of ${RUNS}), longest main-thread task until the worker is done, and when it began (each run, ms)`,
  );
  console.log('size a side   kind              first change   all drawn   longest task');
  for (const n of sizes) {
    const base = corpusLike(corpus, n, 7);
    const kinds: [string, string, string][] = [
      ['near-duplicate', base, nearCopy(corpus, base, 8)],
      ['unrelated', unrelated(corpus, n, 1), unrelated(corpus, n, 2)],
    ];
    for (const [kind, a, b] of kinds) {
      const runs = [];
      for (let i = 0; i < RUNS; i++) runs.push(await compareOnce(browser, origin, a, b));
      const stopped = runs.some((r) => r.first === null || r.all === null);
      const ms = (xs: number[]) => `${Math.round(median(xs))} ms`;
      const shown = stopped ? `> ${LIMIT_MS / 1000} s (stopped)` : ms(runs.map((r) => r.first!));
      const whole = stopped ? '–' : ms(runs.map((r) => r.all!));
      const longest = runs
        .map((r) => (r.longest > 0 ? `${Math.round(r.longest)} (+${Math.round(r.at)})` : '0'))
        .join(' / ');
      console.log(
        `${n.toLocaleString('en').padStart(11)}   ${kind.padEnd(16)}  ${shown.padStart(12)}   ${whole.padStart(9)}   ${longest}`,
      );
    }
  }
}
