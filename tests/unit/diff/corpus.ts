import { readFileSync } from 'node:fs';
import { CORPUS_JSON } from '../../../tools/paths.ts';
import { validateCorpus } from '../../../src/lib/corpus/validate.ts';

/** The committed corpus, as the app loads it. */
export const corpus = validateCorpus(JSON.parse(readFileSync(CORPUS_JSON, 'utf8')));
export const paragraphsOf = (n: number): string[] => corpus.speeches[n - 1]?.paragraphs ?? [];

/** No lone surrogate: an astral character was never cut in two. */
export const wellFormed = (text: string): boolean => !/\p{Cs}/u.test(text);
