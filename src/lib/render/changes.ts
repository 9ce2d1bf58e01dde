/**
 * What a comparison's changes amount to, and where two mostly different texts have nothing in
 * common: read off the rows of the model, for the counts and the folds of the comparison view.
 */
import type { Row } from '../diff/model.ts';
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

const length = (text: string) => {
  let n = 0;
  for (const _ of text) n++;
  return n;
};

/** How many changes rewrite a passage and how many are small edits (see SMALL_EDIT). */
export function changeSizes(rows: readonly Row[]): { rewritten: number; small: number } {
  const removed = new Map<number, number>();
  const added = new Map<number, number>();
  for (const row of rows) {
    for (const [cell, sizes] of [
      [row.a, removed],
      [row.b, added],
    ] as const) {
      for (const s of cell?.spans ?? []) {
        if (s.kind === 'equal' || s.change === null) continue;
        sizes.set(s.change, (sizes.get(s.change) ?? 0) + length(s.text));
      }
    }
  }
  let rewritten = 0;
  const changes = new Set([...removed.keys(), ...added.keys()]);
  for (const c of changes)
    if (Math.max(removed.get(c) ?? 0, added.get(c) ?? 0) > SMALL_EDIT) rewritten++;
  return { rewritten, small: changes.size - rewritten };
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
  return [row.a, row.b].some(
    (cell) =>
      !!cell?.moved ||
      !!cell?.spans.some((s) => s.kind === 'equal' && length(s.text) >= SHARED_RUN),
  );
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
      const indices = run.flatMap((r) => (r[side] ? [r[side].index] : []));
      return indices.length > 0 ? [Math.min(...indices), Math.max(...indices)] : null;
    };
    const chars = (side: 'a' | 'b') =>
      run.reduce((n, r) => n + (r[side]?.spans ?? []).reduce((m, s) => m + length(s.text), 0), 0);
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
