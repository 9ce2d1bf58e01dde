/** A place in the collection: speech number, 1-based paragraph, UTF-16 offset in that paragraph. */
export interface Position {
  speech: number;
  paragraph: number;
  offset: number;
}

export interface Speech {
  /** 1-based, as in the heading （一） = 1. */
  number: number;
  /** The heading line as printed, e.g. （三）. */
  label: string;
  /** One per source line, verbatim, paywall markers removed, blank lines dropped. */
  paragraphs: string[];
  /** Unicode code points in all paragraphs (line breaks not counted). */
  chars: number;
}

export interface Corpus {
  title: string;
  /** The optional count line, e.g. （6篇）; null when the source has none. */
  countLabel: string | null;
  source: string;
  sha256: string;
  /** Where the publisher's paywall began and ended; null when the source has no markers. */
  paid: { begin: Position; end: Position } | null;
  speeches: Speech[];
}
