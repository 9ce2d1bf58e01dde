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
