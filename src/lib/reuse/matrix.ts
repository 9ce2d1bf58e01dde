/**
 * The all-pairs table of a small collection: exact similarity (as in the comparison view) beside
 * the reused shares. Each similarity needs a pair's exact LCS: known ahead for the corpus
 * (plans.json), else one LCS run per pair, fine for 15 pairs, not for 1,000 speeches (half a
 * million runs); the shares alone come from the ReuseIndex.
 */
// Without diff code: the table loads apart from diff-match-patch.
import { textStats } from '../diff/stats.ts';
import { ALL_PAIRS_UP_TO } from '../index/most-similar.ts';
import { NEAR_DUPLICATE } from '../thresholds.ts';
import type { ReuseIndex, SpeechText } from './passages.ts';

/** Near-duplicates: the comparison's 几乎相同 verdict (thresholds.ts). */
export { NEAR_DUPLICATE };

export interface PairCell {
  /** The row's speech (A) and the column's (B), by number. */
  a: number;
  b: number;
  /** 2·LCS / (|A| + |B|) over code points, as in the comparison view (model.ts statsOf). */
  similarity: number;
  /** Share of A, and of B, in passages of MIN_PASSAGE or more found in both. */
  reusedA: number;
  reusedB: number;
  /** The same text (one group of the index); such a pair is 1 everywhere. */
  identical: boolean;
}

/**
 * cells[i][j] compares speeches[i] with speeches[j]; the table is symmetric, computed once. `lcs`
 * gives a pair's LCS length when it is known ahead of time (the corpus's plans.json).
 */
export function pairMatrix(
  speeches: readonly SpeechText[],
  index: ReuseIndex,
  lcs: (a: number, b: number) => number | undefined = () => undefined,
): PairCell[][] {
  const cells: PairCell[][] = speeches.map(() => []);
  speeches.forEach((a, i) => {
    speeches.forEach((b, j) => {
      if (j < i) {
        const mirror = cells[j]![i]!;
        cells[i]![j] = {
          ...mirror,
          a: mirror.b,
          b: mirror.a,
          reusedA: mirror.reusedB,
          reusedB: mirror.reusedA,
        };
        return;
      }
      cells[i]![j] = cellOf(a, b, index, lcs);
    });
  });
  return cells;
}

function cellOf(
  a: SpeechText,
  b: SpeechText,
  index: ReuseIndex,
  lcs: (a: number, b: number) => number | undefined,
): PairCell {
  const identical = index.group(a.number) === index.group(b.number);
  return {
    a: a.number,
    b: b.number,
    similarity: identical
      ? 1
      : textStats(a.paragraphs, b.paragraphs, lcs(a.number, b.number)).similarity,
    ...index.coverage(a.number, b.number),
    identical,
  };
}

/**
 * The overview's pairs, each once (a < b, row by row): of a small collection every pair (the
 * table's upper half); of one larger than ALL_PAIRS_UP_TO only those whose LCS is known ahead,
 * the most similar that its site prerenders (lib/index/most-similar.ts) and their identical
 * twins: the other half a million pairs of a thousand texts are a run of LCS each, drawn when
 * opened.
 */
export function overviewPairs(
  speeches: readonly SpeechText[],
  index: ReuseIndex,
  lcs: (a: number, b: number) => number | undefined = () => undefined,
): PairCell[] {
  const large = speeches.length > ALL_PAIRS_UP_TO;
  const out: PairCell[] = [];
  speeches.forEach((a, i) => {
    for (const b of speeches.slice(i + 1)) {
      const known = lcs(a.number, b.number) !== undefined;
      if (!large || known || index.group(a.number) === index.group(b.number))
        out.push(cellOf(a, b, index, lcs));
    }
  });
  return out;
}
