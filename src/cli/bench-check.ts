// The 查重 figures of `npm run bench`: a 20,000-character text checked against the corpus and
// against a synthetic collection of 1,000 speeches, once the index of each exists.
// Also runs alone: node src/cli/run.js src/cli/bench-check.ts
import { readFileSync } from 'node:fs';
import { CheckIndex } from '../lib/check/collection.ts';
import { K_DEFAULT, K_MAX, K_MIN } from '../lib/check/k.ts';
import { checkText } from '../lib/check/measure.ts';
import type { Corpus } from '../lib/corpus/types.ts';
import { validateCorpus } from '../lib/corpus/validate.ts';
import type { SpeechText } from '../lib/reuse/passages.ts';
import { syntheticCorpus } from './synthetic.ts';
import { CORPUS_JSON } from './paths.ts';

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

export function benchCheck(corpus: Corpus): void {
  const text = testText(corpus);
  console.log(
    `\n查重: a ${LENGTH.toLocaleString('en')}-character text checked against a collection` +
      ' (index built once; check: median of 9, the best of them, median CPU time; goals 50 ms for the corpus, 500 ms for 1,000 speeches)',
  );
  measure('corpus (6 speeches)', corpus.speeches, text);
  measure('synthetic 1,000', syntheticCorpus(corpus.speeches, 1000), text);
}

if (process.argv[2]?.endsWith('bench-check.ts')) {
  benchCheck(validateCorpus(JSON.parse(readFileSync(CORPUS_JSON, 'utf8'))));
}
