/**
 * 查重's one pass over the checked text (measure.ts says what is counted).
 *
 * How. For each position of the text, a binary search of the collection's suffix array finds the
 * longest match, up to the end of the position's paragraph (the index ends each paragraph of a
 * source with a separator that matches nothing); the suffixes sharing K characters with it are its neighbours in the array, read
 * off the LCP array. The index does not depend on K, so a new K recomputes without rebuilding.
 */
import { STOCK_GROUPS } from '../reuse/passages.ts';
import { SEPARATOR } from '../reuse/windows.ts';
import type { CheckIndex } from './collection.ts';
import type { Normalized } from './normalize.ts';
import type { Pieces } from './runs.ts';

interface Found {
  copied: Uint8Array;
  stock: Uint8Array;
  /** Per group of the index. */
  covered: Int32Array;
  runs: Int32Array;
  longest: Int32Array;
  pieces: Pieces;
}

/** One pass over the text: each window of K found in the collection, and each stock window. */
export function scan(index: CheckIndex, text: Normalized, k: number, members: number[][]): Found {
  const { sa, lcp, starts } = index.reuse;
  const { groupOfRank } = index;
  const { classOf, classStart } = index.reuse.windows;
  const m = index.reuse.minLength;
  const codes = text.codes.map((c) => c + 1);
  const n = codes.length;
  const groups = members.length;
  const found: Found = {
    copied: new Uint8Array(n),
    stock: new Uint8Array(n),
    covered: new Int32Array(groups),
    runs: new Int32Array(groups),
    longest: new Int32Array(groups),
    pieces: { group: [], from: [], to: [], shift: [] },
  };
  const end = new Int32Array(groups).fill(-1);
  const runStart = new Int32Array(groups);
  const seen = new Int32Array(groups).fill(-1);
  const first = new Int32Array(groups);
  const touched: number[] = [];
  const current = new Int32Array(groups).fill(-1);
  let copiedEnd = 0;
  const cap = Math.max(k, m);
  const shortest = Math.min(k, m);
  // The paragraph of position i: it starts at paragraphStart and ends at paragraphEnd.
  let p = 0;
  let paragraphStart = 0;
  let paragraphEnd = text.starts[1] ?? 0;
  for (let i = 0; i < n; i++) {
    while (i >= paragraphEnd) {
      p++;
      paragraphStart = paragraphEnd;
      paragraphEnd = text.starts[p + 1]!;
    }
    if (paragraphEnd - i < shortest) continue;
    const length = longestMatch(index.reuse.text, sa, codes, i, Math.min(cap, paragraphEnd - i));
    const rank = match.rank;
    if (length >= m) {
      const c = classOf[sa[rank]!]!;
      if (c >= 0 && classStart[c + 1]! - classStart[c]! >= STOCK_GROUPS)
        found.stock.fill(1, i, i + m);
    }
    if (length < k) continue;
    // The suffixes starting with this window: the neighbours sharing K or more with the match.
    let lo = rank;
    let hi = rank;
    while (lo > 0 && lcp[lo]! >= k) lo--;
    while (hi + 1 < sa.length && lcp[hi + 1]! >= k) hi++;
    // By rank, so memory is read in order; only sa[r] and the group of rank r are needed.
    for (let r = lo; r <= hi; r++) {
      const position = sa[r]!;
      const g = groupOfRank[r]!;
      if (seen[g] !== i) {
        seen[g] = i;
        first[g] = position;
        touched.push(g);
      } else if (position < first[g]!) first[g] = position;
    }
    let copiedFrom = -1;
    for (const g of touched) {
      if (members[g]!.length === 0) continue;
      const from = Math.max(i, end[g]!);
      const to = i + k;
      // A run of this source goes on while its windows overlap, within the paragraph.
      const goesOn = i <= end[g]! && end[g]! > paragraphStart;
      if (!goesOn) {
        if (end[g]! >= 0) found.longest[g] = Math.max(found.longest[g]!, end[g]! - runStart[g]!);
        found.runs[g]!++;
        runStart[g] = i;
      }
      found.covered[g]! += to - from;
      copiedFrom = copiedFrom < 0 ? from : Math.min(copiedFrom, from);
      // Where these characters are in the source: the window's first occurrence there.
      const shift = first[g]! - starts[g]![0]! - i;
      const piece = current[g]!;
      const { pieces } = found;
      if (goesOn && piece >= 0 && pieces.to[piece] === from && pieces.shift[piece] === shift)
        pieces.to[piece] = to;
      else {
        current[g] = pieces.group.length;
        pieces.group.push(g);
        pieces.from.push(from);
        pieces.to.push(to);
        pieces.shift.push(shift);
      }
      end[g] = to;
    }
    if (copiedFrom >= 0) {
      found.copied.fill(1, Math.max(copiedFrom, copiedEnd), i + k);
      copiedEnd = i + k;
    }
    touched.length = 0;
  }
  found.runs.forEach((runs, g) => {
    if (runs > 0) found.longest[g] = Math.max(found.longest[g]!, end[g]! - runStart[g]!);
  });
  return found;
}

/** longestMatch's answer, kept in one object: it runs once per character of the text. */
const match = { rank: 0, length: 0 };

/**
 * The rank of a suffix of the collection sharing the longest prefix with codes[i…] (at most cap
 * symbols), and that length. A binary search that skips the symbols both bounds already share.
 */
function longestMatch(
  text: Int32Array,
  sa: Int32Array,
  codes: Int32Array,
  i: number,
  cap: number,
): number {
  const rem = Math.min(cap, codes.length - i);
  const n = sa.length;
  let lo = -1;
  let hi = n;
  let lcpLo = 0;
  let lcpHi = 0;
  while (hi - lo > 1) {
    const mid = (lo + hi) >>> 1;
    const position = sa[mid]!;
    let l = lcpLo < lcpHi ? lcpLo : lcpHi;
    while (l < rem && position + l < n && text[position + l] === codes[i + l]) l++;
    if (l === rem || (position + l < n && text[position + l]! > codes[i + l]!)) {
      hi = mid;
      lcpHi = l;
    } else {
      lo = mid;
      lcpLo = l;
    }
  }
  if (hi < n && (lo < 0 || lcpHi >= lcpLo)) {
    match.rank = hi;
    match.length = lcpHi;
  } else {
    match.rank = lo;
    match.length = lo < 0 ? 0 : lcpLo;
  }
  return match.length;
}

/** Whether group g's text is the checked text itself, whitespace and paragraph breaks aside. */
export function identical(index: CheckIndex, g: number, codes: Int32Array): boolean {
  if (index.length(g) !== codes.length) return false;
  const s = index.reuse.starts[g]!;
  const { text } = index.reuse;
  let i = 0;
  for (let position = s[0]!; position < s.at(-1)!; position++)
    if (text[position] !== SEPARATOR && text[position] !== codes[i++]! + 1) return false;
  return true;
}
