// A person's collection at scale (issue 24 item 6), in Node: synthetic collections of 100, 1,000
// and 10,000 texts of about 3,000 characters (tests/fixtures/synthetic.ts, syntheticCollection),
// indexed at K = 13 (BENCH_K=8 … 50 for another), and the 查重 of a 20,000-character text against
// each. Figures, not a test. The same collections in Chromium: collection-page.ts.
// Alone: node --expose-gc tools/run.js tools/bench/collection.ts [counts…]
import { readFileSync } from 'node:fs';
import { CheckCollection } from '../../src/lib/check/candidates.ts';
import { validateCorpus } from '../../src/lib/corpus/validate.ts';
import { buildIndex } from '../../src/lib/index/index.ts';
import { syntheticCollection } from '../../tests/fixtures/synthetic.ts';
import { CORPUS_JSON } from '../paths.ts';
import { median } from './setup.ts';

/** K, 13 as the report's default; BENCH_K sets another. */
const MIN_RUN = Number(process.env.BENCH_K ?? 13);
const CHECKED = 20_000;
const corpus = validateCorpus(JSON.parse(readFileSync(CORPUS_JSON, 'utf8')));

/** The collections measured: BENCH_COUNTS=100,1000 (or the command line's) else 100, 1,000, 10,000. */
export const benchCounts = (): number[] => {
  const given = process.env.BENCH_COUNTS?.split(',').map(Number) ?? [];
  return given.length > 0 ? given : [100, 1_000, 10_000];
};

/** The collection of `count` texts, the same in Node and in Chromium. */
export const benchCollection = (count: number) =>
  syntheticCollection(corpus.speeches, count, count);

/** A 20,000-character text made of the collection's own texts (so it finds sources). */
function checkedText(texts: readonly { paragraphs: string[] }[]): string[] {
  const paragraphs: string[] = [];
  let length = 0;
  for (let i = 0; length < CHECKED; i = (i + 37) % texts.length)
    for (const p of texts[i]!.paragraphs.slice(0, 2)) {
      paragraphs.push(p.slice(0, CHECKED - length));
      length += Math.min(p.length, CHECKED - length);
    }
  return paragraphs;
}

const gc = (globalThis as { gc?: () => void }).gc;
const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;

export function collectionTable(counts = benchCounts()): void {
  console.log(
    `\nA person's collection in Node (K = ${MIN_RUN}): the index (src/lib/index) and the 查重 of a ${CHECKED.toLocaleString('en')}-character text against it (check/, its index built once; median of 3)`,
  );
  console.log(
    '| texts | characters | index | CPU | peak heap + buffers | peak RSS | pairs | identical / near groups | 查重: collection prepared (CPU, its index of windows) | 查重 index of the text (CPU, characters kept) | 查重 (CPU) |',
  );
  console.log('|---|---|---|---|---|---|---|---|---|---|---|');
  for (const count of counts) {
    const texts = benchCollection(count);
    const characters = texts.reduce(
      (n, t) => n + t.paragraphs.reduce((m, p) => m + p.length, 0),
      0,
    );
    gc?.();
    const before = process.memoryUsage();
    let [heap, rss] = [0, 0];
    const sample = () => {
      const m = process.memoryUsage();
      heap = Math.max(heap, m.heapUsed + m.arrayBuffers);
      rss = Math.max(rss, m.rss);
    };
    const cpu = process.cpuUsage();
    const start = performance.now();
    const index = buildIndex(texts, { minRun: MIN_RUN }, { onProgress: sample })!;
    const wall = performance.now() - start;
    const used = process.cpuUsage(cpu);
    sample();
    const speeches = texts.map((t, i) => ({ number: i + 1, paragraphs: t.paragraphs }));
    // The 查重's side (check/candidates.ts): the collection normalized and its windows indexed
    // once, then per text the index of the stretches that could hold its runs (found by lookup),
    // then the check (the index kept).
    const cpuPrepared = process.cpuUsage();
    const check = new CheckCollection(speeches);
    const prepared =
      (process.cpuUsage(cpuPrepared).user + process.cpuUsage(cpuPrepared).system) / 1000;
    const text = checkedText(texts);
    const cpuIndexed = process.cpuUsage();
    const candidates = check.indexFor(text);
    const used2 = process.cpuUsage(cpuIndexed);
    const checkIndex = (used2.user + used2.system) / 1000;
    const kept = candidates.reuse.text.length;
    const times = Array.from({ length: 3 }, () => {
      const t0 = process.cpuUsage();
      check.check(text, { k: MIN_RUN });
      const u = process.cpuUsage(t0);
      return (u.user + u.system) / 1000;
    });
    console.log(
      `| ${count.toLocaleString('en')} | ${characters.toLocaleString('en')} | ${(wall / 1000).toFixed(2)} s | ${((used.user + used.system) / 1e6).toFixed(2)} s | ${mb(heap)} (${mb(before.heapUsed + before.arrayBuffers)} before) | ${mb(rss)} | ${index.pairs.a.length} | ${index.identical.length} / ${index.near.length} | ${(prepared / 1000).toFixed(2)} s, ${mb(check.grams.bytes)} | ${(checkIndex / 1000).toFixed(2)} s, ${kept.toLocaleString('en')} | ${median(times).toFixed(0)} ms |`,
    );
  }
}

if (process.argv[2]?.endsWith('collection.ts')) {
  const counts = process.argv.slice(3).map(Number);
  collectionTable(counts.length > 0 ? counts : benchCounts());
}
