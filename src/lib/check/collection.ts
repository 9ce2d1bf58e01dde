/**
 * The collection a text is checked against, indexed once: every speech normalized (normalize.ts)
 * paragraph by paragraph and put, identical ones once, into a ReuseIndex, each paragraph ended by
 * its separator, so that no run found there crosses a paragraph break of a source. Its suffix
 * array finds any run of the checked text in the collection, whatever K the reader picks; its
 * windows of MIN_PASSAGE characters found in STOCK_GROUPS or more texts are the stock phrases, as
 * in the rest of the app.
 */
import { MIN_PASSAGE, ReuseIndex, type SpeechText } from '../reuse/passages.ts';
import { fromCodes, normalize } from './normalize.ts';

/**
 * What an index over part of a collection (candidates.ts) must know of the whole: the groups of
 * identical speeches, and each speech's length (code points, paragraph breaks not counted); and,
 * when the index holds stretches of paragraphs, each its own paragraph there, the paragraph of
 * the speech each of them is part of (per group of the index).
 */
export interface Whole {
  groups: number[][];
  lengths: ReadonlyMap<number, number>;
  paragraphOf?: readonly Int32Array[];
}

/** A speech's paragraphs normalized, every one, empty ones too (paragraph p stays p). */
function normalSpeech(s: SpeechText): SpeechText {
  const { codes, starts } = normalize(s.paragraphs);
  const paragraphs = starts
    .slice(0, -1)
    .map((from, p) => fromCodes(codes.subarray(from, starts[p + 1])));
  return { number: s.number, paragraphs };
}

export class CheckIndex {
  readonly reuse: ReuseIndex;
  /** The group of the suffix of each rank: read in order of rank, as a check reads it. */
  readonly groupOfRank: Int32Array;
  /** The speeches' numbers, in order. */
  readonly speeches: readonly number[];

  private readonly lengths: ReadonlyMap<number, number> | null;
  private readonly paragraphOf: readonly Int32Array[] | null;

  /**
   * stockLength: the shortest stock phrase, MIN_PASSAGE as everywhere (tests choose less).
   * whole: given when `speeches` are some paragraphs of a collection, already normalized, the
   * others left empty (candidates.ts); its groups and lengths are the whole collection's.
   */
  constructor(speeches: readonly SpeechText[], stockLength = MIN_PASSAGE, whole?: Whole) {
    const texts = whole ? speeches : speeches.map(normalSpeech);
    this.reuse = new ReuseIndex(texts, stockLength, whole?.groups);
    this.lengths = whole?.lengths ?? null;
    this.paragraphOf = whole?.paragraphOf ?? null;
    this.speeches = speeches.map((s) => s.number);
    this.groupOfRank = this.reuse.sa.map((position) => this.reuse.groupAt[position]!);
  }

  /** Code points of a group's whole text (paragraph breaks not counted), indexed or not. */
  length(group: number): number {
    return this.lengths?.get(this.reuse.groups[group]![0]!) ?? this.reuse.length(group);
  }

  /**
   * The 0-based paragraph of a speech holding an offset into its group's text in the index
   * (paragraph separators counted).
   */
  paragraphAt(speech: number, offset: number): number {
    const g = this.reuse.group(speech);
    const s = this.reuse.starts[g]!;
    const position = s[0]! + offset;
    // The last paragraph starting at or before the position.
    let [lo, hi] = [0, s.length - 2];
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (s[mid]! <= position) lo = mid;
      else hi = mid - 1;
    }
    return this.paragraphOf?.[g]![lo] ?? lo;
  }
}

const built = new WeakMap<readonly SpeechText[], CheckIndex>();

/** The index of a collection, built on first use and kept while the collection lives. */
export function indexFor(speeches: readonly SpeechText[]): CheckIndex {
  let index = built.get(speeches);
  if (!index) built.set(speeches, (index = new CheckIndex(speeches)));
  return index;
}
