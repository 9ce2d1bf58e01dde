/**
 * An own text enters the comparison as a Speech, the type a speech of the collection has:
 * everything downstream (the diff, the view, the export) is the same code for both.
 */
import type { Speech } from '../corpus/types.ts';
import { MAX_CHARS, cleanText, type CleanText } from './clean.ts';

/** Own texts have no number in the collection: A is -1, B is -2, so they never count as one. */
export const OWN_NUMBER = { a: -1, b: -2 } as const;

export type OwnSide = { speech: Speech; cleaned: CleanText } | { tooLong: number };

/** The cleaned text of a side as a Speech, or its length when it is over MAX_CHARS. */
export function ownSpeech(side: 'a' | 'b', label: string, raw: string): OwnSide {
  const cleaned = cleanText(raw);
  if (cleaned.chars > MAX_CHARS) return { tooLong: cleaned.chars };
  return {
    speech: {
      number: OWN_NUMBER[side],
      label,
      paragraphs: cleaned.paragraphs,
      chars: cleaned.chars,
    },
    cleaned,
  };
}
