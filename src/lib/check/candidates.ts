/**
 * The 查重 of a text against a large collection, without a suffix array over all of it: one over
 * the collection's paragraphs that could hold a run of the text, the others left empty.
 *
 * Why the report is the same as against the whole collection (measure.ts's definition): a
 * character is copied only inside a window of K characters of one paragraph of the text found
 * inside one paragraph of a source, and stock only inside a window of the stock length found in
 * paragraphs of STOCK_GROUPS texts. When K and the stock length are at least `gram`, every such
 * source paragraph holds a window of `gram` characters of the text's paragraphs: the paragraphs
 * holding none hold no run and no stock window the check can meet, and emptying them (kept as empty
 * paragraphs, so that paragraph p stays p) changes no figure. A hash collision only keeps one
 * paragraph more. What the emptied texts would change, the index is told of the whole collection:
 * identical speeches are grouped on their whole text, and each text's whole length decides whether
 * it is the checked text's twin (a text as long as the checked one is kept whole for that).
 * A property test (tests/unit/check/candidates.test.ts) holds the reports equal.
 */
import { K_DEFAULT, K_MIN } from './k.ts';
import { MIN_PASSAGE, groupIdentical, type SpeechText } from '../reuse/passages.ts';
import { CheckIndex, normalSpeech, type Whole } from './collection.ts';
import { checkText, type CheckOptions, type CheckReport } from './measure.ts';
import { normalize } from './normalize.ts';

/** Per group of identical speeches, its normalized code points and where each paragraph starts. */
interface GroupText {
  codes: Int32Array;
  starts: number[];
  paragraphs: readonly string[];
}

const BASE = 0x01000193;

/** The multiplier that takes a symbol out of a rolling hash of `gram` symbols. */
const outFactor = (gram: number) => {
  let f = 1;
  for (let i = 1; i < gram; i++) f = Math.imul(f, BASE);
  return f;
};

/** Calls `hit` with each rolling hash of `gram` code points within codes[from, to), until true. */
function someGram(
  codes: Int32Array,
  from: number,
  to: number,
  gram: number,
  out: number,
  hit: (hash: number) => boolean,
): boolean {
  let h = 0;
  for (let i = from; i < to; i++) {
    if (i - from >= gram) h = (h - Math.imul(codes[i - gram]!, out)) | 0;
    h = (Math.imul(h, BASE) + codes[i]!) | 0;
    if (i - from + 1 >= gram && hit(h)) return true;
  }
  return false;
}

export class CheckCollection {
  readonly gram: number;
  private readonly stockLength: number;
  private readonly speeches: readonly SpeechText[];
  private readonly whole: Whole;
  private readonly texts: GroupText[];
  private full: CheckIndex | null = null;
  private last: { key: string; index: CheckIndex } | null = null;

  /**
   * stockLength as CheckIndex's; gram: the shortest K a check may ask for this way (K_MIN), and
   * never more than the stock length. A check with a smaller K indexes the whole collection.
   */
  constructor(speeches: readonly SpeechText[], stockLength = MIN_PASSAGE, gram = K_MIN) {
    this.stockLength = stockLength;
    this.gram = Math.max(1, Math.min(gram, stockLength));
    this.speeches = speeches;
    const normal = speeches.map(normalSpeech);
    const groups = groupIdentical(normal);
    const byNumber = new Map(normal.map((s) => [s.number, s.paragraphs]));
    const lengths = new Map<number, number>();
    this.texts = groups.map((g) => {
      const paragraphs = byNumber.get(g[0]!)!;
      const { codes, starts } = normalize(paragraphs);
      for (const n of g) lengths.set(n, codes.length);
      return { codes, starts, paragraphs };
    });
    this.whole = { groups, lengths };
  }

  /** The index of the paragraphs that could hold a run of this text (the last one kept). */
  indexFor(paragraphs: readonly string[]): CheckIndex {
    const key = JSON.stringify(paragraphs);
    if (this.last?.key === key) return this.last.index;
    const text = normalize(paragraphs);
    const { gram } = this;
    const out = outFactor(gram);
    const hashes = new Set<number>();
    // A bit per hash's low bits first: most windows of the collection are not the text's.
    const bits = new Uint8Array(1 << 22);
    const low = (h: number) => (h ^ (h >>> 16)) & ((1 << 25) - 1);
    for (let p = 0; p + 1 < text.starts.length; p++)
      someGram(text.codes, text.starts[p]!, text.starts[p + 1]!, gram, out, (h) => {
        hashes.add(h);
        bits[low(h) >> 3]! |= 1 << (low(h) & 7);
        return false;
      });
    const found = (h: number) => (bits[low(h) >> 3]! & (1 << (low(h) & 7))) !== 0 && hashes.has(h);
    const speeches: SpeechText[] = [];
    const groups: number[][] = [];
    this.texts.forEach(({ codes, starts, paragraphs }, g) => {
      const kept =
        codes.length === text.codes.length
          ? paragraphs
          : paragraphs.map((x, p) =>
              someGram(codes, starts[p]!, starts[p + 1]!, gram, out, found) ? x : '',
            );
      if (kept.every((x) => x === '') && codes.length !== text.codes.length) return;
      const members = this.whole.groups[g]!;
      groups.push(members);
      for (const number of members) speeches.push({ number, paragraphs: kept });
    });
    const index = new CheckIndex(speeches, this.stockLength, {
      groups,
      lengths: this.whole.lengths,
    });
    this.last = { key, index };
    return index;
  }

  /** checkText against the whole collection: the same report, from candidates when K allows. */
  check(paragraphs: readonly string[], options: CheckOptions = {}): CheckReport {
    const k = Math.max(1, Math.floor(options.k ?? K_DEFAULT));
    const index =
      k >= this.gram
        ? this.indexFor(paragraphs)
        : (this.full ??= new CheckIndex(this.speeches, this.stockLength));
    return checkText(index, paragraphs, options);
  }
}
