/**
 * Moved paragraphs. The alignment keeps both texts in order, so a paragraph that the second
 * speech puts elsewhere shows up twice: deleted where it was, inserted where it is. Here such
 * pairs are found again and linked, so the view can say "moved" instead of "removed" and "added".
 */
import type { AlignedRow } from './align.ts';
import { diceOfGrams, gramsOf, similarPairs, type Grams } from './grams.ts';

/**
 * Two paragraphs are one moved paragraph when they are identical or share at least this much of
 * their character 4-grams (Dice). Far above the 0.1 of `PAIR_THRESHOLD`: that one only asks
 * "is this a rewrite of that", this one "is this the same paragraph, touched up at most". On the
 * corpus, paragraphs that merely reuse a sentence stay below 0.45.
 */
export const MOVE_THRESHOLD = 0.8;

/** Paragraph `a` of A is paragraph `b` of B, at another place. */
export interface Move {
  a: number;
  b: number;
  similarity: number;
}

const blank = (text: string | undefined) => (text ?? '').trim() === '';

/**
 * Finds moved paragraphs among those the alignment left alone or paired only loosely (below
 * `MOVE_THRESHOLD`), greedily from the most similar pair. A loose pair whose member has moved is
 * split into two rows, in place, so that each paragraph still appears once and in order.
 */
export function findMoves(
  a: readonly string[],
  b: readonly string[],
  rows: readonly AlignedRow[],
): { rows: AlignedRow[]; moves: Move[] } {
  const cache = new Map<string, Grams>();
  const grams = (text: string) => {
    let g = cache.get(text);
    if (!g) cache.set(text, (g = gramsOf(text)));
    return g;
  };
  const loose = (r: AlignedRow) =>
    r.a === null ||
    r.b === null ||
    (!r.same && a[r.a] !== b[r.b] && diceOfGrams(grams(a[r.a]!), grams(b[r.b]!)) < MOVE_THRESHOLD);
  const open = rows.filter(loose);
  const freeA = open.flatMap((r) => (r.a === null || blank(a[r.a]) ? [] : [r.a]));
  const freeB = open.flatMap((r) => (r.b === null || blank(b[r.b]) ? [] : [r.b]));
  const scored = similarPairs(
    freeA.map((i) => grams(a[i]!)),
    freeB.map((k) => grams(b[k]!)),
    MOVE_THRESHOLD,
  );
  const candidates: Move[] = scored.map(({ i, j, similarity }) => ({
    a: freeA[i]!,
    b: freeB[j]!,
    similarity,
  }));
  candidates.sort((x, y) => y.similarity - x.similarity || x.a - y.a || x.b - y.b);
  const usedA = new Set<number>();
  const usedB = new Set<number>();
  const moves: Move[] = [];
  for (const m of candidates) {
    if (usedA.has(m.a) || usedB.has(m.b)) continue;
    usedA.add(m.a);
    usedB.add(m.b);
    moves.push(m);
  }
  const split = rows.flatMap((r): AlignedRow[] =>
    r.a !== null && r.b !== null && (usedA.has(r.a) || usedB.has(r.b))
      ? [
          { a: r.a, b: null, same: false },
          { a: null, b: r.b, same: false },
        ]
      : [r],
  );
  return { rows: split, moves: moves.sort((x, y) => x.a - y.a) };
}
