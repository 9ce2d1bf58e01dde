/**
 * The checks a plan must pass before it is believed (decode.ts): each side's paragraphs once and
 * in order, moves that point back, equal text equal on both sides, changes numbered in reading
 * order; and the exact LCS that proves a plan's number, run once per pair of texts.
 */
import type { Cell, Row } from '../model.ts';
import { lcsLength } from '../lcs.ts';

/** Why a plan was refused. */
export class PlanError extends RangeError {}

export function check(ok: boolean, reason: string): asserts ok {
  if (!ok) throw new PlanError(reason);
}

export const isIndex = (x: unknown): x is number => Number.isSafeInteger(x) && (x as number) >= 0;
export const isList = (x: unknown): x is unknown[] => Array.isArray(x);
/** Each side's paragraphs once, in order: a plan can lay the texts out, never lose or repeat any. */
export function checkOrder(rows: readonly Row[], a: readonly string[], b: readonly string[]) {
  for (const [side, n] of [
    ['a', a.length],
    ['b', b.length],
  ] as const) {
    let next = 0;
    for (const row of rows) {
      const cell = row[side];
      if (cell) check(cell.index === next++, `side ${side} is not each paragraph once, in order`);
    }
    check(next === n, `side ${side} is not each paragraph once, in order`);
  }
}

/** A moved paragraph is alone in its row, and its other place points back at it. */
export function checkMoves(rows: readonly Row[]) {
  const rowOfB = new Map<number, Row>();
  for (const row of rows) if (row.b) rowOfB.set(row.b.index, row);
  for (const row of rows) {
    if (row.movedA !== undefined) {
      const other = rowOfB.get(row.movedA);
      check(row.b === null && other?.a === null && other.movedB === row.a?.index, 'bad move');
    }
    if (row.movedB !== undefined) check(row.a === null, 'bad move');
  }
}

/**
 * The same text on both sides where the row says so, and the same equal text on both sides for
 * each operation (plans are made without ignore options, where equal means equal).
 */
export function checkEquals(rows: readonly Row[]) {
  for (const row of rows) {
    if (row.same) {
      const ok = row.a && row.b && row.a.spans.every((s) => s.kind === 'equal');
      check(
        !!ok &&
          row.a!.spans.map((s) => s.text).join('') === row.b!.spans.map((s) => s.text).join(''),
        'a row marked same is not',
      );
    }
    if (!row.a || !row.b) continue;
    const equal = (cell: Cell) => {
      const bySeq = new Map<number, string>();
      for (const s of cell.spans)
        if (s.kind === 'equal') bySeq.set(s.seq, (bySeq.get(s.seq) ?? '') + s.text);
      return bySeq;
    };
    const [ea, eb] = [equal(row.a), equal(row.b)];
    check(
      ea.size === eb.size && [...ea].every(([seq, text]) => eb.get(seq) === text),
      'equal text differs between the sides',
    );
  }
}

/** Change numbers 0 … n − 1, each first met in reading order (row, then operation). */
export function checkChanges(rows: readonly Row[]) {
  // Keyed by number in a Map: a number from the file never sizes an array.
  const first = new Map<number, { row: number; seq: number }>();
  rows.forEach((row, r) => {
    for (const cell of [row.a, row.b]) {
      for (const s of cell?.spans ?? []) {
        if (s.change === null) continue;
        const seen = first.get(s.change);
        if (!seen || r < seen.row || (r === seen.row && s.seq < seen.seq))
          first.set(s.change, { row: r, seq: s.seq });
      }
    }
  });
  let previous = { row: -1, seq: -1 };
  for (let k = 0; k < first.size; k++) {
    const here = first.get(k);
    check(here !== undefined, `change ${k + 1} missing`);
    const inOrder =
      previous.row < here.row || (previous.row === here.row && previous.seq <= here.seq);
    check(inOrder, `change ${k + 1} out of order`);
    previous = here;
  }
}

/**
 * The exact LCS length of two texts, run once for them in either order: a pair's two plans
 * (1-2 and 2-1) share one number, and on a phone each run is a few milliseconds of the start.
 */
export function exactLcs(a: readonly string[], b: readonly string[]): number {
  const known = exact.get(a)?.get(b) ?? exact.get(b)?.get(a);
  if (known !== undefined) return known;
  const length = lcsLength(Array.from(a.join('')), Array.from(b.join('')));
  let row = exact.get(a);
  if (!row) exact.set(a, (row = new WeakMap()));
  row.set(b, length);
  return length;
}
const exact = new WeakMap<readonly string[], WeakMap<readonly string[], number>>();
