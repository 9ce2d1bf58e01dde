// The comparison in Node: each pair of the corpus beside plain diff-match-patch, and own texts
// of a reader's size.
import DiffMatchPatch from 'diff-match-patch';
import type { Corpus } from '../../src/lib/corpus/types.ts';
import { compareTexts, pairStats } from '../../src/lib/diff/compare.ts';
import { median, ms } from './setup.ts';
import { random } from '../../tests/fixtures/synthetic.ts';

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

export function viewModelTimes(corpus: Corpus) {
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
  // The generator's 32-bit integers (it gives them divided by 2^32).
  const rand = random(seed);
  const next = () => rand() * 4294967296;
  let out = '';
  while (out.length < n) {
    const at = next() % (pool.length - 40);
    out += pool.slice(at, at + 10 + (next() % 31)).join('');
  }
  return out.slice(0, n);
}

/** Own texts of a reader's size: paragraphs of about 80 characters, as pasted text has. */
export function ownTextTimes(corpus: Corpus) {
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
