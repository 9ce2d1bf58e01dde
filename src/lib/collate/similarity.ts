/**
 * How alike two sentences are: the Dice coefficient of their character bigrams,
 * 2 × |shared bigrams| ÷ (|bigrams of a| + |bigrams of b|), counting repeated bigrams as often as
 * they occur. Bigrams are taken over the sentence's letters and digits only: punctuation, symbols
 * and spaces are dropped first, so that 全国两会 and 全国“两会” read the same. A sentence with one
 * letter has that letter as its only "bigram"; one with none is like only an identical sentence.
 */

/** Letters and digits kept for comparing; everything else (punctuation, symbols, spaces) goes. */
const DROPPED = /[\p{P}\p{S}\p{Z}\p{C}]/gu;

/** Interns bigrams as small integers, so that a sentence is a sorted list of numbers. */
export class Bigrams {
  private readonly ids = new Map<string, number>();

  get size(): number {
    return this.ids.size;
  }

  /** The sentence's bigrams as sorted ids, repeats kept. */
  of(text: string): Int32Array {
    const chars = Array.from(text.replace(DROPPED, ''));
    const grams = chars.length === 1 ? chars : chars.slice(1).map((c, i) => chars[i]! + c);
    const out = new Int32Array(grams.length);
    grams.forEach((g, i) => {
      let id = this.ids.get(g);
      if (id === undefined) this.ids.set(g, (id = this.ids.size));
      out[i] = id;
    });
    return out.sort();
  }
}

/** Shared bigrams of two sorted lists, repeats counted as often as both have them. */
function shared(a: Int32Array, b: Int32Array): number {
  let [i, j, n] = [0, 0, 0];
  while (i < a.length && j < b.length) {
    if (a[i]! < b[j]!) i++;
    else if (a[i]! > b[j]!) j++;
    else [i, j, n] = [i + 1, j + 1, n + 1];
  }
  return n;
}

/** Dice similarity from a count of shared bigrams and the two sizes; 1 for two empty lists. */
export const diceOfCounts = (common: number, a: number, b: number): number =>
  a + b === 0 ? 1 : (2 * common) / (a + b);

/** The similarity of two sentences, from 0 (nothing shared) to 1. */
export function similarity(a: string, b: string, grams = new Bigrams()): number {
  if (a === b) return 1;
  const [x, y] = [grams.of(a), grams.of(b)];
  return x.length + y.length === 0 ? 0 : diceOfCounts(shared(x, y), x.length, y.length);
}
