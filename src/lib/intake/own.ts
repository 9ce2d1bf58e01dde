/**
 * An own text enters the comparison as a Speech, the type a speech of the collection has:
 * everything downstream (the diff, the view, the export) is the same code for both.
 */
import type { Speech } from '../corpus/types.ts';
import { MAX_CHARS, cleanText, type CleanText } from './clean.ts';
import type { Side } from '../state/url/index.ts';

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

/** Why texts were not taken: the first side over MAX_CHARS, else the first side with no text. */
type SidesRefusal =
  { reason: 'too-long'; side: Side; chars: number } | { reason: 'empty'; side: Side };

export interface TakenSides {
  speeches: Partial<Record<Side, Speech>>;
  /** What cleaning did to each own text. */
  reports: Partial<Record<Side, CleanText['report']>>;
  refusal: SidesRefusal | null;
}

/**
 * The sides asked for as Speeches, for a comparison (both) or a report (one): an own side's text
 * cleaned (ownSpeech), any other side the speech of the collection it names (or none).
 */
export function takeSides(
  sides: readonly Side[],
  own: readonly Side[],
  texts: Record<Side, string>,
  labels: Record<Side, string>,
  speechOf: (side: Side) => Speech | null,
): TakenSides {
  const taken: TakenSides = { speeches: {}, reports: {}, refusal: null };
  const empty: Side[] = [];
  for (const side of sides) {
    let speech = speechOf(side);
    if (own.includes(side)) {
      const got = ownSpeech(side, labels[side], texts[side]);
      if ('tooLong' in got) {
        taken.refusal ??= { reason: 'too-long', side, chars: got.tooLong };
        continue;
      }
      taken.reports[side] = got.cleaned.report;
      speech = got.speech.paragraphs.length ? got.speech : null;
    }
    if (speech) taken.speeches[side] = speech;
    else empty.push(side);
  }
  const side = empty[0];
  if (!taken.refusal && side) taken.refusal = { reason: 'empty', side };
  return taken;
}
