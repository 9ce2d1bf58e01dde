/**
 * Sentences, the units of a collation. A paragraph (one line of the source) is cut after each run
 * of the marks 。！？； together with the closing quotes and brackets that follow it
 * (”’」』）》】〕), and after a line end inside it; what follows the last cut is the paragraph's
 * last sentence. The cuts keep every character: a paragraph's sentences joined are the paragraph.
 * An empty paragraph is one empty sentence, so that a column still has every paragraph.
 */

/** One sentence of one speech, and where it stands in that speech. */
export interface Sentence {
  /** 0-based paragraph of the speech. */
  paragraph: number;
  /** UTF-16 offset of the sentence in its paragraph. */
  start: number;
  text: string;
}

const SENTENCE = /[^。！？；\n]*(?:[。！？；]+[”’」』）》】〕]*|\n)?/gu;

/** A paragraph's sentences, in order; their texts joined give the paragraph back. */
export function splitSentences(paragraph: string): string[] {
  const out: string[] = [];
  for (const match of paragraph.matchAll(SENTENCE)) if (match[0] !== '') out.push(match[0]);
  return out.length === 0 ? [''] : out;
}

/** Every sentence of a speech, paragraph by paragraph. */
export function sentencesOfSpeech(paragraphs: readonly string[]): Sentence[] {
  const out: Sentence[] = [];
  paragraphs.forEach((p, paragraph) => {
    let start = 0;
    for (const text of splitSentences(p)) {
      out.push({ paragraph, start, text });
      start += text.length;
    }
  });
  return out;
}
