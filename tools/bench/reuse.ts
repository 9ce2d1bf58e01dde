// The reuse figures of `npm run bench`: the index, the shared passages and the reused shares of
// every pair, for the corpus and for synthetic collections of 100 and 1,000 speeches, then the
// exact LCS similarities of the corpus's pairs, which only a small collection can afford.
// Also runs alone: node tools/run.js tools/bench/reuse.ts
import { readFileSync } from 'node:fs';
import type { Corpus } from '../../src/lib/corpus/types.ts';
import { validateCorpus } from '../../src/lib/corpus/validate.ts';
import { findPassages, passageOf } from '../../src/lib/reuse/analysis.ts';
import { pairMatrix } from '../../src/lib/reuse/matrix.ts';
import { MIN_PASSAGE, ReuseIndex, type SpeechText } from '../../src/lib/reuse/passages.ts';
import { syntheticCorpus } from '../../tests/fixtures/synthetic.ts';
import { CORPUS_JSON } from '../paths.ts';

const LISTED = 1000;

function timed<T>(run: () => T): [T, number] {
  const start = performance.now();
  const result = run();
  return [result, performance.now() - start];
}

interface Row {
  name: string;
  speeches: number;
  chars: number;
  index: number;
  passages: number;
  found: number;
  pairs: number;
  sharing: number;
}

function measure(name: string, speeches: readonly SpeechText[]): Row {
  const chars = speeches.reduce(
    (n, s) => n + s.paragraphs.reduce((m, p) => m + [...p].length, 0),
    0,
  );
  const [index, indexMs] = timed(() => new ReuseIndex(speeches));
  // All passages found; the first LISTED spelt out with every occurrence, as a list would show
  // them (all of 1,000 speeches' would be 200,000 passages with 11 million occurrences).
  const [passages, passagesMs] = timed(() => {
    const found = findPassages(index);
    found.slice(0, LISTED).forEach((ref) => passageOf(index, ref));
    return found;
  });
  // Every pair's reused shares, as the all-pairs table needs them; the first call builds them all.
  const [sharing, pairsMs] = timed(() => {
    let n = 0;
    for (let i = 0; i < speeches.length; i++)
      for (let j = i + 1; j < speeches.length; j++) {
        const { reusedA, reusedB } = index.coverage(speeches[i]!.number, speeches[j]!.number);
        if (reusedA > 0 || reusedB > 0) n++;
      }
    return n;
  });
  const row = { name, speeches: speeches.length, chars, index: indexMs, passages: passagesMs };
  return { ...row, found: passages.length, pairs: pairsMs, sharing };
}

const cell = (x: string | number, width: number) => String(x).padStart(width);
const ms = (x: number) => x.toFixed(x < 10 ? 1 : 0);

export function benchReuse(corpus: Corpus): void {
  console.log(
    `\nReuse: passages of ${MIN_PASSAGE}+ characters (all found, ${LISTED} spelt out),` +
      ` every pair's reused shares (no LCS)`,
  );
  // The JIT first: without this the corpus, measured first, would look slower than it is.
  for (let i = 0; i < 3; i++) measure('warm-up', corpus.speeches);
  const rows = [
    measure('corpus', corpus.speeches),
    measure('synthetic', syntheticCorpus(corpus.speeches, 100)),
    measure('synthetic', syntheticCorpus(corpus.speeches, 1000)),
  ];
  console.log(
    'collection  speeches      chars  index ms  passages ms  (found)  pairs ms  (sharing)' +
      '  total ms  ns/char  vs previous: chars×  time×',
  );
  const total = (r: Row) => r.index + r.passages + r.pairs;
  rows.forEach((r, i) => {
    const before = rows[i - 1] ?? r;
    console.log(
      [
        r.name.padEnd(10),
        cell(r.speeches, 9),
        cell(r.chars, 10),
        cell(ms(r.index), 9),
        cell(ms(r.passages), 12),
        cell(`(${r.found})`, 8),
        cell(ms(r.pairs), 9),
        cell(`(${r.sharing})`, 10),
        cell(ms(total(r)), 9),
        cell(((total(r) / r.chars) * 1e6).toFixed(0), 8),
        cell((r.chars / before.chars).toFixed(1), 20),
        cell((total(r) / total(before)).toFixed(1), 6),
      ].join(' '),
    );
  });
  const index = new ReuseIndex(corpus.speeches);
  const [, matrixMs] = timed(() => pairMatrix(corpus.speeches, index));
  const pairs = (corpus.speeches.length * (corpus.speeches.length - 1)) / 2;
  console.log(
    `All-pairs table of the corpus with exact LCS similarity (${pairs} pairs): ${ms(matrixMs)} ms` +
      ' (for 1,000 speeches that would be 499,500 LCS runs: not offered)',
  );
}

if (process.argv[2]?.endsWith('bench-reuse.ts')) {
  benchReuse(validateCorpus(JSON.parse(readFileSync(CORPUS_JSON, 'utf8'))));
}
