/**
 * The index text and its shared windows, the two steps of building a ReuseIndex that need no
 * more than arrays: kept apart so that passages.ts reads as what the index offers.
 */

/** Ends every paragraph in the index text; code points are stored plus one, so none equals it. */
export const SEPARATOR = 0;

/**
 * Texts (one per group, as paragraphs) in one array of code points plus one, each paragraph
 * followed by SEPARATOR, so that no common run crosses a paragraph break. Per text, where each
 * paragraph starts, and one more entry: where the text ends.
 */
export function encode(texts: readonly (readonly string[])[]): {
  text: Int32Array;
  starts: number[][];
} {
  const size = texts.reduce((n, ps) => ps.reduce((m, p) => m + p.length + 1, n), 0);
  const text = new Int32Array(size);
  const starts: number[][] = [];
  let at = 0;
  for (const paragraphs of texts) {
    const own: number[] = [];
    for (const p of paragraphs) {
      own.push(at);
      // Code points, not UTF-16 units: an astral character is one symbol, never split.
      for (let i = 0; i < p.length;) {
        const c = p.codePointAt(i)!;
        text[at++] = c + 1;
        i += c > 0xffff ? 2 : 1;
      }
      text[at++] = SEPARATOR;
    }
    starts.push([...own, at]);
  }
  return { text: text.subarray(0, at), starts };
}

export interface WindowClasses {
  /** Per position, the class of the window of m symbols starting there, or −1. */
  classOf: Int32Array;
  /** The groups of class c, ascending: classGroups[classStart[c] … classStart[c + 1]). */
  classStart: Int32Array;
  classGroups: Int32Array;
}

/**
 * Equal windows of m symbols are neighbours in the suffix array, in a run where the LCP stays at
 * m or more. A run found in two or more groups is a class of shared windows; the others (a
 * window found once, or repeated within one group only) are no reuse and get −1.
 */
export function windowClasses(
  sa: Int32Array,
  lcp: Int32Array,
  groupAt: Int32Array,
  groupCount: number,
  m: number,
): WindowClasses {
  const n = sa.length;
  const classOf = new Int32Array(n).fill(-1);
  const start = [0];
  // Each suffix adds its group at most once: n bounds the members, so one typed array holds them.
  const members = new Int32Array(n);
  let size = 0;
  const seen = new Int32Array(groupCount).fill(-1);
  for (let l = 0, r = 1; l < n; l = r, r = l + 1) {
    while (r < n && lcp[r]! >= m) r++;
    if (r - l === 1) continue;
    const from = size;
    for (let k = l; k < r; k++) {
      const g = groupAt[sa[k]!]!;
      if (seen[g] !== l) members[size++] = g;
      seen[g] = l;
    }
    if (size - from < 2) {
      size = from;
      continue;
    }
    members.subarray(from, size).sort();
    for (let k = l; k < r; k++) classOf[sa[k]!] = start.length - 1;
    start.push(size);
  }
  return {
    classOf,
    classStart: Int32Array.from(start),
    classGroups: members.slice(0, size),
  };
}
