// The reuse figures of `npm run bench`: passages and shares for the corpus and for synthetic
// collections of 100 and 1,000 speeches. Also runs alone: node src/cli/run.js src/cli/bench-reuse.ts
import { readFileSync } from 'node:fs';
import type { Corpus } from '../lib/corpus/types.ts';
import { validateCorpus } from '../lib/corpus/validate.ts';
import { sharedPassages } from '../lib/reuse/analysis.ts';
import { pairMatrix } from '../lib/reuse/matrix.ts';
import { ReuseIndex, type SpeechText } from '../lib/reuse/passages.ts';
import { syntheticCorpus } from '../lib/reuse/synthetic.ts';
import { CORPUS_JSON } from './paths.ts';

function timed<T>(run: () => T): [T, number] {
  const start = performance.now();
  const result = run();
  return [result, performance.now() - start];
}

function measure(name: string, speeches: readonly SpeechText[], base?: number) {
  const chars = speeches.reduce((n, s) => n + s.paragraphs.join('').length, 0);
  const [index, indexMs] = timed(() => new ReuseIndex(speeches));
  const [passages, passagesMs] = timed(() => sharedPassages(index));
  const [, sharesMs] = timed(() => speeches.map((s) => index.reused(s.number)));
  const total = indexMs + passagesMs + sharesMs;
  const perChar = (total / chars) * 1e6;
  console.log(
    `${name.padEnd(18)} ${String(chars).padStart(9)} chars  index ${indexMs.toFixed(0).padStart(6)} ms` +
      `  passages ${passagesMs.toFixed(0).padStart(6)} ms (${passages.length})` +
      `  shares ${sharesMs.toFixed(0).padStart(5)} ms  = ${perChar.toFixed(0)} ns/char` +
      (base ? `  (${(perChar / base).toFixed(2)}× the corpus per char)` : ''),
  );
  return perChar;
}

export function benchReuse(corpus: Corpus): void {
  console.log('\nReuse: shared passages (≥ 12 characters) and each speech’s reused share');
  measure('corpus (warm-up)', corpus.speeches);
  const base = measure('corpus, 6', corpus.speeches);
  measure('synthetic, 100', syntheticCorpus(corpus.speeches, 100), base);
  measure('synthetic, 1,000', syntheticCorpus(corpus.speeches, 1000), base);
  const index = new ReuseIndex(corpus.speeches);
  const [, matrixMs] = timed(() => pairMatrix(corpus.speeches, index));
  console.log(
    `all-pairs table of the corpus (15 exact LCS similarities and shares): ${matrixMs.toFixed(1)} ms`,
  );
}

if (process.argv[2]?.endsWith('bench-reuse.ts')) {
  benchReuse(validateCorpus(JSON.parse(readFileSync(CORPUS_JSON, 'utf8'))));
}
