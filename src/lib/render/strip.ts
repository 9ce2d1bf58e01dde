/**
 * The change strip beside the text: one tick per change and side, placed by where the change is
 * in the comparison (its row, and its place in that row's text), read from the model rather than
 * measured on the page.
 */
import type { Comparison } from '../diff/model.ts';

export interface Tick {
  change: number;
  /** 0 (top) to 1 (bottom). */
  at: number;
  /** A removal ('del', left half) or an addition ('ins', right half). */
  kind: 'del' | 'ins';
}

/**
 * A row's height is taken as its longer side's length, plus a paragraph's margin: what the split
 * view shows side by side, and near enough for the unified view.
 */
const MARGIN = 40;

export function stripTicks(comparison: Comparison): Tick[] {
  const { rows, changes } = comparison;
  const heights = rows.map((r) => {
    const length = (side: 'a' | 'b') => r[side]?.spans.reduce((n, s) => n + s.text.length, 0) ?? 0;
    return Math.max(length('a'), length('b')) + MARGIN;
  });
  const tops: number[] = [];
  let total = 0;
  for (const h of heights) {
    tops.push(total);
    total += h;
  }
  /** Where in its row a span of this change starts, on one side (UTF-16 units). */
  const offsetIn = (row: number, change: number, side: 'a' | 'b'): number | null => {
    let at = 0;
    for (const s of rows[row]?.[side]?.spans ?? []) {
      if (s.change === change) return at;
      at += s.text.length;
    }
    return null;
  };
  const ticks: Tick[] = [];
  changes.forEach((c, k) => {
    for (const [side, kind, size] of [
      ['a', 'del', c.toA - c.fromA],
      ['b', 'ins', c.toB - c.fromB],
    ] as const) {
      if (size === 0) continue;
      // A moved paragraph's touch-up on this side may be in a later row than the change's first.
      let row = c.row;
      while (row < rows.length && offsetIn(row, k, side) === null) row++;
      const offset = offsetIn(row, k, side) ?? 0;
      ticks.push({ change: k, at: total === 0 ? 0 : ((tops[row] ?? 0) + offset) / total, kind });
    }
  });
  return ticks;
}
