/**
 * Winnowing (Schleimer, Wilkerson & Aiken, "Winnowing: local algorithms for document
 * fingerprinting", SIGMOD 2003). Every k-gram of code points gets a hash; in each window of w
 * consecutive k-gram hashes the smallest is selected (the rightmost of equal ones).
 *
 * The guarantee: a shared stretch of at least w + k − 1 characters holds w whole k-grams, so a
 * whole window, in both texts. The selection depends only on the window's content, so both texts
 * select the same hash at the same offset inside the stretch: at least one fingerprint in common,
 * at corresponding positions. This holds whatever the hash function is (collisions add candidates,
 * which are verified against the characters; they never remove one). With w + k − 1 = K, every
 * run of K or more characters that two texts share is reached from a common fingerprint.
 *
 * Windows never cross a paragraph: each paragraph is winnowed alone, and the guarantee is stated
 * for stretches inside one paragraph of each text, the only runs the index reports.
 */

/** k: characters per gram; w: grams per window. */
interface Grams {
  k: number;
  w: number;
}

/**
 * k and w for runs of `minRun` characters: w + k − 1 = minRun. k of 8 by default: long enough
 * that a shared 8-gram in Chinese prose is rarely chance (few candidates fail to reach K), short
 * enough that w grows with K and fingerprints thin out (about 2 / (w + 1) of the positions: 29 %
 * at K = 13, 5 % at K = 50; at K ≤ 8 every gram is kept).
 */
export function gramsFor(minRun: number, gram = Math.min(minRun, 8)): Grams {
  if (!Number.isInteger(minRun) || minRun < 1) throw new RangeError(`minRun ${minRun}`);
  if (!Number.isInteger(gram) || gram < 1 || gram > minRun) throw new RangeError(`gram ${gram}`);
  return { k: gram, w: minRun - gram + 1 };
}

/** An odd multiplier for the polynomial rolling hash (mod 2³²); odd keeps it invertible. */
export const BASE = 0x01000193;

/** MurmurHash3's finalizer: the polynomial's low bits mix poorly, and the minimum reads them all. */
export function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * Calls `each` with the end (exclusive) and the rolling hash (the polynomial in BASE, mod 2³², not
 * yet mixed) of every window of `gram` code points within codes[from, to), in order: the one
 * rolling hash of the winnowing index (Winnower) and of the 查重's index of windows (check/grams.ts).
 */
export function rollingWindows(
  codes: Int32Array,
  from: number,
  to: number,
  gram: number,
  each: (end: number, hash: number) => void,
): void {
  // BASE^(gram−1) mod 2³², the weight of the code point leaving the window.
  let out = 1;
  for (let i = 1; i < gram; i++) out = Math.imul(out, BASE);
  let h = 0;
  for (let i = from; i < to; i++) {
    if (i - from >= gram) h = (h - Math.imul(codes[i - gram]!, out)) | 0;
    h = (Math.imul(h, BASE) + codes[i]!) | 0;
    if (i - from + 1 >= gram) each(i + 1, h);
  }
}

/** Scratch space reused across paragraphs: a paragraph's gram hashes and the window's deque. */
export class Winnower {
  private hashes = new Float64Array(1024);
  private deque = new Int32Array(1024);

  constructor(readonly grams: Grams) {}

  /**
   * Selects the fingerprints of codes[from, to) (one paragraph, no separator inside), calling
   * `select(hash, position)` once per selected gram, in order of position. A paragraph shorter
   * than w + k − 1 selects nothing: no run the index reports fits in it.
   */
  paragraph(
    codes: Int32Array,
    from: number,
    to: number,
    select: (hash: number, position: number) => void,
  ): void {
    const { k, w } = this.grams;
    const n = to - from - k + 1;
    if (n < w) return;
    if (this.hashes.length < n) {
      this.hashes = new Float64Array(n * 2);
      this.deque = new Int32Array(n * 2);
    }
    const { hashes, deque } = this;
    // The gram ending at `end` is gram end − from − k.
    const first = from + k;
    rollingWindows(codes, from, to, k, (end, h) => {
      hashes[end - first] = mix(h);
    });
    // A deque of gram indices whose hashes rise from head to tail: the head is the window's
    // minimum. Popping equal hashes from the tail keeps the rightmost of equal minima.
    let head = 0;
    let tail = 0;
    let last = -1;
    for (let i = 0; i < n; i++) {
      const x = hashes[i]!;
      while (tail > head && hashes[deque[tail - 1]!]! >= x) tail--;
      deque[tail++] = i;
      if (deque[head]! <= i - w) head++;
      if (i < w - 1) continue;
      const chosen = deque[head]!;
      if (chosen !== last) select(hashes[chosen]! | 0, from + chosen);
      last = chosen;
    }
  }
}
