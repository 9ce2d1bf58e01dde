/**
 * The text a check compares: NFC, without whitespace (line breaks included), as code points. Each
 * normalized code point remembers the piece of the original it came from, so that the report
 * shows the original text exactly and cuts it only between pieces.
 */

/** A piece of an original paragraph and the normalized code points [from, to) it became. */
export interface Piece {
  text: string;
  from: number;
  to: number;
}

export interface Normalized {
  /** Code points, NFC, no whitespace; paragraph breaks are gone, so runs may cross them. */
  codes: Int32Array;
  /** Per original paragraph, its pieces in order: they join to exactly that paragraph. */
  pieces: Piece[][];
  /** Where each original paragraph starts in `codes`, and one more entry: the end. */
  starts: number[];
}

/**
 * A base character with the marks that follow it (and Hangul vowel and final jamo, the only
 * characters besides marks that canonical composition joins to the one before), or a lone run of
 * marks. NFC never composes across two such pieces, so normalizing piece by piece is NFC of the
 * whole (a test holds this), and a piece is never cut in the report.
 */
const PIECE =
  /[^\p{M}\u1160-\u11ff\ud7b0-\ud7ff][\p{M}\u1160-\u11ff\ud7b0-\ud7ff]*|[\p{M}\u1160-\u11ff\ud7b0-\ud7ff]+/gsu;
const SPACE = /\s/gu;

export function normalize(paragraphs: readonly string[]): Normalized {
  const codes: number[] = [];
  const starts: number[] = [];
  const pieces = paragraphs.map((paragraph) => {
    starts.push(codes.length);
    return Array.from(paragraph.matchAll(PIECE), ([text]) => {
      const from = codes.length;
      for (const c of text.normalize('NFC').replace(SPACE, '')) codes.push(c.codePointAt(0)!);
      return { text, from, to: codes.length };
    });
  });
  starts.push(codes.length);
  return { codes: Int32Array.from(codes), pieces, starts };
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
