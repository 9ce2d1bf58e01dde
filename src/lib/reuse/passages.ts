/**
 * Reuse across a collection: the passages of at least MIN_PASSAGE characters that occur in two or
 * more speeches, how much of each speech they cover, and which of them are stock phrases.
 *
 * Every window of MIN_PASSAGE code points is hashed once (two rolling hashes, 53 bits) into an
 * index of the speech groups it occurs in, so the cost grows with the total length of the text,
 * not with the number of pairs; no pair of speeches is ever diffed here.
 */

/**
 * The shortest passage that counts as reuse, in characters. Measured on the corpus: the longest
 * runs that unrelated speeches share by the genre's vocabulary alone are names such as
 * 习近平新时代中国特色社会主义思想 or 全面建设社会主义现代化国家, 11 to 13 characters; runs
 * of 12 and more are overwhelmingly copied clauses, and 12 still catches a reused half-sentence.
 */
export const MIN_PASSAGE = 12;
/** A passage found in this many different speeches (identical ones counted once) is stock. */
export const STOCK_GROUPS = 3;

export interface SpeechText {
  number: number;
  paragraphs: readonly string[];
}

export interface Occurrence {
  speech: number;
  /** 0-based paragraph and code point offsets within it. */
  paragraph: number;
  start: number;
  end: number;
}

export interface Passage {
  text: string;
  /** Every speech it occurs in, identical twins included, in order. */
  speeches: number[];
  occurrences: Occurrence[];
  /** Shared by STOCK_GROUPS or more different speeches: a stock phrase of the genre. */
  stock: boolean;
}

export interface MarkSegment {
  text: string;
  /** The other speeches this text also occurs in; null when it is the speech's own. */
  sharedWith: number[] | null;
}

export interface Window {
  /** Index of the window's set of groups in ReuseIndex.sets. */
  set: number;
  paragraph: number;
  start: number;
  /** Its hash, to find its other places. */
  key: number;
}

/** Identical speeches form one group: they are one text, found once. */
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

const MASK21 = 0x1fffff;
/** Two polynomial hashes of every window of `length` code points, as one safe integer. */
function windowKeys(codes: readonly number[], length: number): number[] {
  const keys: number[] = [];
  if (codes.length < length) return keys;
  const B1 = 0x01000193;
  const B2 = 0x5bd1e995;
  let p1 = 1;
  let p2 = 1;
  for (let i = 0; i < length; i++) [p1, p2] = [Math.imul(p1, B1), Math.imul(p2, B2)];
  let h1 = 0;
  let h2 = 0;
  for (let i = 0; i < codes.length; i++) {
    const c = codes[i]!;
    h1 = (Math.imul(h1, B1) + c) | 0;
    h2 = (Math.imul(h2, B2) + c) | 0;
    if (i >= length) {
      const out = codes[i - length]!;
      h1 = (h1 - Math.imul(out, p1)) | 0;
      h2 = (h2 - Math.imul(out, p2)) | 0;
    }
    if (i >= length - 1) keys.push((h1 >>> 0) * (MASK21 + 1) + ((h2 >>> 11) & MASK21));
  }
  return keys;
}

export class ReuseIndex {
  /** Groups of identical speeches; a group is named by its position here. */
  readonly groups: number[][];
  /** Distinct sets of groups that share a window, each sorted; sets[0] is the empty set. */
  readonly sets: number[][] = [[]];
  readonly minLength: number;
  private readonly groupOf = new Map<number, number>();
  private readonly texts: string[][][] = [];
  /** For each group, its windows in reading order (only those shared with another group). */
  private readonly windows: Window[][] = [];
  /** The sets again, for membership tests. */
  private readonly members: Set<number>[] = [new Set()];
  private readonly places = new Map<number, number[]>();

  constructor(speeches: readonly SpeechText[], minLength = MIN_PASSAGE) {
    this.minLength = minLength;
    this.groups = groupIdentical(speeches);
    const first = new Map(speeches.map((s) => [s.number, s]));
    this.groups.forEach((g, i) => g.forEach((n) => this.groupOf.set(n, i)));
    const keysOf: number[][][] = [];
    const where = new Map<number, number[]>();
    this.groups.forEach((group, g) => {
      const paragraphs = first.get(group[0]!)!.paragraphs.map((p) => Array.from(p));
      this.texts.push(paragraphs);
      keysOf.push(
        paragraphs.map((cps) => {
          const keys = windowKeys(
            cps.map((c) => c.codePointAt(0)!),
            minLength,
          );
          for (const key of keys) {
            const seen = where.get(key);
            if (!seen) where.set(key, [g]);
            else if (seen.at(-1) !== g) seen.push(g);
          }
          return keys;
        }),
      );
    });
    // One set id per distinct shared window, so that equal sets are compared by number.
    const setIds = new Map<string, number>();
    const setOfKey = new Map<number, number>();
    for (const [key, groups] of where) {
      if (groups.length < 2) continue;
      const name = groups.join(',');
      let id = setIds.get(name);
      if (id === undefined) {
        setIds.set(name, (id = this.sets.push(groups) - 1));
        this.members.push(new Set(groups));
      }
      setOfKey.set(key, id);
    }
    keysOf.forEach((paragraphs, g) => {
      const windows: Window[] = [];
      paragraphs.forEach((keys, paragraph) =>
        keys.forEach((key, start) => {
          const set = setOfKey.get(key);
          if (set === undefined) return;
          windows.push({ set, paragraph, start, key });
          let at = this.places.get(key);
          if (!at) this.places.set(key, (at = []));
          at.push(g, paragraph, start);
        }),
      );
      this.windows.push(windows);
    });
  }

  /** Is set x (by id) contained in set y? */
  subset(x: number, y: number): boolean {
    if (x === y) return true;
    const big = this.members[y]!;
    return this.sets[x]!.every((g) => big.has(g));
  }

  /** Where a shared window occurs: group, paragraph and start, three numbers a place. */
  placesOf(key: number): readonly number[] {
    return this.places.get(key) ?? [];
  }

  group(speech: number): number {
    const g = this.groupOf.get(speech);
    if (g === undefined) throw new RangeError(`no speech ${speech}`);
    return g;
  }

  /** Code points of a group's text (paragraph breaks not counted). */
  length(group: number): number {
    return this.texts[group]!.reduce((n, p) => n + p.length, 0);
  }

  /**
   * Code points of group g covered by windows that pass the test, paragraph by paragraph: a
   * bitmap per paragraph of the positions inside a passing window.
   */
  covered(g: number, test: (set: readonly number[]) => boolean): Uint8Array[] {
    const cover = this.texts[g]!.map((p) => new Uint8Array(p.length));
    for (const w of this.windows[g]!) {
      if (test(this.sets[w.set]!)) cover[w.paragraph]!.fill(1, w.start, w.start + this.minLength);
    }
    return cover;
  }

  /** Share of group g's text covered by windows that pass the test, from 0 to 1. */
  share(g: number, test: (set: readonly number[]) => boolean): number {
    const total = this.length(g);
    if (total === 0) return 0;
    let n = 0;
    for (const bits of this.covered(g, test)) for (const b of bits) n += b;
    return n / total;
  }

  /** Share of each speech covered by passages it shares with the other; 1 and 1 when identical. */
  coverage(a: number, b: number): { reusedA: number; reusedB: number } {
    const [ga, gb] = [this.group(a), this.group(b)];
    if (ga === gb) return { reusedA: 1, reusedB: 1 };
    return {
      reusedA: this.share(ga, (set) => set.includes(gb)),
      reusedB: this.share(gb, (set) => set.includes(ga)),
    };
  }

  /** Share of a speech found in any other speech (an identical twin covers all of it). */
  reused(speech: number): number {
    const g = this.group(speech);
    return this.groups[g]!.length > 1 ? 1 : this.share(g, () => true);
  }

  /** Share of a speech that is stock phrases. */
  stockShare(speech: number): number {
    return this.share(this.group(speech), (set) => set.length >= STOCK_GROUPS);
  }

  /** Code point ranges [start, end) of a paragraph that are stock phrases. */
  stockRanges(speech: number, paragraph: number): [number, number][] {
    const bits = this.covered(this.group(speech), (set) => set.length >= STOCK_GROUPS)[paragraph];
    return runs(bits ?? new Uint8Array(0));
  }

  speechesOf(groups: readonly number[]): number[] {
    return groups.flatMap((g) => this.groups[g]!).sort((x, y) => x - y);
  }

  /** The window sets that group g shares, per paragraph and position, for marking. */
  windowsOf(g: number): readonly Window[] {
    return this.windows[g]!;
  }

  paragraphs(g: number): readonly string[][] {
    return this.texts[g]!;
  }
}

/** Runs of set bits as [start, end) ranges. */
export function runs(bits: Uint8Array): [number, number][] {
  const out: [number, number][] = [];
  let start = -1;
  bits.forEach((b, i) => {
    if (b && start < 0) start = i;
    if (!b && start >= 0) {
      out.push([start, i]);
      start = -1;
    }
  });
  if (start >= 0) out.push([start, bits.length]);
  return out;
}
