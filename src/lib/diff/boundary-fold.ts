/**
 * The boundary pass against confetti: a diff of two rewritten sentences that keeps every shared character (的, 要, 两会)
 * as an equality between edits shows a dozen tiny changes where a reader sees one. The semantic
 * cleanup of diff-match-patch already folds an equality into its edits when it is no longer than
 * the edits on both sides; this pass folds what that rule leaves but a reader would not keep.
 */
import { mergeOps, sideA, sideB, type Op } from './ops.ts';
import { findSlots } from './slots.ts';
import { PUNCT_OR_SPACE, prepare, sideOf, starts, type SideText } from './boundary-score.ts';

/** A shared piece this many times shorter than the edit beside it is noise next to it. */
const DWARF = 10;
/** Only equalities of one or two characters are folded. */
const TINY = 2;

const length = (text: string) => Array.from(text).length;

interface Run {
  /** Code points on the run's longer side; 0 when there is no run. */
  size: number;
  del: boolean;
  ins: boolean;
}

/** The run of edits that starts at `from` and goes in direction `step` (1 or -1). */
function runFrom(ops: readonly Op[], from: number, step: 1 | -1): Run {
  const run = { del: 0, ins: 0 };
  for (let i = from; ops[i] !== undefined && ops[i]!.kind !== 'equal'; i += step) {
    const op = ops[i]!;
    run[op.kind === 'delete' ? 'del' : 'ins'] += length(op.text);
  }
  return { size: Math.max(run.del, run.ins), del: run.del > 0, ins: run.ins > 0 };
}

/**
 * Should this equality, with these runs of edits around it, be folded into them? Yes when it
 * has one or two characters and
 * - it is not a word on both sides (the 要 of 需要 against 要求), or
 * - an edit beside it is `DWARF` times longer (全国 between a rewritten sentence and a dropped
 *   quote mark),
 * and the edits around it both delete and insert, so that folding highlights no text on a side
 * that had no change there. Punctuation and slots stay: a reader finds their way by them.
 */
function foldable(
  op: Op,
  at: { a: number; b: number },
  sides: [SideText, SideText],
  around: Run[],
) {
  const [before, after] = around as [Run, Run];
  if (op.kind !== 'equal' || op.textB !== undefined || !before.size || !after.size) return false;
  if (!(before.del || after.del) || !(before.ins || after.ins)) return false;
  const size = length(op.text);
  if (size > TINY || PUNCT_OR_SPACE.test(op.text) || findSlots(op.text).length > 0) return false;
  const n = op.text.length;
  const [A, B] = sides;
  const edges = [
    A.inSlot.has(at.a),
    A.inSlot.has(at.a + n),
    B.inSlot.has(at.b),
    B.inSlot.has(at.b + n),
  ];
  if (edges.some(Boolean)) return false;
  const word =
    A.isWordEdge(at.a) && A.isWordEdge(at.a + n) && B.isWordEdge(at.b) && B.isWordEdge(at.b + n);
  return !word || Math.max(before.size, after.size) >= DWARF * size;
}

/** Folds tiny equalities into their edits, left to right, so that each fold lengthens the run
 * the next equality is weighed against. */
export function absorbTinyEqualities(input: readonly Op[], given?: [SideText, SideText]): Op[] {
  const ops = prepare(input);
  const sides: [SideText, SideText] = given ?? [sideOf(sideA(ops)), sideOf(sideB(ops))];
  const at = starts(ops);
  const out: Op[] = [];
  ops.forEach((op, i) => {
    const around = [runFrom(out, out.length - 1, -1), runFrom(ops, i + 1, 1)];
    if (foldable(op, at[i]!, sides, around)) {
      out.push({ kind: 'delete', text: op.text }, { kind: 'insert', text: op.text });
    } else out.push(op);
  });
  return mergeOps(prepare(out));
}
