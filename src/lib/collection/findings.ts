/**
 * What the overview of a collection says, from its index (index/index.ts): the groups of
 * identical and of near-identical texts, and the pairs ranked by the text they share. Worked out
 * in the collection worker; the page receives only this, a few kilobytes whatever the index.
 */
import type { CollectionIndex } from '../index/index.ts';
import { sharedPassages, type SharedPassage } from './passages.ts';

interface RankedPair {
  /** The texts, by their place in the collection, a < b. */
  a: number;
  b: number;
  /** Characters of a, and of b, inside runs of K or more that the pair shares. */
  sharedA: number;
  sharedB: number;
  /** The texts' lengths (normalized characters, as the 查重 report counts them). */
  lengthA: number;
  lengthB: number;
}

export interface Findings {
  /** K: the shortest run counted. */
  minRun: number;
  /** Groups of identical texts, each of two or more. */
  identical: number[][];
  /** Groups of near-identical texts that are not all identical. */
  near: number[][];
  /** Pairs sharing a run of K or more, most shared text first; at most `limit`. */
  pairs: RankedPair[];
  /** How many pairs share such a run in all. */
  pairCount: number;
  /** The shared passages accounting for the most text, at most PASSAGES_SHOWN (passages.ts). */
  passages: SharedPassage[];
  /** How many different passages there are in all. */
  passageCount: number;
}

/** The pairs listed: more would be a page no one reads. */
const PAIRS_SHOWN = 200;
/** The shared passages listed, for the same reason. */
const PASSAGES_SHOWN = 100;

const shared = (p: RankedPair) => Math.max(p.sharedA, p.sharedB);

export function findingsOf(index: CollectionIndex, limit = PAIRS_SHOWN): Findings {
  const { pairs, lengths } = index;
  const all: RankedPair[] = [];
  for (let i = 0; i < pairs.a.length; i++) {
    const [a, b] = [pairs.a[i]!, pairs.b[i]!];
    all.push({
      a,
      b,
      sharedA: pairs.coveredA[i]!,
      sharedB: pairs.coveredB[i]!,
      lengthA: lengths[a]!,
      lengthB: lengths[b]!,
    });
  }
  // Most shared text first; ties by place, so that the order is the same every time.
  all.sort((p, q) => shared(q) - shared(p) || p.a - q.a || p.b - q.b);
  const identicalKey = new Set(index.identical.map((g) => g.join(',')));
  const { passages, count } = sharedPassages(index, PASSAGES_SHOWN);
  return {
    passages,
    passageCount: count,
    minRun: index.minRun,
    identical: index.identical,
    // A near group that is exactly an identical group says nothing more.
    near: index.near.filter((g) => !identicalKey.has(g.join(','))),
    pairs: all.slice(0, limit),
    pairCount: all.length,
  };
}

/** The share of a text inside runs it shares with the other, 0 for an empty text. */
export const shareOf = (sharedChars: number, length: number): number =>
  length === 0 ? 0 : sharedChars / length;
