/**
 * The readings of the collation's rows (the distinct texts of the sentences in each, the first
 * MAX_READINGS of them), indexed by character bigram: which rows a new witness's sentence may
 * join, and how alike it is to each (align.ts, step 1).
 */
import { diceOfCounts } from './similarity.ts';

/**
 * Readings of a row a new sentence is compared with. The corpus has five texts, so all; the cap
 * keeps a collection of a hundred near-copies from comparing each sentence with every variant.
 */
const MAX_READINGS = 8;

/** A sentence to place: its text and its bigrams (sorted ids, Bigrams.of). */
export interface Bag {
  text: string;
  grams: Int32Array;
}

/** A row a sentence may join: its least similarity to the row's readings. */
export interface Alike {
  row: number;
  similarity: number;
}

export class Readings {
  /** Per row, the distinct texts of its sentences so far, at most MAX_READINGS of them. */
  readonly #texts: Set<string>[] = [];
  /** Every reading compared with: its row and its number of bigrams. */
  readonly #row: number[] = [];
  readonly #size: number[] = [];
  /** Per bigram id, the readings that have it and how often (flat pairs). */
  readonly #postings: number[][] = [];
  /** Readings without letters (an empty sentence, a lone 。), by text: they match only their own. */
  readonly #bare = new Map<string, number[]>();

  /** A sentence joins `row` (a new row when it is the next one): its text becomes a reading. */
  add(row: number, { text, grams }: Bag): void {
    const texts = (this.#texts[row] ??= new Set());
    if (texts.has(text) || texts.size >= MAX_READINGS) return;
    texts.add(text);
    const id = this.#row.length;
    this.#row.push(row);
    this.#size.push(grams.length);
    if (grams.length === 0) (this.#bare.get(text) ?? this.#bare.set(text, []).get(text)!).push(row);
    for (let i = 0; i < grams.length;) {
      let j = i;
      while (j < grams.length && grams[j] === grams[i]) j++;
      (this.#postings[grams[i]!] ??= []).push(id, j - i);
      i = j;
    }
  }

  /**
   * For each sentence, the rows it may join: those with every reading at least `threshold` alike
   * to it (a sentence like one reading but not another once chained unlike sentences into one
   * row), in the order first met. Against the readings as they are: none is added meanwhile.
   */
  alike(sentences: readonly Bag[], threshold: number): Alike[][] {
    const rows = this.#texts.length;
    const common = new Int32Array(this.#row.length);
    /** Per row, the least similarity to its readings that passed, and how many passed. */
    const rowSimilarity = new Float64Array(rows);
    const passed = new Int32Array(rows);
    return sentences.map(({ text, grams: bag }) => {
      const touched: number[] = [];
      for (let i = 0; i < bag.length;) {
        let j = i;
        while (j < bag.length && bag[j] === bag[i]) j++;
        const list = this.#postings[bag[i]!] ?? [];
        for (let k = 0; k < list.length; k += 2) {
          const reading = list[k]!;
          if (common[reading] === 0) touched.push(reading);
          common[reading]! += Math.min(j - i, list[k + 1]!);
        }
        i = j;
      }
      const candidates: number[] = [];
      const consider = (row: number, sim: number) => {
        if (sim < threshold) return;
        if (passed[row] === 0) candidates.push(row);
        rowSimilarity[row] = passed[row] === 0 ? sim : Math.min(rowSimilarity[row]!, sim);
        passed[row]!++;
      };
      for (const reading of touched) {
        consider(
          this.#row[reading]!,
          diceOfCounts(common[reading]!, bag.length, this.#size[reading]!),
        );
        common[reading] = 0;
      }
      if (bag.length === 0) for (const row of this.#bare.get(text) ?? []) consider(row, 1);
      const out: Alike[] = [];
      for (const row of candidates) {
        // A reading it shares no pair with, or too few, leaves the row out.
        if (passed[row] === this.#texts[row]!.size)
          out.push({ row, similarity: rowSimilarity[row]! });
        [rowSimilarity[row], passed[row]] = [0, 0];
      }
      return out;
    });
  }
}
