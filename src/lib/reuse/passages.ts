/**
 * Reuse across a collection: the passages of at least MIN_PASSAGE characters that occur in two or
 * more speeches, how much of each speech they cover, and which of them are stock phrases.
 *
 * All speeches, identical ones once, go into one suffix array (suffix.ts). Its runs of suffixes
 * sharing MIN_PASSAGE code points are the windows found in more than one text, each with the
 * groups it occurs in (windows.ts); shares and marks are read off these windows, the passages off
 * the intervals of the suffix array (analysis.ts). No pair of speeches is ever diffed: building
 * and listing grow with the length of the text (n log n at worst); the pair table (pairs.ts) with
 * how widely each window is shared, storing only pairs that share something.
 */
import { MIN_PASSAGE } from '../thresholds.ts';
import { pairCoverage, type PairTable } from './pairs.ts';
import { lcpArray, suffixArray } from './suffix.ts';
import { SEPARATOR, encode, windowClasses, type WindowClasses } from './windows.ts';

/** The shortest passage that counts as reuse: defined with the diff's kept equalities. */
export { MIN_PASSAGE };
/**
 * A passage in this many different speeches is a stock phrase (套话). Identical speeches count
 * once: a speech and its copy are one text, so a sentence in 1 and in the twins 3 and 6 is shared
 * by two texts, not three, and a duplicate cannot make its own sentences look like set phrases.
 */
export const STOCK_GROUPS = 3;

export interface SpeechText {
  number: number;
  paragraphs: readonly string[];
}

export interface Occurrence {
  speech: number;
  /** 0-based paragraph, and code point offsets [start, end) within it. */
  paragraph: number;
  start: number;
  end: number;
}

export interface Passage {
  text: string;
  /** In code points. */
  length: number;
  /** Every speech it occurs in, identical twins included, in order. */
  speeches: number[];
  /** Every place it occurs, in order of speech, paragraph and offset. */
  occurrences: Occurrence[];
  /** Shared by STOCK_GROUPS or more different texts: a stock phrase of the genre. */
  stock: boolean;
}

export interface MarkSegment {
  text: string;
  /**
   * The other speeches this text is shared with (each of its characters lies in a passage of
   * MIN_PASSAGE or more found there too), identical twins included; null when it is its own.
   */
  sharedWith: number[] | null;
}

/**
 * Identical speeches form one group, found once. Identical means the same paragraphs, so the same
 * text joined by line breaks, and also the same split: a group's marks use one member's paragraphs.
 */
export function groupIdentical(speeches: readonly SpeechText[]): number[][] {
  const byText = new Map<string, number[]>();
  for (const s of speeches) {
    const key = JSON.stringify(s.paragraphs);
    const group = byText.get(key);
    if (group) group.push(s.number);
    else byText.set(key, [s.number]);
  }
  return [...byText.values()];
}

/**
 * What building a ReuseIndex costs (the suffix array, its LCP and ranks, the shared windows): made
 * apart, in a worker (src/workers/reuse.worker.ts), and handed to the constructor, which then only
 * encodes the text again. On a phone the whole build was one task of 60 to 120 ms (issue 26).
 */
export interface ReuseArrays {
  sa: Int32Array;
  lcp: Int32Array;
  rank: Int32Array;
  windows: WindowClasses;
}

export class ReuseIndex {
  /** Groups of identical speeches, in order of first appearance; a group is named by its index. */
  readonly groups: number[][];
  readonly minLength: number;
  /** Each group's paragraphs once, encoded (see windows.ts). */
  readonly text: Int32Array;
  /** The group each position of `text` belongs to. */
  readonly groupAt: Int32Array;
  /** Per group, where each paragraph starts in `text`, and one more entry: where the group ends. */
  readonly starts: number[][];
  readonly sa: Int32Array;
  readonly lcp: Int32Array;
  /** Inverse of `sa`: the rank of the suffix at each position. */
  readonly rank: Int32Array;
  /** The windows of minLength code points found in two or more groups, and those groups. */
  readonly windows: WindowClasses;
  private readonly groupOf = new Map<number, number>();
  private pairs: PairTable | null = null;
  private readonly stockBits = new Map<number, Uint8Array>();

  /**
   * groups: the groups of identical speeches when the caller knows them better than the texts
   * given (a 查重 indexes some paragraphs of a collection only, check/candidates.ts: texts alike
   * there need not be alike whole). Each group's first speech gives the text. arrays: those of an
   * index of the same speeches, groups and minLength built elsewhere (`arrays` of it); ones that do
   * not fit the text are not taken, and the index builds its own.
   */
  constructor(
    speeches: readonly SpeechText[],
    minLength = MIN_PASSAGE,
    groups?: number[][],
    arrays?: ReuseArrays,
  ) {
    this.minLength = Math.max(1, minLength);
    this.groups = groups ?? groupIdentical(speeches);
    this.groups.forEach((g, i) => g.forEach((n) => this.groupOf.set(n, i)));
    const first = new Map(speeches.map((s) => [s.number, s.paragraphs]));
    ({ text: this.text, starts: this.starts } = encode(this.groups.map((g) => first.get(g[0]!)!)));
    this.groupAt = new Int32Array(this.text.length);
    this.starts.forEach((s, g) => this.groupAt.fill(g, s[0], s.at(-1)));
    const n = this.text.length;
    const fits =
      arrays !== undefined &&
      [arrays.sa, arrays.lcp, arrays.rank, arrays.windows.classOf].every((a) => a.length === n);
    if (fits) {
      ({ sa: this.sa, lcp: this.lcp, rank: this.rank, windows: this.windows } = arrays);
      return;
    }
    this.sa = suffixArray(this.text);
    ({ lcp: this.lcp, rank: this.rank } = lcpArray(this.text, this.sa, SEPARATOR));
    this.windows = windowClasses(
      this.sa,
      this.lcp,
      this.groupAt,
      this.groups.length,
      this.minLength,
    );
  }

  /** The arrays that cost the build, to hand to another index of the same speeches. */
  get arrays(): ReuseArrays {
    return { sa: this.sa, lcp: this.lcp, rank: this.rank, windows: this.windows };
  }

  group(speech: number): number {
    const g = this.groupOf.get(speech);
    if (g === undefined) throw new RangeError(`no speech ${speech}`);
    return g;
  }

  /** Code points of a group's text (paragraph breaks not counted). */
  length(group: number): number {
    const s = this.starts[group]!;
    return s.at(-1)! - s[0]! - (s.length - 1);
  }

  /** The groups sharing the window at a position (its own included), empty when none does. */
  sharers(position: number): Int32Array {
    const { classOf, classStart, classGroups } = this.windows;
    const c = classOf[position]!;
    return c < 0 ? new Int32Array(0) : classGroups.subarray(classStart[c], classStart[c + 1]);
  }

  /** Positions of group g covered by a shared window that passes the test, as one bit each. */
  covered(g: number, test: (groups: number) => boolean): Uint8Array {
    const s = this.starts[g]!;
    const [from, to] = [s[0]!, s.at(-1)!];
    const { classOf, classStart } = this.windows;
    const bits = new Uint8Array(to - from);
    for (let p = from; p < to; p++) {
      const c = classOf[p]!;
      if (c >= 0 && test(classStart[c + 1]! - classStart[c]!))
        bits.fill(1, p - from, p - from + this.minLength);
    }
    return bits;
  }

  private share(g: number, test: (groups: number) => boolean): number {
    const total = this.length(g);
    return total === 0 ? 0 : this.covered(g, test).reduce((n, b) => n + b, 0) / total;
  }

  /** Share of each speech covered by passages it shares with the other; 1 and 1 when identical. */
  coverage(a: number, b: number): { reusedA: number; reusedB: number } {
    const [ga, gb] = [this.group(a), this.group(b)];
    if (ga === gb) return { reusedA: 1, reusedB: 1 };
    this.pairs ??= pairCoverage(this);
    const part = (covered: number, total: number) => (total === 0 ? 0 : covered / total);
    return {
      reusedA: part(this.pairs.covered(ga, gb), this.length(ga)),
      reusedB: part(this.pairs.covered(gb, ga), this.length(gb)),
    };
  }

  /** Share of a speech found in any other speech (an identical twin covers all of it). */
  reused(speech: number): number {
    return this.twins(speech).length > 0 ? 1 : this.reusedElsewhere(speech);
  }

  /** Share of a speech found in speeches other than its identical twins. */
  reusedElsewhere(speech: number): number {
    return this.share(this.group(speech), () => true);
  }

  /** The other speeches identical to this one. */
  twins(speech: number): number[] {
    return (this.groups[this.group(speech)] ?? []).filter((n) => n !== speech);
  }

  /** Share of a speech that is stock phrases. */
  stockShare(speech: number): number {
    return this.share(this.group(speech), (n) => n >= STOCK_GROUPS);
  }

  /** Code point ranges [start, end) of a paragraph that are stock phrases. */
  stockRanges(speech: number, paragraph: number): [number, number][] {
    const g = this.group(speech);
    let bits = this.stockBits.get(g);
    if (!bits) this.stockBits.set(g, (bits = this.covered(g, (n) => n >= STOCK_GROUPS)));
    const s = this.starts[g]!;
    if (paragraph < 0 || paragraph >= s.length - 1) return [];
    return runs(bits.subarray(s[paragraph]! - s[0]!, s[paragraph + 1]! - 1 - s[0]!));
  }

  /** The speeches of some groups, ascending. */
  speechesOf(groups: Iterable<number>): number[] {
    return [...groups].flatMap((g) => this.groups[g] ?? []).sort((x, y) => x - y);
  }
}

/** Runs of set bits as [start, end) ranges. */
export function runs(bits: Uint8Array): [number, number][] {
  const out: [number, number][] = [];
  let start = -1;
  for (let i = 0; i <= bits.length; i++) {
    if (i < bits.length && bits[i]) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      out.push([start, i]);
      start = -1;
    }
  }
  return out;
}
