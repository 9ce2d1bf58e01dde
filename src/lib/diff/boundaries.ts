/**
 * Where a change starts and ends, for Chinese. diff-match-patch's semantic cleanup slides edits
 * to "nice" boundaries, but it only knows ASCII: to it every Chinese position scores the same,
 * so a change may begin in the middle of a word (第一|次). These passes work on our own ops, after
 * diff_cleanupSemantic has merged the coincidental equalities, and never change either side:
 * - `slideEdits`: an insertion or deletion between two equalities can often sit in several
 *   places with the same result; put it where a punctuation mark or word edge is (as
 *   diff_cleanupSemanticLossless does for English);
 * - `snapToWords`: a replacement cannot slide, but may grow by one or two characters of its
 *   neighbouring equalities to reach a word edge (第一|次 against 这|次 → 第一次, 这次);
 * - `absorbTinyEqualities` (boundary-fold.ts): a shared character or two between edits is made part
 *   of the change when it is coincidence rather than sameness.
 */
import { absorbTinyEqualities } from './boundary-fold.ts';
import { mergeOps, sideA, sideB, type Op } from './ops.ts';
import {
  boundaryScore,
  commonPrefix,
  commonSuffix,
  isGood,
  isPlainEqual,
  prepare,
  sideOf,
  starts,
  type SideText,
} from './boundary-score.ts';

/** Slides each single edit between two plain equalities to its best-scoring place. */
export function slideEdits(input: readonly Op[], sides?: [SideText, SideText]): Op[] {
  const ops = prepare(input);
  const [A, B] = sides ?? [sideOf(sideA(ops)), sideOf(sideB(ops))];
  const at = starts(ops);
  for (let i = 1; i < ops.length - 1; i++) {
    const [prev, edit, next] = [ops[i - 1]!, ops[i]!, ops[i + 1]!];
    if (edit.kind === 'equal' || !isPlainEqual(prev) || !isPlainEqual(next)) continue;
    const side = edit.kind === 'delete' ? A : B;
    const start = edit.kind === 'delete' ? at[i]!.a : at[i]!.b;
    const score = (d: number) =>
      boundaryScore(side, start + d) + boundaryScore(side, start + d + edit.text.length);
    let best = 0;
    const left = commonSuffix(prev.text, edit.text);
    const right = commonPrefix(edit.text, next.text);
    // Nearest first, so that of equal scores the smallest move wins.
    for (let n = 1; n <= Math.max(left, right); n++) {
      for (const d of [-n, n]) {
        if ((d < 0 && -d <= left) || (d > 0 && d <= right)) {
          if (score(d) > score(best)) best = d;
        }
      }
    }
    if (best < 0) {
      const moved = prev.text.slice(best);
      prev.text = prev.text.slice(0, best);
      next.text = edit.text.slice(best) + next.text;
      edit.text = moved + edit.text.slice(0, best);
    } else if (best > 0) {
      const moved = next.text.slice(0, best);
      prev.text += moved;
      next.text = next.text.slice(best);
      edit.text = edit.text.slice(best) + moved;
    }
    // The edit and the equality after it now start `best` units later on both sides; no other
    // op moved. (Recounting every start here made a long paragraph quadratic.)
    for (const k of [i, i + 1]) at[k] = { a: at[k]!.a + best, b: at[k]!.b + best };
  }
  return mergeOps(ops);
}

/** Grows each replacement by at most two characters of its equalities to reach a word edge. */
export function snapToWords(input: readonly Op[], sides?: [SideText, SideText]): Op[] {
  const ops = prepare(input);
  const [A, B] = sides ?? [sideOf(sideA(ops)), sideOf(sideB(ops))];
  const at = starts(ops);
  const ends = { a: A.text.length, b: B.text.length };
  for (let i = 0; i + 1 < ops.length; i++) {
    const [del, ins] = [ops[i]!, ops[i + 1]!];
    if (del.kind !== 'delete' || ins.kind !== 'insert') continue;
    const [prev, next] = [ops[i - 1], ops[i + 2]];
    const start = at[i]!;
    const stop = at[i + 2] ?? ends;
    const grow = (equality: Op | undefined, edge: { a: number; b: number }, dir: -1 | 1) => {
      if (!isPlainEqual(equality) || (isGood(A, edge.a) && isGood(B, edge.b))) return;
      const cps = Array.from(equality.text);
      for (let n = 1; n <= 2 && n <= cps.length; n++) {
        const moved = (dir < 0 ? cps.slice(-n) : cps.slice(0, n)).join('');
        const d = dir * moved.length;
        if (!isGood(A, edge.a + d) || !isGood(B, edge.b + d)) continue;
        if (dir < 0) {
          equality.text = equality.text.slice(0, -moved.length);
          [del.text, ins.text] = [moved + del.text, moved + ins.text];
        } else {
          equality.text = equality.text.slice(moved.length);
          [del.text, ins.text] = [del.text + moved, ins.text + moved];
        }
        return;
      }
    };
    grow(prev, start, -1);
    grow(next, stop, 1);
  }
  return mergeOps(ops);
}

/**
 * All passes, each working on the previous one's result. None changes either side's text, so
 * the sides are read once for all three.
 */
export function refineBoundaries(ops: readonly Op[]): Op[] {
  const sides: [SideText, SideText] = [sideOf(sideA(ops)), sideOf(sideB(ops))];
  return absorbTinyEqualities(snapToWords(slideEdits(ops, sides), sides), sides);
}
