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
 * A row's height is taken as its longer side's length plus this margin: what the split view
 * shows side by side, and near enough for the unified view.
 */
const MARGIN = 40;

/**
 * A strip is a few hundred pixels tall, its ticks 4 px: past this many ticks, those of one kind
 * on the same 200th of it (4 px of a tall screen, a tick's height) are one tick, the first
 * change there. Below it, as for every pair of the collection, each change has its own.
 * Thousands of ticks took longer than a frame to draw and showed no more; 400 a kind overlapped
 * by half and took 30 ms to draw (issue 11).
 */
const MAX_TICKS = 1000;
const RESOLUTION = 200;

export function stripTicks(comparison: Pick<Comparison, 'rows' | 'changes'>): Tick[] {
  const { rows, changes } = comparison;
  const tops: number[] = [];
  let total = 0;
  /** Per side, where each change's first span starts: its row and its offset there (UTF-16). */
  const firstAt = { a: new Map<number, number>(), b: new Map<number, number>() };
  for (const r of rows) {
    tops.push(total);
    let longest = 0;
    for (const side of ['a', 'b'] as const) {
      let at = 0;
      for (const s of r[side]?.spans ?? []) {
        if (s.change !== null && !firstAt[side].has(s.change))
          firstAt[side].set(s.change, total + at);
        at += s.text.length;
      }
      longest = Math.max(longest, at);
    }
    // A row's height is taken as its longer side's length, plus a paragraph's margin.
    total += longest + MARGIN;
  }
  const ticks: Tick[] = [];
  changes.forEach((c, k) => {
    for (const [side, kind, size] of [
      ['a', 'del', c.toA - c.fromA],
      ['b', 'ins', c.toB - c.fromB],
    ] as const) {
      if (size === 0) continue;
      // A moved paragraph's touch-up on this side may be in a later row than the change's first.
      const at = firstAt[side].get(k) ?? tops[c.row] ?? 0;
      ticks.push({ change: k, at: total === 0 ? 0 : at / total, kind });
    }
  });
  if (ticks.length <= MAX_TICKS) return ticks;
  const seen = new Set<string>();
  return ticks.filter((t) => {
    const key = `${t.kind}${Math.floor(t.at * RESOLUTION)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
