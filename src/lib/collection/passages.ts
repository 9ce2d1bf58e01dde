/**
 * A kept collection's shared passages (issue 24 item 5), from its index (index/index.ts): each
 * maximal run that two texts share is a passage, shown whole, with every text found sharing
 * exactly that run with another. A run that one pair shares whole while another pair shares only
 * part of it gives two passages, the whole and the part (nesting stays; the whole is never cut).
 * Listed by how much text they account for (length × texts), at most `limit` of them, the count
 * of all said beside.
 */
import type { CollectionIndex } from '../index/index.ts';
import type { Layout } from '../index/layout.ts';

export interface SharedPassage {
  /** The passage as the index compares it (normalized: NFC, no whitespace). */
  text: string;
  /** In code points. */
  length: number;
  /** The texts it is found in, by place in the collection, ascending. */
  texts: number[];
}

/** Where offset `offset` of text t's normalized characters lies in the layout's codes. */
function positionOf(layout: Layout, t: number, offset: number): number {
  // The first paragraph of t whose end lies after the offset: the separators before it count.
  const first = layout.firstEnd[t]!;
  let [lo, hi] = [first, layout.firstEnd[t + 1]! - 1];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (layout.ends[mid]! - layout.base[t]! - (mid - first) <= offset) lo = mid + 1;
    else hi = mid;
  }
  return layout.base[t]! + offset + (lo - first);
}

export function sharedPassages(
  index: CollectionIndex,
  limit: number,
): { passages: SharedPassage[]; count: number } {
  const { pairs, runs, layout } = index;
  const found = new Map<string, Set<number>>();
  for (let i = 0; i < pairs.a.length; i++) {
    const [a, b] = [pairs.a[i]!, pairs.b[i]!];
    for (let r = pairs.first[i]!; r < pairs.first[i]! + pairs.count[i]!; r++) {
      const from = positionOf(layout, a, runs.fromA[r]!);
      let text = '';
      for (let p = from; p < from + runs.length[r]!; p += 4096)
        text += String.fromCodePoint(
          ...layout.codes.subarray(p, Math.min(p + 4096, from + runs.length[r]!)),
        );
      let texts = found.get(text);
      if (!texts) found.set(text, (texts = new Set()));
      texts.add(a).add(b);
    }
  }
  const all: SharedPassage[] = [];
  for (const [text, texts] of found)
    all.push({ text, length: Array.from(text).length, texts: [...texts].sort((x, y) => x - y) });
  const weight = (p: SharedPassage) => p.length * p.texts.length;
  all.sort((p, q) => weight(q) - weight(p) || q.length - p.length || (p.text < q.text ? -1 : 1));
  return { passages: all.slice(0, limit), count: all.length };
}
