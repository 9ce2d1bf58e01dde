// The 查重 figures of `npm run bench`: a 20,000-character text checked against the corpus and
// against a synthetic collection of 1,000 speeches, once the index of each exists.
// Also runs alone: node tools/run.js tools/bench/check.ts
import type { Browser } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { CheckIndex } from '../../src/lib/check/collection.ts';
import { K_DEFAULT, K_MAX, K_MIN } from '../../src/lib/check/k.ts';
import { checkText } from '../../src/lib/check/measure.ts';
import type { Corpus } from '../../src/lib/corpus/types.ts';
import { validateCorpus } from '../../src/lib/corpus/validate.ts';
import { checker } from '../../src/lib/worker/check.ts';
import type { SpeechText } from '../../src/lib/reuse/passages.ts';
import { syntheticCorpus } from '../../tests/fixtures/synthetic.ts';
import { CORPUS_JSON } from '../paths.ts';

const LENGTH = 20_000;
const RUNS = 9;
const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)] ?? NaN;

/** Wall time and this process's CPU time: on a shared machine the second is the steadier. */
function timed<T>(run: () => T): [T, number, number] {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const result = run();
  const used = process.cpuUsage(cpu);
  return [result, performance.now() - start, (used.user + used.system) / 1000];
}

/** A text of LENGTH code points made as the synthetic speeches are: the corpus's sentences, shuffled and edited. */
function testText(corpus: Corpus): string[] {
  const paragraphs: string[] = [];
  let length = 0;
  for (const s of syntheticCorpus(corpus.speeches, 40, 7))
    for (const p of s.paragraphs) {
      if (length >= LENGTH) break;
      const cut = Array.from(p).slice(0, LENGTH - length);
      paragraphs.push(cut.join(''));
      length += cut.length;
    }
  return paragraphs;
}

function measure(name: string, speeches: readonly SpeechText[], text: string[]) {
  const [index, indexMs] = timed(() => new CheckIndex(speeches));
  for (let i = 0; i < 3; i++) checkText(index, text);
  const cells = [K_MIN, K_DEFAULT, K_MAX].map((k) => {
    const runs = Array.from({ length: RUNS }, () => timed(() => checkText(index, text, { k })));
    const report = runs[0]![0];
    const walls = runs.map(([, t]) => t);
    const wall = median(walls).toFixed(0);
    const best = Math.min(...walls).toFixed(0);
    const cpu = median(runs.map(([, , t]) => t)).toFixed(0);
    return `K=${k}: ${wall} ms, best ${best}, CPU ${cpu} (${(report.total * 100).toFixed(1)} %, ${report.sources.length} sources)`;
  });
  console.log(
    `${name.padEnd(22)} index ${indexMs.toFixed(0).padStart(5)} ms   ${cells.join('   ')}`,
  );
}

/** The own-text worker's code run in Node: its first check builds the index, the next ones keep it. */
function workerCode(corpus: Corpus, text: string[]) {
  // A copy, as a worker receives it: nothing indexed yet.
  const collection = {
    type: 'collection' as const,
    sha256: corpus.sha256,
    speeches: structuredClone(corpus.speeches),
  };
  const request = { type: 'check' as const, paragraphs: text, k: K_DEFAULT, withTwins: false };
  const check = checker(() => collection);
  const [first, firstMs] = timed(() => check({ ...request, id: 0 }));
  const kept = Array.from({ length: RUNS }, (_, id) =>
    timed(() => check({ ...request, id: id + 1, k: id % 2 ? K_DEFAULT : K_MIN })),
  );
  const index = first.type === 'checked' ? first.indexMs.toFixed(0) : '?';
  console.log(
    `own text, the worker's code in Node: first check ${firstMs.toFixed(0)} ms (index built: ${index} ms);` +
      ` then, index kept: ${median(kept.map(([, t]) => t)).toFixed(0)} ms (median of ${RUNS})`,
  );
}

/** In the page: ms from `start()` to the first frame where the report's total reads otherwise. */
const UNTIL_TOTAL = async (action: 'check' | 'k'): Promise<number> => {
  const total = () => document.querySelector('[data-testid="check-total"]')?.textContent ?? '';
  const before = total();
  const begin = performance.now();
  if (action === 'check') {
    const buttons = [...document.querySelectorAll('button')];
    buttons.find((b) => b.textContent?.startsWith('查重'))?.click();
  } else {
    const input = document.querySelector<HTMLInputElement>('input[type="number"]')!;
    input.value = input.value === '13' ? '12' : '13';
    input.dispatchEvent(new Event('input', { bubbles: true }));
  }
  while (total() === before || total() === '')
    await new Promise((resolve) => requestAnimationFrame(resolve));
  return performance.now() - begin;
};

/**
 * The own-text report in Chromium: 查重 pressed to the report painted (a fresh worker: it
 * starts, indexes the collection, checks, and the page renders), then a new K to the new figures
 * painted (the index kept in the worker).
 */
export async function ownCheckTimes(corpus: Corpus, browser: Browser, origin: string) {
  const text = testText(corpus).join('\n');
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${origin}/?own=a&lang=zh`);
  await page.locator('textarea').evaluate((el: HTMLTextAreaElement, value) => {
    el.value = value;
    el.dispatchEvent(new Event('input', { bubbles: true }));
  }, text);
  // Past the debounce: the draft is in the address before the measurement.
  await page.waitForTimeout(1500);
  const first = await page.evaluate(UNTIL_TOTAL, 'check' as const);
  const again: number[] = [];
  for (let i = 0; i < RUNS; i++) again.push(await page.evaluate(UNTIL_TOTAL, 'k' as const));
  await context.close();
  console.log(
    `\n查重 of a ${LENGTH.toLocaleString('en')}-character own text in Chromium (worker, report painted):` +
      ` 查重 pressed ${first.toFixed(0)} ms (worker started, index built);` +
      ` a new K ${median(again).toFixed(0)} ms (index kept; median of ${RUNS})`,
  );
}

export function benchCheck(corpus: Corpus): void {
  const text = testText(corpus);
  console.log(
    `\n查重: a ${LENGTH.toLocaleString('en')}-character text checked against a collection` +
      ' (index built once; check: median of 9, the best of them, median CPU time; goals 50 ms for the corpus, 500 ms for 1,000 speeches)',
  );
  measure('corpus (6 speeches)', corpus.speeches, text);
  measure('synthetic 1,000', syntheticCorpus(corpus.speeches, 1000), text);
  workerCode(corpus, text);
}

if (process.argv[2]?.endsWith('bench-check.ts')) {
  benchCheck(validateCorpus(JSON.parse(readFileSync(CORPUS_JSON, 'utf8'))));
}
