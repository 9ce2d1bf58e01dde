/**
 * The collection a text is checked against, indexed once: every speech normalized (normalize.ts)
 * and put, identical ones once, into a ReuseIndex, one text per speech. Its suffix array finds any
 * run of the checked text in the collection, whatever K the reader picks; its windows of
 * MIN_PASSAGE characters found in STOCK_GROUPS or more texts are the stock phrases, as in the
 * rest of the app.
 */
import { MIN_PASSAGE, ReuseIndex, type SpeechText } from '../reuse/passages.ts';
import { fromCodes, normalize } from './normalize.ts';

export class CheckIndex {
  readonly reuse: ReuseIndex;
  /** The group of the suffix of each rank: read in order of rank, as a check reads it. */
  readonly groupOfRank: Int32Array;
  /** The speeches' numbers, in order. */
  readonly speeches: readonly number[];
  /** Per speech, where each of its paragraphs starts in its normalized text, and the end. */
  private readonly starts = new Map<number, number[]>();

  /** stockLength: the shortest stock phrase, MIN_PASSAGE as everywhere (tests choose less). */
  constructor(speeches: readonly SpeechText[], stockLength = MIN_PASSAGE) {
    const texts = speeches.map((s) => {
      const n = normalize(s.paragraphs);
      this.starts.set(s.number, n.starts);
      return { number: s.number, paragraphs: [fromCodes(n.codes)] };
    });
    this.reuse = new ReuseIndex(texts, stockLength);
    this.speeches = speeches.map((s) => s.number);
    this.groupOfRank = this.reuse.sa.map((position) => this.reuse.groupAt[position]!);
  }

  /** The 0-based paragraph of a speech holding a code point offset of its normalized text. */
  paragraphAt(speech: number, offset: number): number {
    const s = this.starts.get(speech) ?? [0, 0];
    // The last paragraph starting at or before the offset: empty ones before it are skipped.
    let [lo, hi] = [0, s.length - 2];
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (s[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** Paragraph starts of a speech's normalized text (and its end). */
  paragraphStarts(speech: number): readonly number[] {
    return this.starts.get(speech) ?? [0, 0];
  }
}

const built = new WeakMap<readonly SpeechText[], CheckIndex>();

/** The index of a collection, built on first use and kept while the collection lives. */
export function indexFor(speeches: readonly SpeechText[]): CheckIndex {
  let index = built.get(speeches);
  if (!index) built.set(speeches, (index = new CheckIndex(speeches)));
  return index;
}
