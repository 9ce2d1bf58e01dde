/**
 * The one adapter over diff-match-patch. It diffs sequences of tokens (grapheme clusters, words,
 * sentences, paragraphs) by giving each token one UTF-16 code unit, so that the library can never
 * cut a character or a word in two, and converts its tuples into our own Op type.
 *
 * diff-match-patch bounds its work by wall-clock time (`Diff_Timeout`): the same pair then gives a
 * minimal diff on an idle machine and a degraded one on a busy machine. Here its Myers bisection
 * is replaced by the same algorithm counting its steps against a `Budget`, so that a result
 * depends on the texts alone, and a diff cut short by the budget says so (`Budget.exhausted`,
 * budget.ts). The tokens' codes: token-codes.ts.
 */
import DiffMatchPatch from 'diff-match-patch';
import { MIN_PASSAGE } from '../thresholds.ts';
import { Budget } from './budget.ts';
import type { Op, OpKind } from './ops.ts';
import { encode } from './token-codes.ts';

export interface DiffOptions {
  /** Run diff-match-patch's semantic cleanup (merge coincidental equalities into the edits). */
  semantic: boolean;
  /**
   * Let diff-match-patch split the texts at a long common middle first (its half-match speedup,
   * on by default: a near-minimal diff found much faster). Off gives a minimal diff.
   */
  halfMatch?: boolean;
  /** The work allowed; without one, as much as the texts need (build time, tests). */
  budget?: Budget;
}

/**
 * Equalities this long or longer (code points) are shared text, never coincidence: the semantic
 * cleanup must not fold them into the edits around them. diff-match-patch drops any equality
 * shorter than the edits on both sides, so a 46-character sentence two speeches share, between a
 * rewritten opening and a rewritten close, was shown as removed and added. The same length as
 * the reuse analysis's shortest passage: a shared passage the diff finds in step is not folded
 * away by the cleanup. (One the two speeches have in another order, or in paragraphs not paired,
 * still shows as removed and added.)
 */
const KEEP_EQUAL = MIN_PASSAGE;

const KIND: Record<number, OpKind> = {
  [DiffMatchPatch.DIFF_EQUAL]: 'equal',
  [DiffMatchPatch.DIFF_DELETE]: 'delete',
  [DiffMatchPatch.DIFF_INSERT]: 'insert',
};

type Diff = DiffMatchPatch.Diff;

/**
 * diff-match-patch's `diff_bisect_` (Myers 1986, Apache-2.0, Neil Fraser), with the wall-clock
 * deadline replaced by a budget of steps. Past the budget, what is left of this stretch is one
 * deletion and one insertion, as diff-match-patch does past its deadline.
 */
function bisect(dmp: DiffMatchPatch, text1: string, text2: string, budget: Budget): Diff[] {
  const [n1, n2] = [text1.length, text2.length];
  const maxD = Math.ceil((n1 + n2) / 2);
  const offset = maxD;
  const size = 2 * maxD;
  if (budget.spend(size)) {
    const v1 = new Int32Array(size).fill(-1);
    const v2 = new Int32Array(size).fill(-1);
    v1[offset + 1] = 0;
    v2[offset + 1] = 0;
    const delta = n1 - n2;
    // With an odd total the front path collides with the reverse path.
    const front = delta % 2 !== 0;
    let [k1start, k1end, k2start, k2end] = [0, 0, 0, 0];
    const split = (x: number, y: number): Diff[] => [
      ...dmp.diff_main(text1.substring(0, x), text2.substring(0, y), false),
      ...dmp.diff_main(text1.substring(x), text2.substring(y), false),
    ];
    for (let d = 0; d < maxD; d++) {
      let steps = 0;
      for (let k1 = -d + k1start; k1 <= d - k1end; k1 += 2) {
        const k1o = offset + k1;
        let x1 =
          k1 === -d || (k1 !== d && v1[k1o - 1]! < v1[k1o + 1]!) ? v1[k1o + 1]! : v1[k1o - 1]! + 1;
        let y1 = x1 - k1;
        const from = x1;
        while (x1 < n1 && y1 < n2 && text1.charCodeAt(x1) === text2.charCodeAt(y1)) {
          x1++;
          y1++;
        }
        steps += 1 + x1 - from;
        v1[k1o] = x1;
        if (x1 > n1) k1end += 2;
        else if (y1 > n2) k1start += 2;
        else if (front) {
          const k2o = offset + delta - k1;
          if (k2o >= 0 && k2o < size && v2[k2o] !== -1 && x1 >= n1 - v2[k2o]!) {
            return split(x1, y1);
          }
        }
      }
      for (let k2 = -d + k2start; k2 <= d - k2end; k2 += 2) {
        const k2o = offset + k2;
        let x2 =
          k2 === -d || (k2 !== d && v2[k2o - 1]! < v2[k2o + 1]!) ? v2[k2o + 1]! : v2[k2o - 1]! + 1;
        let y2 = x2 - k2;
        const from = x2;
        while (
          x2 < n1 &&
          y2 < n2 &&
          text1.charCodeAt(n1 - x2 - 1) === text2.charCodeAt(n2 - y2 - 1)
        ) {
          x2++;
          y2++;
        }
        steps += 1 + x2 - from;
        v2[k2o] = x2;
        if (x2 > n1) k2end += 2;
        else if (y2 > n2) k2start += 2;
        else if (!front) {
          const k1o = offset + delta - k2;
          if (k1o >= 0 && k1o < size && v1[k1o] !== -1) {
            const x1 = v1[k1o]!;
            const y1 = offset + x1 - k1o;
            if (x1 >= n1 - x2) return split(x1, y1);
          }
        }
      }
      if (!budget.spend(steps)) break;
    }
  }
  // Out of budget, or no commonality at all (then the budget is not what stopped it).
  return [[DiffMatchPatch.DIFF_DELETE, text1] as Diff, [DiffMatchPatch.DIFF_INSERT, text2] as Diff];
}

/** Do two encoded texts have any code unit in common? */
function shares(x: string, y: string): boolean {
  const seen = new Set(x);
  for (const unit of y) if (seen.has(unit)) return true;
  return false;
}

function runDiff(a: readonly string[], b: readonly string[], options: DiffOptions): Diff[] {
  const budget = options.budget ?? new Budget(Infinity);
  const encoded = encode(a, b);
  if (encoded.overflow) budget.exhausted = true;
  // Nothing in common (two unrelated lists of paragraphs): no search can find an equality.
  if (!shares(encoded.a, encoded.b)) {
    return [
      ...(a.length ? [[DiffMatchPatch.DIFF_DELETE, encoded.a] as Diff] : []),
      ...(b.length ? [[DiffMatchPatch.DIFF_INSERT, encoded.b] as Diff] : []),
    ];
  }
  const dmp = new DiffMatchPatch();
  // A positive timeout only switches the half-match speedup on: the deadline itself is never
  // read, since the bisection below counts work instead.
  dmp.Diff_Timeout = options.halfMatch === false ? 0 : 1;
  dmp.diff_bisect_ = (text1, text2) => bisect(dmp, text1, text2, budget);
  const diffs = dmp.diff_main(encoded.a, encoded.b, false);
  if (!options.semantic) return diffs;
  return cleanupBetweenKept(dmp, diffs, a, b);
}

/**
 * The semantic cleanup run separately on the stretches between long equalities (see KEEP_EQUAL),
 * which therefore stay as they are. Equal runs hold only tokens found on both sides, so their
 * tokens are read back by position.
 */
function cleanupBetweenKept(
  dmp: DiffMatchPatch,
  diffs: readonly Diff[],
  a: readonly string[],
  _b: readonly string[],
): Diff[] {
  const out: Diff[] = [];
  let stretch: Diff[] = [];
  const flush = () => {
    dmp.diff_cleanupSemantic(stretch);
    out.push(...stretch);
    stretch = [];
  };
  let at = 0;
  for (const diff of diffs) {
    const [op, text] = diff;
    if (op === DiffMatchPatch.DIFF_EQUAL && keep(a, at, text.length)) {
      flush();
      out.push(diff);
    } else stretch.push(diff);
    if (op !== DiffMatchPatch.DIFF_INSERT) at += text.length;
  }
  flush();
  // A stretch's cleanup may leave an equality next to a kept one: one op, as callers expect.
  const merged: Diff[] = [];
  for (const [op, text] of out) {
    const last = merged.at(-1);
    if (last?.[0] === op) last[1] += text;
    else merged.push([op, text] as Diff);
  }
  return merged;
}

/** Are tokens from..from+count of a at least KEEP_EQUAL code points? */
function keep(tokens: readonly string[], from: number, count: number): boolean {
  let n = 0;
  for (let i = from; i < from + count; i++) {
    for (const _ of tokens[i] ?? '') if (++n >= KEEP_EQUAL) return true;
  }
  return false;
}

/** Diffs two token sequences, saying how many tokens each op covers (for aligning lists). */
export function diffTokenCounts(
  a: readonly string[],
  b: readonly string[],
  options: DiffOptions,
): { kind: OpKind; count: number }[] {
  // Each token is one code unit in the encoded text.
  return runDiff(a, b, options).map(([op, text]) => ({
    kind: KIND[op] ?? 'equal',
    count: text.length,
  }));
}

/** Diffs two token sequences; the ops' texts are the tokens joined. */
export function diffTokens(a: readonly string[], b: readonly string[], options: DiffOptions): Op[] {
  let [i, j] = [0, 0];
  return diffTokenCounts(a, b, options).map(({ kind, count }) => {
    let text: string;
    if (kind === 'insert') text = b.slice(j, (j += count)).join('');
    else {
      text = a.slice(i, (i += count)).join('');
      if (kind === 'equal') j += count;
    }
    return { kind, text };
  });
}
