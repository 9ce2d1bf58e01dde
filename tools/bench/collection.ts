// The collection index at scale: synthetic collections of 100, 1,000 and 10,000 texts of about
// 3,000 characters, indexed at K = 13 (BENCH_K=8 … 50 for another). Figures, not a test.
// Run: node --expose-gc tools/run.js tools/bench/collection.ts [counts…]
//
// The texts are not tests/fixtures/synthetic.ts's: those shuffle the six speeches' sentences, so every
// text shares dozens of passages with every other and the pairs grow as N². A real collection
// is mostly its own words with some reuse. Here each text is characters drawn with the corpus's
// own frequencies (chance never repeats 13 of them), broken into paragraphs, with reuse planted:
// - stock phrases (12–30 characters, each the start of a clause of the speeches and drawn ones): 10 per text from a pool of 2,000,
//   and one of 20 common ones in a text in 2 of 5 (a common one is in 2 % of texts: 200 of 10,000);
// - copies (1 text in 100): an earlier text as it is;
// - near copies (1 text in 25): an earlier text with 2 % of its characters changed;
// - patchworks (1 text in 20): paragraphs of three to five earlier texts, with some of its own.
import { readFileSync } from 'node:fs';
import { normalize } from '../../src/lib/check/normalize.ts';
import { validateCorpus } from '../../src/lib/corpus/validate.ts';
import { buildIndex } from '../../src/lib/index/index.ts';
import { CORPUS_JSON } from '../paths.ts';
import { random, sentencesOf } from '../../tests/fixtures/synthetic.ts';

const LENGTH = 3_000;
/** K, 13 as the report's default; BENCH_K sets another. */
const MIN_RUN = Number(process.env.BENCH_K ?? 13);
const corpus = validateCorpus(JSON.parse(readFileSync(CORPUS_JSON, 'utf8')));
const chars = corpus.speeches.flatMap((s) =>
  Array.from(String.fromCodePoint(...normalize(s.paragraphs).codes)),
);
const clauses = corpus.speeches
  .flatMap((s) => s.paragraphs.flatMap(sentencesOf))
  .flatMap((s) => s.split(/[，、：]/u))
  .map((c) => Array.from(c))
  .filter((c) => c.length >= 12);

function collection(count: number, seed: number): { paragraphs: string[] }[] {
  const next = random(seed);
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)]!;
  const own = (n: number) => Array.from({ length: n }, () => pick(chars)).join('');
  // Stock phrases: the start of a real clause (at most 8 characters, so that two phrases from
  // one clause share less than K) and drawn characters, 12–30 in all.
  const stock = Array.from({ length: 2_020 }, () => {
    const start = pick(clauses).slice(0, 8).join('');
    return start + own(12 + int(19) - start.length);
  });
  const [common, pool] = [stock.slice(0, 20), stock.slice(20)];
  const texts: string[][] = [];
  for (let i = 0; i < count; i++) {
    const kind = next();
    if (i > 0 && kind < 0.01) {
      texts.push([...pick(texts)]);
      continue;
    }
    if (i > 0 && kind < 0.05) {
      const source = pick(texts);
      texts.push(
        source.map((p) => Array.from(p, (c) => (next() < 0.02 ? pick(chars) : c)).join('')),
      );
      continue;
    }
    if (i > 4 && kind < 0.1) {
      const paragraphs: string[] = [];
      for (let s = 3 + int(3); s > 0; s--) {
        const source = pick(texts);
        const from = int(source.length);
        paragraphs.push(...source.slice(from, from + 1 + int(3)), own(100 + int(200)));
      }
      texts.push(paragraphs);
      continue;
    }
    const phrases = Array.from({ length: 10 }, () => pick(pool));
    if (next() < 0.4) phrases.push(pick(common));
    const paragraphs: string[] = [];
    let length = 0;
    while (length < LENGTH) {
      let p = own(100 + int(300));
      if (phrases.length > 0 && next() < 0.8) {
        const at = int(p.length);
        p = p.slice(0, at) + phrases.pop()! + p.slice(at);
      }
      paragraphs.push(p);
      length += p.length;
    }
    texts.push(paragraphs);
  }
  return texts.map((paragraphs) => ({ paragraphs }));
}

const gc = (globalThis as { gc?: () => void }).gc;
const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;
const counts = process.argv.slice(3).map(Number);
console.log(
  '| texts | characters | index | CPU | peak heap + buffers | peak RSS | pairs | runs | identical / near groups |',
);
console.log('|---|---|---|---|---|---|---|---|---|');
for (const count of counts.length > 0 ? counts : [100, 1_000, 10_000]) {
  const texts = collection(count, count);
  const characters = texts.reduce((n, t) => n + t.paragraphs.reduce((m, p) => m + p.length, 0), 0);
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
  console.log(
    `| ${count} | ${characters} | ${(wall / 1000).toFixed(2)} s | ${((used.user + used.system) / 1e6).toFixed(2)} s | ${mb(heap)} (${mb(before.heapUsed + before.arrayBuffers)} before) | ${mb(rss)} | ${index.pairs.a.length} | ${index.runs.length.length} | ${index.identical.length} / ${index.near.length} |`,
  );
}
