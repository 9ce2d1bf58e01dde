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

/** What a source group left: stretches it covers, each with its shift into the group's text. */
export interface Piece {
  from: number;
  to: number;
  shift: number;
}

export interface Coverage {
  copied: Uint8Array;
  stock: Uint8Array;
  /** Per group of the index, its pieces in order, and its speeches that are sources. */
  pieces: Piece[][];
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

/** Per stretch, its sources: each group's pieces met in order of position. */
function sourcesOf(
  stretches: readonly [number, number][],
  c: Coverage,
  limit: number,
): { sources: RunSource[]; more: number }[] {
  const found: { g: number; chars: number; at: number }[][] = stretches.map(() => []);
  c.pieces.forEach((pieces, g) => {
    if (pieces.length === 0 || c.members[g]!.length === 0) return;
    // The first stretch ending after the first piece begins.
    let [lo, hi] = [0, stretches.length];
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (stretches[mid]![1] <= pieces[0]!.from) lo = mid + 1;
      else hi = mid;
    }
    for (const { from, to, shift } of pieces) {
      for (let r = lo; r < stretches.length && stretches[r]![0] < to; r++) {
        const [a, b] = stretches[r]!;
        if (b <= from) {
          lo = r + 1;
          continue;
        }
        const list = found[r]!;
        const chars = Math.min(b, to) - Math.max(a, from);
        if (list.at(-1)?.g === g) list.at(-1)!.chars += chars;
        else list.push({ g, chars, at: Math.max(a, from) + shift });
      }
    }
  });
  return found.map((list, r) => {
    const length = stretches[r]![1] - stretches[r]![0];
    const all: { speech: number; at: number; partly: boolean; order: number }[] = [];
    for (const { g, chars, at } of list)
      for (const speech of c.members[g]!) {
        const partly = chars < length;
        // Whole first, then by row of the source table.
        all.push({ speech, at, partly, order: (partly ? c.rank.size : 0) + c.rank.get(speech)! });
      }
    all.sort((x, y) => x.order - y.order);
    return {
      sources: all.slice(0, limit).map(({ speech, at, partly }) => ({
        speech,
        paragraph: c.paragraphAt(speech, at),
        partly,
      })),
      more: Math.max(0, all.length - limit),
    };
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
