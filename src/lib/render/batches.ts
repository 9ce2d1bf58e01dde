/**
 * Drawing a long comparison in pieces: its rows cut into batches of about the same cost, so that
 * the first batch paints at once and each later one is a task of its own, well under the 100 ms
 * a page may block (issue 11). A comparison of the collection's size is one batch: drawn whole,
 * as before, and its prerendered markup is the same.
 */
import type { Row } from '../diff/model.ts';

/**
 * What one batch may cost, in the units of `rowWeight`. Measured in Chromium on a busy 2-core
 * machine: 12,000 units (about 8,000 characters in a few hundred elements) draw and lay out in
 * 30 to 60 ms. The longest speech of the collection weighs about 9,000: every pair is one batch.
 */
export const BATCH_WEIGHT = 12_000;

/** An element costs as much to make as this many characters of text. */
const SPAN_COST = 8;

/** The cost of drawing a row: its characters and its elements, both sides. */
export function rowWeight(row: Row): number {
  let weight = 0;
  for (const cell of [row.a, row.b]) {
    if (!cell) continue;
    weight += 2 * SPAN_COST;
    for (const s of cell.spans) weight += s.text.length + (s.kind === 'equal' ? 0 : SPAN_COST);
  }
  return weight;
}

/**
 * Where each batch ends (exclusive row indices, ascending, the last one `rows.length`). Rows of
 * `max` or less in all are one batch; longer ones are cut into small batches (a sixth of that),
 * of which a page draws as many a task as its speed allows (`nextStep`): the first task, which
 * also takes the comparison from the worker, draws one. A batch holds at least one row, however
 * heavy. No rows: one empty batch.
 */
export function batchEnds(rows: readonly Row[], max = BATCH_WEIGHT): number[] {
  const weights = rows.map(rowWeight);
  if (weights.reduce((sum, w) => sum + w, 0) <= max) return [rows.length];
  const half = max / 6;
  const ends: number[] = [];
  let weight = 0;
  weights.forEach((w, i) => {
    if (weight > 0 && weight + w > half) {
      ends.push(i);
      weight = 0;
    }
    weight += w;
  });
  ends.push(rows.length);
  return ends;
}

/**
 * Where a drawing may pause: at the end of each batch, and, in a comparison of one batch, after
 * each row (it is one grid, which grows as its rows come: `chunksOf` keeps it one).
 */
export function drawSteps(rows: readonly Row[], ends: readonly number[]): number[] {
  return ends.length > 1 ? [...ends] : rows.map((_, i) => i + 1);
}

/**
 * What a comparison of one batch, drawn in place of another, draws at once: its rows through
 * this weight (a long comparison's small batch, about 2,000 characters: a desktop's screen of
 * the split view); the rest come a task at a time. Drawn whole, another pair cost the change and
 * its frame 24 to 28 ms on a desktop (issue 26).
 */
export const FIRST_WEIGHT = BATCH_WEIGHT / 6;

/** The rows drawn at once (`FIRST_WEIGHT`): one at least, all if there are few. */
export function firstRows(rows: readonly Row[], max = FIRST_WEIGHT): number {
  let weight = 0;
  for (let i = 0; i < rows.length; i++) {
    weight += rowWeight(rows[i]!);
    if (weight >= max) return i + 1;
  }
  return rows.length;
}

/**
 * How many rows to draw so that row `row` is drawn: the end of the batch holding it. With `row`
 * the rows drawn so far, the end of the next batch.
 */
export function drawnThrough(ends: readonly number[], row: number): number {
  return ends.find((end) => end > row) ?? ends.at(-1) ?? 0;
}

/**
 * A task drawing batches aims at this many milliseconds of script, leaving room for layout and
 * for the garbage collector, which at 200,000 characters a side added 15 to 35 ms to a task
 * now and then (at 25 ms such tasks took 60 to 80 ms, at 15 ms up to 100).
 */
const TASK_MS = 10;
/** At most this many batches a task, whatever the speed. */
const MAX_STEP = 12;

/**
 * How many batches to draw in the next task, from how long the last task took to draw `step`
 * batches: as many as fit in TASK_MS at that speed, one at least. Only the pace depends on the
 * machine; what is drawn never does.
 */
export function nextStep(step: number, ms: number): number {
  const fit = Math.floor((step * TASK_MS) / Math.max(ms, 1));
  return Math.min(MAX_STEP, Math.max(1, fit));
}

/** The rows drawn after `step` more batches than `drawn`. */
export function drawnAfter(ends: readonly number[], drawn: number, step: number): number {
  const next = ends.findIndex((end) => end > drawn);
  if (next === -1) return ends.at(-1) ?? 0;
  return ends[Math.min(ends.length - 1, next + step - 1)]!;
}

/** The last row a change shows in (a moved paragraph's touch-ups show in two rows). */
export function lastRowOf(rows: readonly Row[], change: number, from: number): number {
  let last = from;
  const holds = (row: Row) =>
    [row.a, row.b].some((cell) => cell?.spans.some((s) => s.change === change));
  for (let i = from; i < rows.length; i++) if (holds(rows[i]!)) last = i;
  return last;
}

/** A run of rows that folds (render/changes.ts `Fold`), as far as blocks need it. */
interface FoldRange {
  from: number;
  to: number;
}

/**
 * What a view draws: one item, or a fold with the items of its run drawn so far; `start` is the
 * index of its (first) item.
 */
export type Block<T, F extends FoldRange> = { start: number } & (
  { item: T; fold: null } | { fold: F; items: T[] }
);

/**
 * The blocks of the first `end` items: one per item, and one per fold. Blocks equal to those of
 * the last call (`made`, by first item; updated in place) are those same objects, so that a view
 * drawing one more batch leaves the blocks drawn before it untouched.
 */
export function blocksOf<T, F extends FoldRange>(
  items: readonly T[],
  folds: readonly F[],
  end: number,
  made: Map<number, Block<T, F>>,
): Block<T, F>[] {
  const out: Block<T, F>[] = [];
  const at = new Map(folds.map((f) => [f.from, f]));
  const stop = Math.min(items.length, end);
  const kept = new Map<number, Block<T, F>>();
  for (let i = 0; i < stop; i++) {
    const start = i;
    const [fold, last] = [at.get(i), made.get(i)];
    let block: Block<T, F>;
    if (fold) {
      const to = Math.min(fold.to, stop);
      block =
        last &&
        'items' in last &&
        last.fold === fold &&
        last.items.length === to - i &&
        last.items[0] === items[i]
          ? last
          : { start, fold, items: items.slice(i, to) };
      i = fold.to - 1;
    } else {
      const item = items[i]!;
      block = last && 'item' in last && last.item === item ? last : { start, item, fold: null };
    }
    kept.set(start, block);
    out.push(block);
  }
  made.clear();
  for (const [k, v] of kept) made.set(k, v);
  return out;
}

/**
 * The blocks grouped by the batch their first item is in: one group per batch drawn (a fold
 * that goes on into later batches stays in the group where it starts). No blocks: one group.
 */
export function chunksOf<B extends { start: number }>(
  blocks: readonly B[],
  ends: readonly number[],
): B[][] {
  const chunks: B[][] = [[]];
  let batch = 0;
  for (const block of blocks) {
    if (block.start >= (ends[batch] ?? Infinity)) {
      while (block.start >= (ends[batch] ?? Infinity)) batch++;
      chunks.push([]);
    }
    chunks.at(-1)!.push(block);
  }
  return chunks;
}
