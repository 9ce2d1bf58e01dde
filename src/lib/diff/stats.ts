/**
 * What finishes a comparison once its rows are laid out, the same for a live diff and for a
 * plan: the changes (where each is in A and B), the statistics and the verdict. No diff code, so
 * that a plan paints without loading diff-match-patch.
 */
import { codePoints } from '../code-points.ts';
import { NEAR_DUPLICATE } from '../thresholds.ts';
import { lcsLength } from './lcs.ts';
import type { Change, Comparison, ComparisonStats, PairStats, Row, Verdict } from './model.ts';
import { countSlots } from './slots.ts';

/**
 * The largest |A|·|B| (code points) whose exact LCS is run while comparing: about 50 ms. Past it
 * the comparison's similarity is the common text its diff found (`estimate`), and the exact LCS
 * is a step of its own (compare.ts `pairStats`), for a worker to run after the comparison is shown: at
 * 200,000 characters a side it takes seconds.
 */
export const EXACT_LCS_CELLS = 1e9;

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

/** Exact LCS statistics of two code point sequences. */
export function statsOf(
  ca: readonly string[],
  cb: readonly string[],
  progress?: (done: number, total: number) => void,
): PairStats {
  return statsFromLcs(ca.length, cb.length, lcsLength(ca, cb, progress));
}

/**
 * What a comparison measures of a paragraph: itself, or under ignore options its keys
 * (keys.ts keyedText, passed in by compare.ts so that a plan needs no tokenizer).
 */
export type Measure = (paragraph: string) => string;

/** The text a comparison measures, as code points: the paragraphs measured and joined. */
const measured = (ps: readonly string[], measure?: Measure) =>
  Array.from(measure ? ps.map(measure).join('') : ps.join(''));

/** Code points in a speech's text, its paragraphs joined. */
const codePointLength = (paragraphs: readonly string[]) =>
  paragraphs.reduce((n, p) => n + codePoints(p), 0);

/**
 * The statistics of two speeches' texts (paragraphs joined), from their LCS length when it is
 * known ahead and can be right for them, else from an LCS run.
 */
export function textStats(a: readonly string[], b: readonly string[], lcs?: number): PairStats {
  const [la, lb] = [codePointLength(a), codePointLength(b)];
  if (lcs !== undefined && lcsFits(a, b, la, lb, lcs)) return statsFromLcs(la, lb, lcs);
  return statsOf(Array.from(a.join('')), Array.from(b.join('')));
}

/**
 * Can `lcs` be the LCS length of texts a and b of code point lengths la and lb? A whole number
 * no larger than either text, and all of both exactly when they are the same text.
 */
export function lcsFits(
  a: readonly string[],
  b: readonly string[],
  la: number,
  lb: number,
  lcs: number,
): boolean {
  if (!Number.isInteger(lcs) || lcs < 0 || lcs > Math.min(la, lb)) return false;
  const same = la === lb && a.join('') === b.join('');
  return same === (lcs === la && lcs === lb);
}

const withoutSpace = (paragraphs: readonly string[]) => paragraphs.join('').replace(/\s+/gu, '');

export function verdictOf(a: readonly string[], b: readonly string[], similarity: number): Verdict {
  if (a.join('\n') === b.join('\n')) return 'identical';
  if (withoutSpace(a) === withoutSpace(b)) return 'whitespace';
  if (similarity >= NEAR_DUPLICATE) return 'nearly';
  if (similarity >= 0.6) return 'largely';
  // Unrelated Chinese texts share 15–25% of characters by chance of the language alone.
  if (similarity >= 0.35) return 'partly';
  return 'different';
}

/** UTF-16 offset of each paragraph in the text joined with '\n', and the text's length. */
function offsets(paragraphs: readonly string[]): { starts: number[]; length: number } {
  const starts: number[] = [];
  let at = 0;
  for (const p of paragraphs) {
    starts.push(at);
    at += p.length + 1;
  }
  return { starts, length: Math.max(0, at - 1) };
}

/**
 * Every change of the rows, where it is in A and in B. A side with nothing of a change gets the
 * place it would be: after what that side has before it in diff order (its spans of a lower
 * `seq`), or between paragraphs when the row has no paragraph of that side.
 */
function changesOf(rows: readonly Row[], a: readonly string[], b: readonly string[]): Change[] {
  const [oa, ob] = [offsets(a), offsets(b)];
  const changes: Change[] = [];
  // Where each side's text goes on: the start of its next paragraph not yet seen.
  let [nextA, nextB] = [0, 0];
  rows.forEach((row, r) => {
    const seen = new Map<number, { a?: [number, number]; b?: [number, number]; seq: number }>();
    const walk = (side: 'a' | 'b') => {
      const cell = row[side];
      if (!cell) return;
      let at = (side === 'a' ? oa : ob).starts[cell.index] ?? 0;
      for (const span of cell.spans) {
        const end = at + span.text.length;
        if (span.change !== null) {
          const c = seen.get(span.change) ?? { seq: span.seq };
          const [from, to] = c[side] ?? [at, end];
          c[side] = [Math.min(from, at), Math.max(to, end)];
          c.seq = Math.min(c.seq, span.seq);
          seen.set(span.change, c);
        }
        at = end;
      }
      if (side === 'a') nextA = at + 1;
      else nextB = at + 1;
    };
    const [startA, startB] = [nextA, nextB];
    walk('a');
    walk('b');
    /** Where a change with nothing on this side sits in it. */
    const placeOn = (side: 'a' | 'b', seq: number, start: number): number => {
      const cell = row[side];
      if (!cell) return Math.min(start, (side === 'a' ? oa : ob).length);
      let at = (side === 'a' ? oa : ob).starts[cell.index] ?? 0;
      for (const span of cell.spans) {
        if (span.seq >= seq) break;
        at += span.text.length;
      }
      return at;
    };
    for (const [k, c] of seen) {
      if (changes[k] !== undefined) {
        // The other part of a moved paragraph's touch-up, in a later row.
        const known = changes[k];
        if (c.a) [known.fromA, known.toA] = c.a;
        if (c.b) [known.fromB, known.toB] = c.b;
        continue;
      }
      const [fromA, toA] = c.a ?? Array<number>(2).fill(placeOn('a', c.seq, startA));
      const [fromB, toB] = c.b ?? Array<number>(2).fill(placeOn('b', c.seq, startB));
      changes[k] = { row: r, fromA: fromA!, toA: toA!, fromB: fromB!, toB: toB! };
    }
  });
  return changes;
}

export interface FinishOptions {
  /** What is measured of each paragraph under ignore options; the text itself without. */
  measure?: Measure;
  /** The exact LCS length, when known ahead (a plan); used only when it can be right. */
  lcs?: number;
}

/** The changes, statistics and verdict of laid-out rows: the end of every comparison. */
export function finishComparison(
  rows: Row[],
  a: readonly string[],
  b: readonly string[],
  options: FinishOptions = {},
): Comparison {
  const [ca, cb] = [measured(a, options.measure), measured(b, options.measure)];
  let pair: PairStats;
  if (
    options.lcs !== undefined &&
    options.measure === undefined &&
    lcsFits(a, b, ca.length, cb.length, options.lcs)
  ) {
    pair = statsFromLcs(ca.length, cb.length, options.lcs);
  } else if (ca.length * cb.length <= EXACT_LCS_CELLS) pair = statsOf(ca, cb);
  else
    pair = {
      ...statsFromLcs(ca.length, cb.length, commonInOrder(rows, options.measure)),
      estimate: true,
    };
  const stats: ComparisonStats = { ...pair, slotsA: countSlots(a), slotsB: countSlots(b) };
  const comparison: Comparison = {
    rows,
    changes: changesOf(rows, a, b),
    stats,
    verdict: verdictOf(a, b, stats.similarity),
  };
  if (rows.some((r) => r.approximate)) comparison.approximate = true;
  return comparison;
}

/**
 * The common text of the rows in order (code points of A's equal spans, keyed under ignore;
 * moved paragraphs left out, being out of order): a common subsequence of the two texts, so a
 * lower bound of their LCS.
 */
export function commonInOrder(rows: readonly Row[], measure?: Measure): number {
  let n = 0;
  for (const row of rows) {
    if (!row.a || row.a.moved) continue;
    for (const span of row.a.spans) {
      if (span.kind !== 'equal') continue;
      n += codePoints(measure ? measure(span.text) : span.text);
    }
  }
  return n;
}
