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
  set: Set<string>;
}

export function gramsOf(text: string): Grams {
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

export interface Scored {
  i: number;
  j: number;
  similarity: number;
}

/**
 * Pairs of x[i] and y[j] at least `threshold` similar: every pair when there are few, else those
 * among each paragraph's best candidates by shared uncommon 4-grams (exact text matches always).
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
    for (const j of sameText.get(gx.text) ?? []) chosen.add(j);
    for (const j of touched) counts[j] = 0;
    for (const j of chosen) {
      const similarity = diceOfGrams(gx, y[j]!);
      if (similarity >= threshold) out.push({ i, j, similarity });
    }
  });
  return out;
}
