/**
 * Any collection as the corpus the app loads (corpus.json): its texts become speeches numbered
 * in order, each labelled with its title, so every view works on it as on the bundled one.
 */
import { codePoints } from '../code-points.ts';
import type { CollectionText } from '../passim/text.ts';
import type { Corpus, Speech } from './types.ts';

export function corpusOf(
  texts: readonly CollectionText[],
  meta: { title: string; source: string; sha256: string },
): Corpus {
  return {
    title: meta.title,
    // A kept collection has no count line of its own: the page says its count in its language.
    countLabel: null,
    source: meta.source,
    sha256: meta.sha256,
    paid: null,
    speeches: speechesOf(texts),
  };
}

/** Texts as speeches numbered from `first` (a slice of a large collection's, kept.ts). */
export const speechesOf = (texts: readonly CollectionText[], first = 1): Speech[] =>
  texts.map((t, i) => ({
    number: first + i,
    label: t.title,
    paragraphs: t.paragraphs,
    chars: t.paragraphs.reduce((n, p) => n + codePoints(p), 0),
  }));

/** The bundled corpus's speeches as collection texts: id and title are the heading. */
export const textsOf = (corpus: Corpus): CollectionText[] =>
  corpus.speeches.map((s) => ({ id: s.label, title: s.label, paragraphs: s.paragraphs }));
