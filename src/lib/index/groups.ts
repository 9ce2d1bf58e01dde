/**
 * Identical and near-identical texts, grouped as the overview names them (（三）＝（六）).
 *
 * Identical: the same normalized code points in the same paragraphs (check/normalize.ts: NFC,
 * whitespace dropped), as groupIdentical in reuse/passages.ts means it, less whitespace. Texts
 * with no characters are left out: a folder of empty files is not a group of copies.
 *
 * Near: the pair's runs of K or more cover at least NEAR_DUPLICATE of both texts together,
 * (coveredA + coveredB) / (|A| + |B|). This is the overview's 2·LCS / (|A| + |B|) with the common
 * subsequence replaced by what the index knows, runs of K or more: it counts moved passages too,
 * and not matches shorter than K. Groups are the connected parts of "identical or near", so a
 * chain of near copies is one group.
 */
import { NEAR_DUPLICATE } from '../thresholds.ts';
import type { PairColumns } from './find.ts';
import type { Layout } from './layout.ts';

/** Groups of texts with the same normalized text, each in order, groups by their first text. */
export function identicalGroups(layout: Layout): number[][] {
  const { codes, base } = layout;
  const count = base.length - 1;
  const byKey = new Map<number, number[][]>();
  const same = (x: number, y: number) => {
    const n = base[x + 1]! - base[x]!;
    if (n !== base[y + 1]! - base[y]!) return false;
    for (let i = 0; i < n; i++) {
      const [p, q] = [codes[base[x]! + i]!, codes[base[y]! + i]!];
      // Separators differ everywhere; two in the same place are the same paragraph break.
      if (p !== q && (p >= 0 || q >= 0)) return false;
    }
    return true;
  };
  for (let t = 0; t < count; t++) {
    if (layout.lengths[t] === 0) continue;
    // FNV-1a over the text, a separator counted as −1.
    let key = 0x811c9dc5;
    for (let i = base[t]!; i < base[t + 1]!; i++)
      key = Math.imul(key ^ Math.max(codes[i]!, -1), 0x01000193);
    const groups = byKey.get(key) ?? [];
    const group = groups.find((g) => same(g[0]!, t));
    if (group) group.push(t);
    else groups.push([t]);
    byKey.set(key, groups);
  }
  return [...byKey.values()]
    .flat()
    .filter((g) => g.length > 1)
    .sort((x, y) => x[0]! - y[0]!);
}

/** A pair's share of both texts covered by its runs: the index's similarity. */
function covered(pairs: PairColumns, lengths: Int32Array, p: number): number {
  const total = lengths[pairs.a[p]!]! + lengths[pairs.b[p]!]!;
  return total === 0 ? 0 : (pairs.coveredA[p]! + pairs.coveredB[p]!) / total;
}

/** Texts joined by identity or near identity, each group in order, groups by their first text. */
export function nearGroups(
  identical: readonly number[][],
  pairs: PairColumns,
  lengths: Int32Array,
): number[][] {
  const parent = Array.from(lengths, (_, i) => i);
  const root = (x: number): number => {
    while (parent[x] !== x) x = parent[x] = parent[parent[x]!]!;
    return x;
  };
  const join = (x: number, y: number) => {
    const [rx, ry] = [root(x), root(y)];
    parent[Math.max(rx, ry)] = Math.min(rx, ry);
  };
  for (const g of identical) for (const t of g) join(g[0]!, t);
  for (let p = 0; p < pairs.a.length; p++)
    if (covered(pairs, lengths, p) >= NEAR_DUPLICATE) join(pairs.a[p]!, pairs.b[p]!);
  const groups = new Map<number, number[]>();
  for (let t = 0; t < parent.length; t++) {
    const group = groups.get(root(t));
    if (group) group.push(t);
    else groups.set(root(t), [t]);
  }
  return [...groups.values()].filter((g) => g.length > 1);
}
