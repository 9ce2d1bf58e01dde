/**
 * Granularity is only a choice of tokenizer: the diff, the cleanups and the view model are the
 * same for characters, words and sentences (as jsdiff's character and word diffs are). Every
 * tokenizer loses nothing (its tokens joined are its input) and keeps a template slot as one
 * token, so that slots can be keyed and marked in every mode.
 */
import { graphemes } from './clusters.ts';
import type { Granularity } from './model.ts';
import { splitAtSlots } from './slots.ts';

/** How one paragraph becomes tokens. */
export type Tokenizer = (paragraph: string) => string[];

/** Applies a tokenizer to the text between slots; each slot is a token of its own. */
const slotAware =
  (split: (text: string) => string[]): Tokenizer =>
  (paragraph) =>
    splitAtSlots(paragraph).flatMap((piece) => (piece.slot ? [piece.text] : split(piece.text)));

/** Characters as a reader sees them (clusters.ts): 𠮷, é, 👨‍👩‍👧 are never cut in two. */
export const charTokens: Tokenizer = slotAware(graphemes);

/**
 * A sentence ends after 。！？；… (or a run of them, 。。 or ……) and the closing quotes or
 * brackets that follow, so that “……！” stays one sentence. ASCII ! ? ; count too; the ASCII
 * full stop does not, since it is the decimal point of 3.5%.
 */
const SENTENCE = /[^。！？；…!?;]+(?:[。！？；…!?;]+[”’」』）)]*)?|[。！？；…!?;]+[”’」』）)]*/gu;

const sentences = (text: string) => Array.from(text.matchAll(SENTENCE), (m) => m[0]);

/**
 * Text given to the word segmenter at a time. Node 20's ICU takes quadratic time on one long
 * string (40,000 characters, 12 s) where Chromium's takes milliseconds: words are found sentence
 * by sentence, and a sentence longer than this is cut into pieces of this many clusters (a word
 * across such a cut is seen as two).
 */
const SEGMENT_PIECE = 500;

/** The pieces the word segmenter is given, in order: joined, they are the text. */
export function* wordPieces(text: string): Generator<string> {
  for (const sentence of sentences(text)) {
    if (sentence.length <= SEGMENT_PIECE) yield sentence;
    else {
      const clusters = graphemes(sentence);
      for (let i = 0; i < clusters.length; i += SEGMENT_PIECE) {
        yield clusters.slice(i, i + SEGMENT_PIECE).join('');
      }
    }
  }
}

// Building a segmenter loads ICU data: once per page, not once per paragraph. Where there is
// none (an old browser or a Node without ICU), word mode is unavailable and words are clusters.
let segmenter: Intl.Segmenter | null | undefined;
function wordSegmenter(): Intl.Segmenter | null {
  if (segmenter === undefined) {
    try {
      segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
    } catch {
      segmenter = null;
    }
  }
  return segmenter;
}

/**
 * Can words be found here? Without Intl.Segmenter, word mode is characters, and the comparison
 * says so (`Comparison.wordsAsCharacters`, shown by the view).
 */
export const wordsAvailable = (): boolean => wordSegmenter() !== null;

/** For tests: pretend Intl.Segmenter is missing (true) or find it again (false). */
export function withoutSegmenter(missing: boolean): void {
  segmenter = missing ? null : undefined;
}

/**
 * Dictionary words as ICU sees them in Chinese; punctuation and spaces are tokens too. Without a
 * segmenter, clusters.
 */
export function wordSegments(text: string): string[] {
  const words = wordSegmenter();
  if (words === null) return graphemes(text);
  const out: string[] = [];
  for (const piece of wordPieces(text)) for (const s of words.segment(piece)) out.push(s.segment);
  return out;
}

export const wordTokens: Tokenizer = slotAware(wordSegments);

export const sentenceTokens: Tokenizer = slotAware(sentences);

const TOKENIZERS: Record<Granularity, Tokenizer> = {
  char: charTokens,
  word: wordTokens,
  sentence: sentenceTokens,
};

export const tokenizerFor = (granularity: Granularity): Tokenizer => TOKENIZERS[granularity];
