/**
 * What the comparison view reads off all its rows before it draws the first: the folds, the
 * sizes of the changes, and where its batches end. For own texts the worker works these out with
 * the comparison (compare.worker.ts), so that the page's task that takes the answer only draws:
 * at 200,000 characters a side, reading them off the rows there, the first time this code runs,
 * was a fifth of that task (issue 11).
 */
import type { Row } from '../diff/model.ts';
import { batchEnds } from './batches.ts';
import { changeSizes, foldsOf, type Fold } from './changes.ts';
import { rowsWithInvisible } from './invisible.ts';
import { muteStock } from './stock.ts';

export interface RowsSummary {
  folds: Fold[];
  sizes: { rewritten: number; small: number };
  ends: number[];
}

/** The summary of the rows as the view shows them (render/invisible.ts, render/stock.ts). */
export const summarize = (rows: readonly Row[]): RowsSummary => ({
  folds: foldsOf(rows),
  sizes: changeSizes(rows),
  ends: batchEnds(rows),
});

/** Code point ranges of stock phrases, per paragraph of each side. */
interface StockOfPair {
  a: readonly (readonly [number, number])[][];
  b: readonly (readonly [number, number])[][];
}

/**
 * The rows as the view shows them (stock phrases muted, each invisible character a span of its
 * own) and their summary. The own-text worker works both out with the comparison and sends its
 * rows so (lib/worker/own-work.ts): with `given`, its summary, and nothing muted, they are taken
 * as they come, not worked out again on the page.
 */
export function shownRows(
  rows: Row[],
  stock: StockOfPair | null,
  given: RowsSummary | null,
): { rows: Row[]; summary: RowsSummary } {
  if (given && !stock) return { rows, summary: given };
  const muted = stock
    ? muteStock(
        rows,
        (p) => stock.a[p] ?? [],
        (p) => stock.b[p] ?? [],
      )
    : rows;
  const shown = rowsWithInvisible(muted);
  return { rows: shown, summary: summarize(shown) };
}
