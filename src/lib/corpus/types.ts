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
  /** Reuse found by passim, read from its output (`npm run site -- --import-passim`). */
  passim?: PassimFindings;
}

/** What passim found in the collection, offsets converted to the app's (lib/passim/import.ts). */
export interface PassimFindings {
  /** Clusters of passages that passim aligned. */
  clusters: number;
  /** Pairs of speeches (a < b) that share a passage by passim. */
  pairs: [number, number][];
  /** Each passage of a cluster: where it begins and ends in its speech. */
  passages: { cluster: string; from: Position; to: Position }[];
  /** Records of passim's output that did not fit their text: reported and left out. */
  leftOut: number;
}
