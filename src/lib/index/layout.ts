/**
 * All texts of a collection normalized as the 查重 report normalizes them (check/normalize.ts:
 * NFC, no whitespace, code points) and laid end to end in one array, each paragraph followed by
 * a separator. Separators are negative and all different, so two of them never compare equal:
 * extending a match stops at a paragraph's end by itself, with no bounds to look up.
 */
import { normalize } from '../check/normalize.ts';
import { Column } from './column.ts';

/** What the index reads of a text: a corpus speech, an own text and a collection's file alike. */
export interface TextInput {
  readonly paragraphs: readonly string[];
}

export interface Layout {
  /** Position 0 is a separator, then each text's paragraphs, each followed by a separator. */
  codes: Int32Array;
  /** Per text, where its first paragraph begins in `codes`; one more entry: the end. */
  base: Int32Array;
  /** The separators after each paragraph, all texts in order. */
  ends: Int32Array;
  /** Per text, the index in `ends` of its first paragraph; one more entry: the end. */
  firstEnd: Int32Array;
  /** Per text, its count of normalized characters (what the report calls its length). */
  lengths: Int32Array;
}

/** Lays out texts [0, count) one by one, so that a caller can report progress between them. */
export class LayoutBuilder {
  private readonly codes = new Column(1 << 16);
  private readonly base = new Column();
  private readonly ends = new Column();
  private readonly firstEnd = new Column();
  private readonly lengths = new Column();

  constructor() {
    this.codes.push(-1);
  }

  /** Adds one text; returns its count of normalized characters. */
  add(text: TextInput): number {
    const { codes, starts } = normalize(text.paragraphs);
    this.base.push(this.codes.length);
    this.firstEnd.push(this.ends.length);
    for (let p = 0; p + 1 < starts.length; p++) {
      for (let i = starts[p]!; i < starts[p + 1]!; i++) this.codes.push(codes[i]!);
      this.ends.push(this.codes.length);
      // Unique per position: two separators are never equal, nor equal to a code point.
      this.codes.push(-1 - this.codes.length);
    }
    this.lengths.push(codes.length);
    return codes.length;
  }

  done(): Layout {
    this.base.push(this.codes.length);
    this.firstEnd.push(this.ends.length);
    return {
      codes: this.codes.done(),
      base: this.base.done(),
      ends: this.ends.done(),
      firstEnd: this.firstEnd.done(),
      lengths: this.lengths.done(),
    };
  }
}

/**
 * A position of text t in `codes` as an offset into the text's normalized code points (those of
 * normalize(), which the report uses): the separators before it in the text are left out.
 */
export function offsetOf(layout: Layout, t: number, position: number): number {
  // The first paragraph of t whose separator lies after the position holds it.
  let lo = layout.firstEnd[t]!;
  let hi = layout.firstEnd[t + 1]! - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (layout.ends[mid]! < position) lo = mid + 1;
    else hi = mid;
  }
  return position - layout.base[t]! - (lo - layout.firstEnd[t]!);
}
