/**
 * How alike two paragraphs are, by their character 4-grams (Dice), and which paragraphs of one
 * block are alike enough to pair (the paragraph alignment, align.ts, and the moved paragraphs,
 * moved.ts). A large block scores only the pairs that share some uncommon 4-gram, found through
 * an index, instead of every removed paragraph against every added one (500 lines a side took
 * 26 s that way).
 */
const GRAM = 4;

/** A paragraph's text and the set of its character 4-grams (code points). */
export interface Grams {
  text: string;
  set: ReadonlySet<string>;
}

/** The 4-grams of a paragraph too short for one: one set, as a text may have 500,000 such lines. */
const NONE: ReadonlySet<string> = new Set();

export function gramsOf(text: string): Grams {
  if (codePointsBelow(text, GRAM)) return { text, set: NONE };
  // Where each code point starts, so that a 4-gram is one slice of the text.
  const starts: number[] = [];
  let at = 0;
  for (const ch of text) {
    starts.push(at);
    at += ch.length;
  }
  starts.push(text.length);
  const set = new Set<string>();
  for (let i = 0; i + GRAM < starts.length; i++) set.add(text.slice(starts[i], starts[i + GRAM]));
  return { text, set };
}

/** Has the text fewer than n code points? */
function codePointsBelow(text: string, n: number): boolean {
  if (text.length < n) return true;
  let count = 0;
  for (const _ of text) if (++count >= n) return false;
  return true;
}

/** Dice coefficient of two paragraphs' 4-gram sets; texts too short for one 4-gram: 1 if equal. */
export function diceOfGrams(x: Grams, y: Grams): number {
  if (x.set.size === 0 || y.set.size === 0) return x.text === y.text ? 1 : 0;
  const [small, large] = x.set.size <= y.set.size ? [x.set, y.set] : [y.set, x.set];
  let shared = 0;
  for (const g of small) if (large.has(g)) shared++;
  return (2 * shared) / (x.set.size + y.set.size);
}

/** Dice coefficient of the sets of character 4-grams of two texts. */
export const ngramSimilarity = (x: string, y: string): number =>
  diceOfGrams(gramsOf(x), gramsOf(y));

/** Up to this many removed × added paragraphs, every pair is scored (the corpus's blocks). */
export const DENSE_PAIRS = 40_000;
/** A 4-gram in more paragraphs than this says nothing about which two belong together. */
const COMMON_GRAM = 32;
/** The paragraphs sharing most uncommon 4-grams with one paragraph that are scored against it. */
const CANDIDATES = 16;
/**
 * The copies of a paragraph's text that are scored against it: those nearest its place (a text
 * found more often, such as a one-character line, is scored against these only). Scoring every
 * copy made 500,000 one-character lines a side, about 580 copies of each, hundreds of millions of
 * pairs, out of a 4 GB heap.
 */
const COPIES = 8;

export interface Scored {
  i: number;
  j: number;
  similarity: number;
}

/**
 * The `count` places of `sorted` (ascending) nearest `target`, the lower first on a tie; all of
 * them when there are no more.
 */
function nearest(sorted: readonly number[], target: number, count: number): readonly number[] {
  if (sorted.length <= count) return sorted;
  let [low, high] = [0, sorted.length];
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (sorted[mid]! < target) low = mid + 1;
    else high = mid;
  }
  const out: number[] = [];
  let [left, right] = [low - 1, low];
  while (out.length < count) {
    const below = left >= 0 ? target - sorted[left]! : Infinity;
    const above = right < sorted.length ? sorted[right]! - target : Infinity;
    out.push(below <= above ? sorted[left--]! : sorted[right++]!);
  }
  return out;
}

/**
 * Pairs of x[i] and y[j] at least `threshold` similar: every pair when there are few, else those
 * among each paragraph's best candidates by shared uncommon 4-grams and the copies of its text
 * nearest its place (at y's share of the way along, as far as it is along x).
 */
export function similarPairs(
  x: readonly Grams[],
  y: readonly Grams[],
  threshold: number,
  /** Called with each x[i] done, in a large block (for a progress bar). */
  onpair: (i: number) => void = () => {},
): Scored[] {
  const out: Scored[] = [];
  if (x.length * y.length <= DENSE_PAIRS) {
    x.forEach((gx, i) =>
      y.forEach((gy, j) => {
        const similarity = diceOfGrams(gx, gy);
        if (similarity >= threshold) out.push({ i, j, similarity });
      }),
    );
    return out;
  }
  const postings = new Map<string, number[]>();
  const sameText = new Map<string, number[]>();
  y.forEach((gy, j) => {
    for (const g of gy.set) {
      const list = postings.get(g);
      if (!list) postings.set(g, [j]);
      else if (list.length <= COMMON_GRAM) list.push(j);
    }
    const list = sameText.get(gy.text);
    if (list) list.push(j);
    else sameText.set(gy.text, [j]);
  });
  const counts = new Int32Array(y.length);
  x.forEach((gx, i) => {
    onpair(i);
    const touched: number[] = [];
    for (const g of gx.set) {
      const list = postings.get(g);
      if (!list || list.length > COMMON_GRAM) continue;
      for (const j of list) if (counts[j]!++ === 0) touched.push(j);
    }
    touched.sort((p, q) => counts[q]! - counts[p]! || p - q);
    const chosen = new Set(touched.slice(0, CANDIDATES));
    const copies = sameText.get(gx.text) ?? [];
    for (const j of nearest(copies, Math.round((i * y.length) / x.length), COPIES)) chosen.add(j);
    for (const j of touched) counts[j] = 0;
    for (const j of chosen) {
      const similarity = diceOfGrams(gx, y[j]!);
      if (similarity >= threshold) out.push({ i, j, similarity });
    }
  });
  return out;
}
