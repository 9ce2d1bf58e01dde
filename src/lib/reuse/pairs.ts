/**
 * Reused shares of every pair at once, from the shared windows: for each group, how many of its
 * code points lie in a window it shares with each other group. One pass over each group's text,
 * touching each window's groups once, and only pairs that share something are stored.
 */
import type { WindowClasses } from './windows.ts';

/** What the pair table reads of a reuse index (passages.ts), named here so neither imports the other. */
export interface WindowedGroups {
  readonly groups: readonly unknown[];
  readonly minLength: number;
  readonly starts: readonly (readonly number[])[];
  readonly windows: WindowClasses;
}

export interface PairTable {
  /** Code points of group g covered by windows group h also has; 0 when they share none. */
  covered(g: number, h: number): number;
}

export function pairCoverage(index: WindowedGroups): PairTable {
  const { classOf, classStart, classGroups } = index.windows;
  const { starts, minLength: m } = index;
  const count = index.groups.length;
  // Per other group: code points covered so far, and where its last window ended. Positions only
  // grow from group to group, so an end left from an earlier group never overlaps this one.
  const covered = new Int32Array(count);
  const lastEnd = new Int32Array(count);
  const touched: number[] = [];
  const rows: { others: Int32Array; covered: Int32Array }[] = [];
  for (let g = 0; g < count; g++) {
    const s = starts[g]!;
    for (let p = s[0]!, to = s.at(-1)!; p < to; p++) {
      const c = classOf[p]!;
      if (c < 0) continue;
      const end = p + m;
      for (let k = classStart[c]!, last = classStart[c + 1]!; k < last; k++) {
        const h = classGroups[k]!;
        if (h === g) continue;
        if (covered[h] === 0) touched.push(h);
        covered[h]! += end - Math.max(p, lastEnd[h]!);
        lastEnd[h] = end;
      }
    }
    touched.sort((x, y) => x - y);
    rows.push({
      others: Int32Array.from(touched),
      covered: Int32Array.from(touched, (h) => covered[h]!),
    });
    for (const h of touched) covered[h] = 0;
    touched.length = 0;
  }
  return {
    covered(g, h) {
      const row = rows[g];
      if (!row) return 0;
      let [lo, hi] = [0, row.others.length - 1];
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const x = row.others[mid]!;
        if (x === h) return row.covered[mid]!;
        if (x < h) lo = mid + 1;
        else hi = mid - 1;
      }
      return 0;
    },
  };
}
