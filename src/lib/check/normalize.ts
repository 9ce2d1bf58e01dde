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
const joins = (c: number) =>
  c >= 0x300 && !(c >= 0x3400 && c <= 0x9fff) && JOINS.test(String.fromCodePoint(c));
const SPACE = /^\s$/u;
const isSpace = (c: number) =>
  c === 32 || (c >= 9 && c <= 13) || (c >= 0x80 && SPACE.test(String.fromCodePoint(c)));

export function normalize(paragraphs: readonly string[]): Normalized {
  const codes: number[] = [];
  const starts: number[] = [];
  const normal = paragraphs.map((text) => {
    starts.push(codes.length);
    const left = [0];
    const right: number[] = [];
    // Most text is NFC already: then each piece is too, and only whitespace is dropped.
    const nfc = text.normalize('NFC') === text;
    for (let i = 0; i < text.length;) {
      let end = i + (text.codePointAt(i)! > 0xffff ? 2 : 1);
      while (end < text.length && joins(text.codePointAt(end)!))
        end += text.codePointAt(end)! > 0xffff ? 2 : 1;
      const piece = text.slice(i, end);
      const before = codes.length;
      for (const c of nfc ? piece : piece.normalize('NFC')) {
        const code = c.codePointAt(0)!;
        if (!isSpace(code)) codes.push(code);
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
  });
  starts.push(codes.length);
  return { codes: Int32Array.from(codes), paragraphs: normal, starts };
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
