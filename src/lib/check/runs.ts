/**
 * The checked text as the report shows it: each original paragraph exactly, cut into plain runs
 * and copied runs (a maximal copied stretch within a paragraph: one mark), with each run's sources
 * and the paragraph of each source where the run's text is.
 */
import type { Normalized } from './normalize.ts';

interface RunPart {
  text: string;
  /** Copied text inside a stock phrase. */
  stock: boolean;
}

interface RunSource {
  speech: number;
  /** The 0-based paragraph of the source holding the first character of the run copied from it. */
  paragraph: number;
  /** The source covers only part of the run. */
  partly: boolean;
}

export interface TextRun {
  /** Normalized characters [from, to) of the whole text; from = to for whitespace alone. */
  from: number;
  to: number;
  /** Join to the run's original text. */
  parts: RunPart[];
  /**
   * Empty for plain text. Else the sources some of the run is copied from: those covering all of
   * it first, then by their share of the whole text, then by number; at most `limit` of them.
   */
  sources: RunSource[];
  /** How many further sources the limit left out. */
  more: number;
}

/**
 * What the source groups left, one piece a stretch [from, to) of the text that a group covers
 * with one shift into its own text, in columns and in order of creation: each group's pieces in
 * order of position. Columns of numbers, not objects: a large collection leaves hundreds of
 * thousands.
 */
export interface Pieces {
  group: number[];
  from: number[];
  to: number[];
  shift: number[];
}

export interface Coverage {
  copied: Uint8Array;
  stock: Uint8Array;
  pieces: Pieces;
  /** Per group of the index, its speeches that are sources. */
  members: number[][];
  /** Per speech, its row in the source table. */
  rank: Map<number, number>;
  /** Per speech, the paragraph holding an offset of its normalized text. */
  paragraphAt: (speech: number, offset: number) => number;
}

/** The copied stretches [from, to) of each paragraph. */
function copiedStretches(text: Normalized, copied: Uint8Array): [number, number][] {
  const out: [number, number][] = [];
  for (let p = 0; p + 1 < text.starts.length; p++) {
    const end = text.starts[p + 1]!;
    for (let i = text.starts[p]!; i < end; i++) {
      if (!copied[i]) continue;
      const from = i;
      while (i < end && copied[i]) i++;
      out.push([from, i]);
    }
  }
  return out;
}

/** Per stretch, its sources: the pieces overlapping it, each group's first one placing it. */
function sourcesOf(
  stretches: readonly [number, number][],
  c: Coverage,
  limit: number,
): { sources: RunSource[]; more: number }[] {
  const count = stretches.length;
  const ends = Int32Array.from(stretches, ([, b]) => b);
  // One entry per stretch and group: the characters it covers there, and where the first is.
  const entry = {
    run: [] as number[],
    group: [] as number[],
    chars: [] as number[],
    at: [] as number[],
  };
  const lastRun = new Int32Array(c.members.length).fill(-1);
  const lastEntry = new Int32Array(c.members.length);
  const { group, from, to, shift } = c.pieces;
  for (let p = 0; p < group.length; p++) {
    const g = group[p]!;
    const [a, b] = [from[p]!, to[p]!];
    // The first stretch ending after the piece begins.
    let [lo, hi] = [0, count];
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ends[mid]! <= a) lo = mid + 1;
      else hi = mid;
    }
    for (let r = lo; r < count && stretches[r]![0] < b; r++) {
      const [x, y] = stretches[r]!;
      const chars = Math.min(y, b) - Math.max(x, a);
      if (lastRun[g] === r) entry.chars[lastEntry[g]!]! += chars;
      else {
        lastRun[g] = r;
        lastEntry[g] = entry.run.length;
        entry.run.push(r);
        entry.group.push(g);
        entry.chars.push(chars);
        entry.at.push(Math.max(x, a) + shift[p]!);
      }
    }
  }
  const byRun: number[][] = stretches.map(() => []);
  entry.run.forEach((r, e) => byRun[r]!.push(e));
  const speeches = c.rank.size;
  return byRun.map((entries, r) => {
    const length = stretches[r]![1] - stretches[r]![0];
    // Sorted by one number: whole before partly, then by row of the source table.
    const found: { speech: number; at: number; partly: boolean }[] = [];
    const keys: number[] = [];
    for (const e of entries) {
      const partly = entry.chars[e]! < length;
      for (const speech of c.members[entry.group[e]!]!) {
        keys.push(((partly ? speeches : 0) + c.rank.get(speech)!) * 2 ** 21 + found.length);
        found.push({ speech, at: entry.at[e]!, partly });
      }
    }
    const order = Float64Array.from(keys).sort();
    const sources: RunSource[] = [];
    for (let i = 0; i < Math.min(limit, order.length); i++) {
      const { speech, at, partly } = found[order[i]! % 2 ** 21]!;
      sources.push({ speech, paragraph: c.paragraphAt(speech, at), partly });
    }
    return { sources, more: Math.max(0, found.length - limit) };
  });
}

export function textRuns(text: Normalized, c: Coverage, limit = Infinity): TextRun[][] {
  const stretches = copiedStretches(text, c.copied);
  const sources = sourcesOf(stretches, c, limit);
  let r = 0;
  return text.paragraphs.map(({ text: original, left, right }, p) => {
    const start = text.starts[p]!;
    const end = text.starts[p + 1]!;
    const out: TextRun[] = [];
    let cursor = 0;
    let at = start;
    const plain = (to: number, until: number) => {
      if (to > cursor) {
        const last = out.at(-1);
        if (last && last.sources.length === 0) {
          last.parts[0]!.text += original.slice(cursor, to);
          last.to = until;
        } else
          out.push({
            from: at,
            to: until,
            parts: [{ text: original.slice(cursor, to), stock: false }],
            sources: [],
            more: 0,
          });
        cursor = to;
      }
      at = until;
    };
    for (; r < stretches.length && stretches[r]![0] < end; r++) {
      const [a, b] = stretches[r]!;
      const [from, to] = [right[a - start]!, left[b - start]!];
      plain(from, a);
      if (to <= from) continue;
      // Parts by stock; whitespace between a stock part and another goes with the other.
      const parts: RunPart[] = [];
      let cut = from;
      for (let x = a; x < b;) {
        const stock = c.stock[x] === 1;
        let y = x + 1;
        while (y < b && (c.stock[y] === 1) === stock) y++;
        const next = y === b ? to : stock ? left[y - start]! : right[y - start]!;
        if (next > cut) parts.push({ text: original.slice(cut, next), stock });
        cut = Math.max(cut, next);
        x = y;
      }
      out.push({ from: a, to: b, parts, ...sources[r]! });
      cursor = to;
      at = b;
    }
    plain(original.length, end);
    return out;
  });
}
