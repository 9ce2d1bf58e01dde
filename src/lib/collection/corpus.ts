/**
 * A kept collection as a Corpus, the shape the bundled collection has, so that every view of
 * the bundled speeches (the comparison, one text, the 查重 report, the collation) runs on it
 * unchanged: its texts numbered 1… in the order kept, each named by its title.
 */
import { codePoints } from '../code-points.ts';
import type { Corpus } from '../corpus/types.ts';
import type { StoredCollection } from './types.ts';

/**
 * The most characters of a kept collection whose reuse analysis (one text's marks, the stock
 * phrases muted in a comparison or a collation) the page works out itself; a larger collection's
 * texts are shown without marks, and its comparisons, collations and 查重 reports still work.
 */
export const PAGE_REUSE_CHARS = 300_000;

export function corpusOf(collection: StoredCollection): Corpus {
  return {
    title: collection.name,
    countLabel: null,
    // No source file and no hash of one: own-text links keep using the bundled collection's.
    // The id names it for a worker that keeps its index (lib/worker/check.ts).
    source: '',
    sha256: `kept:${collection.id}`,
    paid: null,
    speeches: collection.items.map((text, i) => ({
      number: i + 1,
      label: text.title,
      paragraphs: text.paragraphs,
      chars: text.paragraphs.reduce((sum, p) => sum + codePoints(p), 0),
    })),
  };
}
