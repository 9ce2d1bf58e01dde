/**
 * The 查重 of a text against a large collection, without a suffix array over all of it: one over
 * the stretches of the collection's paragraphs that could hold a run of the text.
 *
 * Once per collection: every speech normalized, identical ones grouped, and the windows of `gram`
 * code points of all of them indexed (grams.ts). Per text: its windows looked up there; in each
 * paragraph holding one, the stretches such windows cover; those stretches indexed (indexFor).
 *
 * Why the report is the same as against the whole collection (measure.ts's definition): a
 * character is copied only inside a window of K characters of one paragraph of the text found
 * inside one paragraph of a source, and stock only inside a window of the stock length found in
 * paragraphs of STOCK_GROUPS texts. When K and the stock length are at least `gram`, every such
 * window of a source is covered by windows of `gram` of the text: what none covers holds no run
 * and no stock window the check can meet, and leaving it out changes no figure (indexFor says
 * why the places found stay the same). A hash collision only keeps a stretch more. What the
 * stretches would change, the index is told of the whole collection: identical speeches are
 * grouped on their whole text, each text's whole length decides whether it is the checked text's
 * twin (a text as long as the checked one is kept whole for that), and each stretch is mapped
 * to its paragraph. Property tests (tests/unit/check/candidates.test.ts) hold the reports equal,
 * and the lookup's stretches equal to reading every paragraph.
 */
import { K_DEFAULT, K_MIN } from './k.ts';
import { MIN_PASSAGE, type SpeechText } from '../reuse/passages.ts';
import { CheckIndex } from './collection.ts';
import { rollingWindows } from '../index/winnow.ts';
import { GramIndex } from './grams.ts';
import { checkText, type CheckOptions, type CheckReport } from './measure.ts';
import { fromCodes, normalize } from './normalize.ts';
import { prepare, type Prepared } from './prepare.ts';

/** A paragraph of the collection that may hold a run of a text, and what of it could. */
export interface Covered {
  /** The group of identical speeches (in order of first appearance), and its speeches. */
  group: number;
  speeches: readonly number[];
  /** 0-based paragraph of those speeches. */
  paragraph: number;
  /** Stretches [from, to) of the normalized paragraph, as from, to, from, to… */
  stretches: number[];
}

export class CheckCollection {
  readonly gram: number;
  private readonly stockLength: number;
  private readonly speeches: readonly SpeechText[];
  private readonly prepared: Prepared;
  /** The collection's windows of `gram`, for looking up a text's candidate paragraphs. */
  readonly grams: GramIndex;
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
    this.prepared = prepare(speeches);
    this.grams = new GramIndex(this.prepared.codes, this.prepared.starts, this.gram);
  }

  /**
   * The paragraphs of the collection that hold a window of `gram` whose hash is one of the
   * text's windows' (any that holds one of its windows, and any whose window's hash collides with
   * one), each with the stretches [from, to) such windows cover (code points of the normalized
   * paragraph; overlapping or touching windows make one stretch): found by lookup (grams.ts),
   * then read again with the exact hashes. In order of group and paragraph.
   */
  covered(paragraphs: readonly string[]): Covered[] {
    const text = normalize(paragraphs);
    const { gram } = this;
    const { codes, starts, firstParagraph, whole } = this.prepared;
    const hashes = new Set<number>();
    const marked = new Uint8Array(starts.length - 1);
    for (let p = 0; p + 1 < text.starts.length; p++)
      rollingWindows(text.codes, text.starts[p]!, text.starts[p + 1]!, gram, (_, h) => {
        if (hashes.has(h)) return;
        hashes.add(h);
        this.grams.mark(h, marked);
      });
    const found: Covered[] = [];
    let g = 0;
    marked.forEach((m, p) => {
      if (m === 0) return;
      const stretches: number[] = [];
      const from = starts[p]!;
      rollingWindows(codes, from, starts[p + 1]!, gram, (end, h) => {
        if (!hashes.has(h)) return;
        const n = stretches.length;
        if (n > 0 && stretches[n - 1]! >= end - from - gram) stretches[n - 1] = end - from;
        else stretches.push(end - from - gram, end - from);
      });
      if (stretches.length === 0) return;
      while (firstParagraph[g + 1]! <= p) g++;
      found.push({
        group: g,
        speeches: whole.groups[g]!,
        paragraph: p - firstParagraph[g]!,
        stretches,
      });
    });
    return found;
  }

  /**
   * The index of what could hold a run of this text (the last one kept): in each paragraph of
   * the collection, the stretches its windows of `gram` cover, each its own paragraph in the
   * index (which ends every paragraph with a separator matching nothing), mapped back to the
   * paragraph it is part of.
   *
   * Why the report is the same as the whole collection's: every window of K ≥ gram or of the
   * stock length of the text found in a source lies in one such stretch, at the same place
   * within it, so each finds the same groups, and the same first occurrence in each (positions
   * keep their order). Two windows of the text i < j ≤ i + K found first at x and y in a source
   * continue one piece when y − x = j − i: then the two windows overlap or touch there, so lie in
   * one stretch, where distances are kept; and a stretch ends only where a window that began in
   * it ends (x + K or later), so a y beyond it is more than K further in the index too.
   */
  indexFor(paragraphs: readonly string[]): CheckIndex {
    const key = JSON.stringify(paragraphs);
    if (this.last?.key === key) return this.last.index;
    const { codes, starts, firstParagraph, whole } = this.prepared;
    const found = new Map<number, number[]>();
    for (const c of this.covered(paragraphs))
      found.set(firstParagraph[c.group]! + c.paragraph, c.stretches);
    const length = normalize(paragraphs).codes.length;
    const speeches: SpeechText[] = [];
    const groups: number[][] = [];
    const paragraphOf: Int32Array[] = [];
    whole.groups.forEach((members, g) => {
      const [first, end] = [firstParagraph[g]!, firstParagraph[g + 1]!];
      const kept: string[] = [];
      const of: number[] = [];
      // A text as long as the checked one may be its twin: kept whole to be compared.
      if (whole.lengths.get(members[0]!) === length)
        for (let p = first; p < end; p++) {
          kept.push(fromCodes(codes.subarray(starts[p], starts[p + 1])));
          of.push(p - first);
        }
      else
        for (let p = first; p < end; p++) {
          const stretches = found.get(p) ?? [];
          for (let x = 0; x < stretches.length; x += 2) {
            const at = starts[p]!;
            kept.push(fromCodes(codes.subarray(at + stretches[x]!, at + stretches[x + 1]!)));
            of.push(p - first);
          }
        }
      if (kept.length === 0 && whole.lengths.get(members[0]!) !== length) return;
      groups.push(members);
      paragraphOf.push(Int32Array.from(of));
      for (const number of members) speeches.push({ number, paragraphs: kept });
    });
    const index = new CheckIndex(speeches, this.stockLength, {
      groups,
      lengths: whole.lengths,
      paragraphOf,
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
