/**
 * Granularity is only a choice of tokenizer: the diff, the cleanups and the view model are the
 * same for characters, words and sentences (as jsdiff's character and word diffs are). Every
 * tokenizer loses nothing (its tokens joined are its input) and keeps a template slot as one
 * token, so that slots can be keyed and marked in every mode.
 */
import { splitAtSlots } from './slots.ts';

export type Granularity = 'char' | 'word' | 'sentence';
export const GRANULARITIES: readonly Granularity[] = ['char', 'word', 'sentence'];

/** How one paragraph becomes tokens. */
export type Tokenizer = (paragraph: string) => string[];

/** Applies a tokenizer to the text between slots; each slot is a token of its own. */
const slotAware =
  (split: (text: string) => string[]): Tokenizer =>
  (paragraph) =>
    splitAtSlots(paragraph).flatMap((piece) => (piece.slot ? [piece.text] : split(piece.text)));

/** Code points: an astral character (𠮷, 😀) is never cut in two. */
export const charTokens: Tokenizer = slotAware((text) => Array.from(text));

// Building a segmenter loads ICU data: once per page, not once per paragraph.
let segmenter: Intl.Segmenter | undefined;

/** Dictionary words as ICU sees them in Chinese; punctuation and spaces are tokens too. */
export function wordSegments(text: string): string[] {
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  return Array.from(segmenter.segment(text), (s) => s.segment);
}

export const wordTokens: Tokenizer = slotAware(wordSegments);

/**
 * A sentence ends after 。！？；… (or a run of them, 。。 or ……) and the closing quotes or
 * brackets that follow, so that “……！” stays one sentence. ASCII ! ? ; count too; the ASCII
 * full stop does not, since it is the decimal point of 3.5%.
 */
const SENTENCE = /[^。！？；…!?;]+(?:[。！？；…!?;]+[”’」』）)]*)?|[。！？；…!?;]+[”’」』）)]*/gu;

export const sentenceTokens: Tokenizer = slotAware((text) =>
  Array.from(text.matchAll(SENTENCE), (m) => m[0]),
);

const TOKENIZERS: Record<Granularity, Tokenizer> = {
  char: charTokens,
  word: wordTokens,
  sentence: sentenceTokens,
};

export const tokenizerFor = (granularity: Granularity): Tokenizer => TOKENIZERS[granularity];
