/**
 * A text of a collection as it enters from outside (a file of a folder, a JSON-lines record, a
 * heading of the bundled file) and as passim reads and writes it: an identifier that names it
 * across tools, a title a reader sees, its paragraphs, and passim's grouping fields.
 */
export interface CollectionText {
  /** Unique in the collection: passim's `id` (a file's path in its folder, a record's id). */
  id: string;
  /** What a reader sees: the record's title, else the file's name; never only a number. */
  title: string;
  /** One a line, no blank ones (intake/clean.ts). */
  paragraphs: string[];
  /** passim's `series`: texts of one series are not compared with each other (README). */
  series?: string;
  date?: string;
}

/** The text passim reads and whose offsets it writes: the paragraphs, one a line. */
export const passimText = (text: Pick<CollectionText, 'paragraphs'>): string =>
  text.paragraphs.join('\n');

/**
 * For each code point offset 0 … n of a string, its UTF-16 offset (the app's): passim counts in
 * code points (Python strings and Spark's substr both do), JavaScript in code units. Null for a
 * string without surrogates, where the two are the same.
 */
export function codeUnitOffsets(text: string): Int32Array | null {
  // Without the u flag: with it, a well-formed pair is one code point and would not match.
  if (!/[\uD800-\uDFFF]/.test(text)) return null;
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    out.push(i);
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
  }
  out.push(text.length);
  return Int32Array.from(out);
}
