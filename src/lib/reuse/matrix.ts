/** The all-pairs table: exact similarity (as in the comparison view) and reused shares. */
import { statsOf } from '../diff/model.ts';
import type { ReuseIndex, SpeechText } from './passages.ts';

/**
 * Two different speeches are near-duplicates from this similarity on: the comparison view's
 * 几乎相同 / nearly identical verdict, a few scattered edits in an otherwise equal text.
 */
export const NEAR_DUPLICATE = 0.9;

export interface PairCell {
  similarity: number;
  /** Share of the row's speech (A) and the column's (B) in passages shared by the two. */
  reusedA: number;
  reusedB: number;
  identical: boolean;
}

/** cells[i][j] compares speeches[i] with speeches[j]; the table is symmetric, computed once. */
export function pairMatrix(speeches: readonly SpeechText[], index: ReuseIndex): PairCell[][] {
  const cells: PairCell[][] = speeches.map(() => []);
  speeches.forEach((a, i) => {
    speeches.forEach((b, j) => {
      if (j < i) {
        const mirror = cells[j]![i]!;
        cells[i]![j] = { ...mirror, reusedA: mirror.reusedB, reusedB: mirror.reusedA };
        return;
      }
      const identical = index.group(a.number) === index.group(b.number);
      cells[i]![j] = {
        similarity: identical
          ? 1
          : statsOf(Array.from(a.paragraphs.join('')), Array.from(b.paragraphs.join('')))
              .similarity,
        ...index.coverage(a.number, b.number),
        identical,
      };
    });
  });
  return cells;
}
