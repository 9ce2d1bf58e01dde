/**
 * The text a check compares: NFC, whitespace removed inside each paragraph, as code points, with
 * where each paragraph starts (no run of a check crosses a paragraph break). Each paragraph
 * remembers where in its original text every normalized character begins and ends, so
 * that the report shows the original text exactly and cuts it only between characters.
 */

interface NormalParagraph {
  /** The original paragraph. */
  text: string;
  /**
   * For x from 0 to the paragraph's count of normalized characters: the original text before
   * character x ends at left[x], the text from character x on begins at right[x]; between them
   * lies only whitespace. A cut inside a piece that NFC turned into two characters falls after
   * the piece. 0 = left[0] ≤ right[0] ≤ left[1] ≤ … ≤ right[last] = text.length.
   */
  left: Int32Array;
  right: Int32Array;
}

export interface Normalized {
  /** Code points, NFC, no whitespace, paragraph after paragraph (`starts` says where each begins). */
  codes: Int32Array;
  paragraphs: NormalParagraph[];
  /** Where each paragraph starts in `codes`, and one more entry: the end. */
  starts: number[];
}

/**
 * A piece is a character with the marks that follow it (and the Hangul vowel and final jamo, the
 * only characters besides marks that canonical composition joins to the one before). NFC never
 * composes across two pieces, so normalizing piece by piece is NFC of the whole (a test holds it).
 */
const JOINS = /^[\p{M}\u1160-\u11ff\ud7b0-\ud7ff]$/u;
const SPACE = /^\s$/u;
const JOIN = 1;
const WHITE = 2;
const KNOWN = 4;
/** What a code point is (JOIN, WHITE), by the regular expressions: slow, so asked once each. */
const kindOf = (c: number) =>
  (c >= 0x300 && !(c >= 0x3400 && c <= 0x9fff) && JOINS.test(String.fromCodePoint(c)) ? JOIN : 0) |
  (c === 32 || (c >= 9 && c <= 13) || (c >= 0x80 && SPACE.test(String.fromCodePoint(c)))
    ? WHITE
    : 0);
/**
 * kindOf of every code point met, kept: a table for the Basic Multilingual Plane (KNOWN once
 * asked), a map beyond it. Normalizing a collection of 31 million characters asked the regular
 * expressions for nearly every one of them, most of its time.
 */
const bmp = new Uint8Array(0x10000);
const astral = new Map<number, number>();
function kind(c: number): number {
  if (c < 0x10000) {
    const k = bmp[c]!;
    if (k !== 0) return k;
    return (bmp[c] = kindOf(c) | KNOWN);
  }
  let k = astral.get(c);
  if (k === undefined) astral.set(c, (k = kindOf(c)));
  return k;
}

/** An Int32Array that grows: the codes of all paragraphs, whose count is known only at the end. */
class Codes {
  array: Int32Array;
  length = 0;
  constructor(capacity: number) {
    this.array = new Int32Array(Math.max(16, capacity));
  }
  /** The array, with room for `more` codes after `length`. */
  reserve(more: number): Int32Array {
    if (this.length + more > this.array.length) {
      const larger = new Int32Array(Math.max(this.array.length * 2, this.length + more));
      larger.set(this.array.subarray(0, this.length));
      this.array = larger;
    }
    return this.array;
  }
  push(c: number): void {
    this.reserve(1)[this.length++] = c;
  }
}

/** Where the piece starting at i ends (code units). */
function pieceEnd(text: string, i: number): number {
  let end = i + (text.codePointAt(i)! > 0xffff ? 2 : 1);
  while (end < text.length) {
    const d = text.codePointAt(end)!;
    if (!(kind(d) & JOIN)) break;
    end += d > 0xffff ? 2 : 1;
  }
  return end;
}

/**
 * A paragraph already NFC: its code points as they are, whitespace dropped; the bounds in arrays
 * of its length, as it has no more code points than UTF-16 units.
 */
function nfcParagraph(text: string, codes: Codes): NormalParagraph {
  const n = text.length;
  const left = new Int32Array(n + 1);
  const right = new Int32Array(n + 1);
  const out = codes.reserve(n);
  let at = codes.length;
  let x = 0;
  let c = n > 0 ? text.codePointAt(0)! : 0;
  for (let i = 0; i < n;) {
    let end = i + (c > 0xffff ? 2 : 1);
    let next = end < n ? text.codePointAt(end)! : 0;
    if (end < n && kind(next) & JOIN) {
      // A piece of several code points (rare in Chinese): each cut inside it falls after it.
      end = pieceEnd(text, i);
      const before = x;
      for (let j = i; j < end;) {
        const d = text.codePointAt(j)!;
        j += d > 0xffff ? 2 : 1;
        if (kind(d) & WHITE) continue;
        out[at++] = d;
        right[x] = x === before ? i : end;
        left[++x] = end;
      }
      next = end < n ? text.codePointAt(end)! : 0;
    } else if (!(kind(c) & WHITE)) {
      out[at++] = c;
      right[x] = i;
      left[++x] = end;
    }
    i = end;
    c = next;
  }
  right[x] = n;
  codes.length = at;
  return { text, left: left.slice(0, x + 1), right: right.slice(0, x + 1) };
}

/** Any paragraph: each piece normalized by itself (NFC may make a piece longer). */
function anyParagraph(text: string, codes: Codes): NormalParagraph {
  const left = [0];
  const right: number[] = [];
  for (let i = 0; i < text.length;) {
    const end = pieceEnd(text, i);
    const before = codes.length;
    for (const x of text.slice(i, end).normalize('NFC')) {
      const d = x.codePointAt(0)!;
      if (!(kind(d) & WHITE)) codes.push(d);
    }
    for (let x = before; x < codes.length; x++) {
      right.push(x === before ? i : end);
      left.push(end);
    }
    i = end;
  }
  // The last character's end, then any whitespace, then the end of the paragraph.
  right.push(text.length);
  return { text, left: Int32Array.from(left), right: Int32Array.from(right) };
}

export function normalize(paragraphs: readonly string[]): Normalized {
  // NFC text has at most as many code points as UTF-16 units; text that is not may grow.
  const codes = new Codes(paragraphs.reduce((n, p) => n + p.length, 0));
  const starts: number[] = [];
  const normal = paragraphs.map((text) => {
    starts.push(codes.length);
    // Most text is NFC already: then each piece is too, and only whitespace is dropped.
    return text.normalize('NFC') === text ? nfcParagraph(text, codes) : anyParagraph(text, codes);
  });
  starts.push(codes.length);
  return { codes: codes.array.slice(0, codes.length), paragraphs: normal, starts };
}

/**
 * normalize's code points and paragraph starts alone, for a collection read whole (prepare.ts):
 * a paragraph already NFC needs no pieces then, only its whitespace dropped.
 */
export function normalCodes(paragraphs: readonly string[]): {
  codes: Int32Array;
  starts: number[];
} {
  const codes = new Codes(paragraphs.reduce((n, p) => n + p.length, 0));
  const starts: number[] = [];
  for (const text of paragraphs) {
    starts.push(codes.length);
    if (text.normalize('NFC') !== text) {
      anyParagraph(text, codes);
      continue;
    }
    const out = codes.reserve(text.length);
    let at = codes.length;
    for (let i = 0; i < text.length;) {
      const d = text.codePointAt(i)!;
      i += d > 0xffff ? 2 : 1;
      if (!(kind(d) & WHITE)) out[at++] = d;
    }
    codes.length = at;
  }
  starts.push(codes.length);
  return { codes: codes.array.slice(0, codes.length), starts };
}

/** The normalized text as a string (for the index, and for tests). */
export const normalText = (paragraphs: readonly string[]): string =>
  fromCodes(normalize(paragraphs).codes);

/** Code points to a string, in slices: spreading a long text into one call overflows the stack. */
export function fromCodes(codes: Int32Array): string {
  let text = '';
  for (let i = 0; i < codes.length; i += 4096)
    text += String.fromCodePoint(...codes.subarray(i, i + 4096));
  return text;
}
