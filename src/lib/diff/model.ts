/**
 * The view model of a comparison and its statistics: the types the components render, and what
 * can be computed without diffing (so that a precomputed comparison needs no diff code at all).
 */
import { lcsLength } from './lcs.ts';
import type { Span } from './spans.ts';
import type { Granularity } from './tokenize.ts';

export type { Span };

/** Differences a reader may choose not to see highlighted (see ignore.ts). */
export type Ignore = 'punct' | 'space' | 'width' | 'placeholder';
export const IGNORES: readonly Ignore[] = ['punct', 'space', 'width', 'placeholder'];

export interface Cell {
  /** 0-based paragraph index in its speech. */
  index: number;
  spans: Span[];
  /**
   * Set when this paragraph was moved: it is paragraph `index` of the other side (`side`), in
   * another row. Its spans are then equal text, plus any touch-ups against that paragraph.
   */
  moved?: { side: 'a' | 'b'; index: number };
}

export interface Row {
  a: Cell | null;
  b: Cell | null;
  same: boolean;
  /** A's paragraph in this row appears as this paragraph of B, elsewhere (see `Cell.moved`). */
  movedA?: number;
  /** B's paragraph in this row appears as this paragraph of A, elsewhere. */
  movedB?: number;
}

export interface PairStats {
  /** Code points of each text (paragraph breaks not counted). */
  lengthA: number;
  lengthB: number;
  /** Exact longest common subsequence, in code points. */
  lcs: number;
  /** 2·LCS / (|A| + |B|), from 0 to 1. */
  similarity: number;
  removed: number;
  added: number;
}

export interface ComparisonStats extends PairStats {
  /** Template slots (XX, *) in each text. */
  slotsA: number;
  slotsB: number;
}

export type Verdict = 'identical' | 'whitespace' | 'nearly' | 'largely' | 'partly' | 'different';

export interface Comparison {
  rows: Row[];
  changeCount: number;
  stats: ComparisonStats;
  verdict: Verdict;
}

/** Characters: see compare.ts for the measurements behind the choice. */
export const DEFAULT_GRANULARITY: Granularity = 'char';

/** Exact LCS statistics of two code point sequences. */
export function statsOf(ca: readonly string[], cb: readonly string[]): PairStats {
  return statsFromLcs(ca.length, cb.length, lcsLength(ca, cb));
}

/** The statistics of two texts of these lengths (in code points) once their LCS is known. */
function statsFromLcs(lengthA: number, lengthB: number, lcs: number): PairStats {
  const total = lengthA + lengthB;
  return {
    lengthA,
    lengthB,
    lcs,
    similarity: total === 0 ? 1 : (2 * lcs) / total,
    removed: lengthA - lcs,
    added: lengthB - lcs,
  };
}

/** Code points in a speech's text, its paragraphs joined. */
const codePointLength = (paragraphs: readonly string[]) => {
  let n = 0;
  for (const _ of paragraphs.join('')) n++;
  return n;
};

/**
 * The statistics of two speeches' texts (paragraphs joined), from their LCS length when it is
 * known ahead and fits them, else from an LCS run.
 */
export function textStats(a: readonly string[], b: readonly string[], lcs?: number): PairStats {
  const [la, lb] = [codePointLength(a), codePointLength(b)];
  if (lcs !== undefined && Number.isInteger(lcs) && lcs >= 0 && lcs <= Math.min(la, lb)) {
    return statsFromLcs(la, lb, lcs);
  }
  return statsOf(Array.from(a.join('')), Array.from(b.join('')));
}

const withoutSpace = (paragraphs: readonly string[]) => paragraphs.join('').replace(/\s+/gu, '');

export function verdictOf(a: readonly string[], b: readonly string[], similarity: number): Verdict {
  if (a.join('\n') === b.join('\n')) return 'identical';
  if (withoutSpace(a) === withoutSpace(b)) return 'whitespace';
  if (similarity >= 0.9) return 'nearly';
  if (similarity >= 0.6) return 'largely';
  // Unrelated Chinese texts share 15–25% of characters by chance of the language alone.
  if (similarity >= 0.35) return 'partly';
  return 'different';
}
