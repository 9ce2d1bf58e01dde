/**
 * Which pairs of a collection a built site prerenders (`npm run site`): every pair of a small
 * collection; of a large one only the most similar, and every other pair is drawn in the browser
 * from the same texts. The rule, stated in README and in the build's summary:
 * - a collection of up to ALL_PAIRS_UP_TO texts: every pair;
 * - a larger one: for each text its PER_TEXT pairs of highest share, and every pair whose share
 *   reaches SHARE_FLOOR; where a pair's share is the part of both texts inside runs of K or more
 *   that they share, by the collection index: (coveredA + coveredB) / (lengthA + lengthB).
 * A pair that shares no run of K is never prerendered (its share is 0).
 */
import type { CollectionIndex } from './index.ts';

export const ALL_PAIRS_UP_TO = 30;
export const PER_TEXT = 1;
export const SHARE_FLOOR = 0.5;

/** One pair of texts, numbered from 0, a < b, and its share. */
export interface ScoredPair {
  a: number;
  b: number;
  share: number;
}

/** The pairs the index found (those sharing a run of K or more), with their shares. */
export function scoredPairs(index: CollectionIndex): ScoredPair[] {
  const { pairs, lengths } = index;
  return Array.from(pairs.a, (a, p) => {
    const b = pairs.b[p]!;
    const whole = lengths[a]! + lengths[b]!;
    const share = whole === 0 ? 0 : (pairs.coveredA[p]! + pairs.coveredB[p]!) / whole;
    return { a, b, share };
  });
}

/**
 * The pairs to prerender of `count` texts (numbered from 0, a < b, in order of a then b), by the
 * rule above.
 */
export function mostSimilarPairs(count: number, index: CollectionIndex): [number, number][] {
  if (count <= ALL_PAIRS_UP_TO) {
    const all: [number, number][] = [];
    for (let a = 0; a < count; a++) for (let b = a + 1; b < count; b++) all.push([a, b]);
    return all;
  }
  const scored = scoredPairs(index);
  const chosen = new Set<number>();
  scored.forEach((pair, p) => {
    if (pair.share >= SHARE_FLOOR) chosen.add(p);
  });
  const byText: number[][] = Array.from({ length: count }, () => []);
  scored.forEach((pair, p) => {
    byText[pair.a]!.push(p);
    byText[pair.b]!.push(p);
  });
  for (const list of byText) {
    // Highest share first; on a tie, the earlier pair, so that a build is the same every time.
    list.sort((x, y) => scored[y]!.share - scored[x]!.share || x - y);
    for (const p of list.slice(0, PER_TEXT)) chosen.add(p);
  }
  return [...chosen].sort((x, y) => x - y).map((p) => [scored[p]!.a, scored[p]!.b]);
}
