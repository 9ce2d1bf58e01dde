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
