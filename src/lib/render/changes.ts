/**
 * What a comparison's changes amount to, and where two mostly different texts have nothing in
 * common: read off the rows of the model, for the counts and the folds of the comparison view.
 */
import type { Row } from '../diff/model.ts';
import { codePoints } from '../code-points.ts';
import { MIN_PASSAGE } from '../thresholds.ts';

/**
 * A change of more code points than this, on either side, rewrites a passage (a clause or more);
 * one of this many or fewer is a small edit (a word, a name, a comma). Chinese clauses run 8 to
 * 20 characters: ten is half a clause.
 */
const SMALL_EDIT = 10;

/**
 * Equal text at least this long is shared text (the shortest passage counted as reuse); shorter
 * equal runs between two rewritten texts are the common characters any two Chinese texts share.
 */
const SHARED_RUN = MIN_PASSAGE;

/** Rows with no shared text fold away when they hold at least this many code points. */
const FOLD_MIN = 300;

/** How many changes rewrite a passage and how many are small edits (see SMALL_EDIT). */
export function changeSizes(rows: readonly Row[]): { rewritten: number; small: number } {
  // Changes are numbered from 0: arrays indexed by them, not maps (thousands in a long text).
  let count = 0;
  for (const row of rows)
    for (const side of ['a', 'b'] as const)
      for (const s of row[side]?.spans ?? [])
        if (s.change !== null) count = Math.max(count, s.change + 1);
  const sizes = { a: new Float64Array(count), b: new Float64Array(count) };
  const changed = new Uint8Array(count);
  for (const row of rows) {
    for (const side of ['a', 'b'] as const) {
      for (const s of row[side]?.spans ?? []) {
        if (s.kind === 'equal' || s.change === null) continue;
        sizes[side][s.change]! += codePoints(s.text);
        changed[s.change] = 1;
      }
    }
  }
  let [rewritten, small] = [0, 0];
  for (let c = 0; c < count; c++) {
    if (!changed[c]) continue;
    if (Math.max(sizes.a[c]!, sizes.b[c]!) > SMALL_EDIT) rewritten++;
    else small++;
  }
  return { rewritten, small };
}

/** A run of rows [from, to) with no shared text, and how much of each side it holds. */
export interface Fold {
  from: number;
  to: number;
  /** 0-based paragraph indices on each side, first and last; null when that side has none. */
  a: [number, number] | null;
  b: [number, number] | null;
  /** Code points on each side. */
  charsA: number;
  charsB: number;
}

/** Whether a row holds text both sides share (an equal run of SHARED_RUN or more). */
export function sharesText(row: Row): boolean {
  for (const cell of [row.a, row.b]) {
    if (cell?.moved) return true;
    for (const s of cell?.spans ?? [])
      if (s.kind === 'equal' && s.text.length >= SHARED_RUN && codePoints(s.text) >= SHARED_RUN)
        return true;
  }
  return false;
}

/**
 * The runs of rows with no shared text that hold FOLD_MIN code points or more: what a reader of
 * two mostly different texts can skip, folded to one line each. The first and last row of such a
 * run stay open, as context (a text that shares nothing still starts on screen), and rows that
 * share text stay open.
 */
export function foldsOf(rows: readonly Row[], min = FOLD_MIN): Fold[] {
  const folds: Fold[] = [];
  let start = -1;
  const close = (stop: number) => {
    if (start < 0) return;
    const [from, end] = [start + 1, stop - 1];
    start = -1;
    if (end - from < 2) return;
    const run = rows.slice(from, end);
    const range = (side: 'a' | 'b'): [number, number] | null => {
      let [first, last] = [Infinity, -Infinity];
      for (const r of run) {
        const index = r[side]?.index;
        if (index === undefined) continue;
        [first, last] = [Math.min(first, index), Math.max(last, index)];
      }
      return first <= last ? [first, last] : null;
    };
    const chars = (side: 'a' | 'b') => {
      let n = 0;
      for (const r of run) for (const s of r[side]?.spans ?? []) n += codePoints(s.text);
      return n;
    };
    const fold = {
      from,
      to: end,
      a: range('a'),
      b: range('b'),
      charsA: chars('a'),
      charsB: chars('b'),
    };
    if (fold.charsA + fold.charsB >= min) folds.push(fold);
  };
  rows.forEach((row, i) => {
    if (sharesText(row)) close(i);
    else if (start < 0) start = i;
  });
  close(rows.length);
  return folds;
}

/** The fold holding a change, to open before going to it; undefined when it is not folded. */
export function foldOf(
  folds: readonly Fold[],
  rows: readonly Row[],
  change: number,
): Fold | undefined {
  return folds.find((f) =>
    rows
      .slice(f.from, f.to)
      .some((r) => [r.a, r.b].some((c) => c?.spans.some((s) => s.change === change))),
  );
}
