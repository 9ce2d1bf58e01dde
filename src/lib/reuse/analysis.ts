/**
 * What the overview shows, read off a ReuseIndex: the shared passages, longest first. (And, from
 * marks.ts, one speech cut into marked and unmarked segments, for the single-speech view.)
 */
import { STOCK_GROUPS, type Occurrence, type Passage, type ReuseIndex } from './passages.ts';

export { marksFor } from './marks.ts';

/**
 * A shared passage before it is spelt out: an interval [lb, rb] of the suffix array, the suffixes
 * that start with its text. Finding all of them is cheap; listing every occurrence of every one
 * is not, on a large collection (1,000 speeches: 200,000 passages, 11 million occurrences).
 */
export interface PassageRef {
  lb: number;
  rb: number;
  /** Code points. */
  length: number;
  /** Distinct groups (identical speeches counted once) it occurs in. */
  groups: number;
  /** Its first position in the index text, for a stable order in reading order. */
  first: number;
}

interface Node extends PassageRef {
  /** Whether one character more on the left still occurs in all these groups. */
  extends: boolean;
}

/**
 * The shared passages: every text of at least minLength code points found in two or more groups
 * that is maximal, i.e. one character more on either side loses a group. Overlapping and adjacent
 * finds are thus one passage, and a shorter text is listed beside a longer one only when it occurs
 * in more speeches (a stock phrase inside a copied sentence). Longest first, then the most widely
 * shared, then in reading order; each with all its occurrences. `limit` spells out only the first
 * so many, for a collection too large to list in full.
 */
export function sharedPassages(index: ReuseIndex, limit = Infinity): Passage[] {
  return findPassages(index)
    .slice(0, limit)
    .map((ref) => passageOf(index, ref));
}

/**
 * The overview's passages: of a large collection only the `limit` longest are spelt out (a
 * thousand texts share some 200,000), with the count of all.
 */
export function longestPassages(
  index: ReuseIndex,
  limit: number,
): { passages: Passage[]; total: number } {
  const refs = findPassages(index);
  return { passages: refs.slice(0, limit).map((ref) => passageOf(index, ref)), total: refs.length };
}

/** The shared passages (see sharedPassages), in the same order, not yet spelt out. */
export function findPassages(index: ReuseIndex): PassageRef[] {
  const nodes = closedOnTheRight(index);
  markLeftExtensions(index, nodes);
  return nodes
    .filter((node) => !node.extends)
    .map(({ lb, rb, length, groups }) => {
      let first = index.sa[lb]!;
      for (let k = lb + 1; k <= rb; k++) first = Math.min(first, index.sa[k]!);
      return { lb, rb, length, groups, first };
    })
    .sort((x, y) => y.length - x.length || y.groups - x.groups || x.first - y.first);
}

/**
 * The intervals of at least minLength symbols in two or more groups that no longer interval
 * within them covers all of (one character more on the right loses a group). A stack walk over
 * the LCP array visits every interval once (Abouelhoda et al.); distinct groups per interval are
 * counted as in Hui's colour counting: each suffix whose previous one of the same group lies in
 * an interval is a repeat there, recorded at the deepest interval holding both and passed up.
 */
function closedOnTheRight(index: ReuseIndex): Node[] {
  const { sa, lcp, groupAt, minLength } = index;
  const n = sa.length;
  const depth = new Int32Array(n + 1);
  const left = new Int32Array(n + 1);
  const repeats = new Int32Array(n + 1);
  const widestChild = new Int32Array(n + 1);
  const previous = new Int32Array(index.groups.length).fill(-1);
  const found: Node[] = [];
  let top = 0;
  for (let i = 0; i <= n; i++) {
    const h = i < n ? lcp[i]! : 0;
    let lb = i - 1;
    let carryRepeats = 0;
    let carryGroups = 0;
    while (h < depth[top]!) {
      const groups = i - left[top]! - repeats[top]!;
      if (depth[top]! >= minLength && groups >= 2 && widestChild[top]! < groups)
        found.push({
          lb: left[top]!,
          rb: i - 1,
          length: depth[top]!,
          groups,
          first: 0,
          extends: false,
        });
      lb = left[top]!;
      const childRepeats = repeats[top]!;
      top--;
      // The parent is the next interval down, unless the one about to open lies between.
      if (h <= depth[top]!) {
        repeats[top]! += childRepeats;
        widestChild[top] = Math.max(widestChild[top]!, groups);
      } else {
        carryRepeats = childRepeats;
        carryGroups = groups;
      }
    }
    if (h > depth[top]!) {
      top++;
      depth[top] = h;
      left[top] = lb;
      repeats[top] = carryRepeats;
      widestChild[top] = carryGroups;
    }
    if (i === n) break;
    const g = groupAt[sa[i]!]!;
    const p = previous[g]!;
    previous[g] = i;
    if (p < 0) continue;
    // The deepest open interval that starts at or before p holds both p and i.
    let lo = 0;
    let hi = top;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (left[mid]! <= p) lo = mid;
      else hi = mid - 1;
    }
    repeats[lo]!++;
  }
  return found;
}

/**
 * If cS is found in every group S is, then cS is itself a right-closed interval with the same
 * count of groups, and S is the text of its suffix link: S's interval is the one of depth one less
 * that holds the suffix after cS's first occurrence. Such an S is not listed; cS (or a longer
 * one) stands for it.
 */
function markLeftExtensions(index: ReuseIndex, nodes: readonly Node[]): void {
  const byDepth = new Map<number, Node[]>();
  // Found in post-order: intervals of equal depth are disjoint and come in order of position.
  for (const node of nodes) {
    const list = byDepth.get(node.length);
    if (list) list.push(node);
    else byDepth.set(node.length, [node]);
  }
  for (const node of nodes) {
    const shorter = byDepth.get(node.length - 1);
    if (!shorter) continue;
    const r = index.rank[index.sa[node.lb]! + 1]!;
    let [lo, hi] = [0, shorter.length - 1];
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (shorter[mid]!.lb <= r) lo = mid;
      else hi = mid - 1;
    }
    const link = shorter[lo]!;
    if (link.lb <= r && r <= link.rb && link.groups === node.groups) link.extends = true;
  }
}

/** A passage spelt out: its text, its speeches and all its occurrences. */
export function passageOf(index: ReuseIndex, node: PassageRef): Passage {
  const start = index.sa[node.lb]!;
  const codes = index.text.subarray(start, start + node.length);
  const occurrences: Occurrence[] = [];
  for (let k = node.lb; k <= node.rb; k++) {
    const position = index.sa[k]!;
    const { paragraph, offset } = locate(index, position);
    for (const speech of index.groups[index.groupAt[position]!]!)
      occurrences.push({ speech, paragraph, start: offset, end: offset + node.length });
  }
  occurrences.sort(compareOccurrences);
  return {
    text: String.fromCodePoint(...Array.from(codes, (c) => c - 1)),
    length: node.length,
    speeches: [...new Set(occurrences.map((o) => o.speech))],
    occurrences,
    stock: node.groups >= STOCK_GROUPS,
  };
}

/** Paragraph and code point offset of a position in the index text. */
function locate(index: ReuseIndex, position: number): { paragraph: number; offset: number } {
  const starts = index.starts[index.groupAt[position]!]!;
  let [lo, hi] = [0, starts.length - 2];
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= position) lo = mid;
    else hi = mid - 1;
  }
  return { paragraph: lo, offset: position - starts[lo]! };
}

const compareOccurrences = (x: Occurrence, y: Occurrence) =>
  x.speech - y.speech || x.paragraph - y.paragraph || x.start - y.start;
