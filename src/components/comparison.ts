import type { Speech } from '../lib/corpus/types.ts';
import type { UrlState, View } from '../lib/state/url.ts';

/** What the comparison page and its view both take from the app. */
export interface ComparisonProps {
  a: Speech;
  b: Speech;
  options: UrlState;
  /** The layout when the URL does not choose one (unified on narrow screens). */
  defaultView: View;
  url: string;
  onchange: (next: UrlState) => void;
  /** Code point ranges of a speech's paragraph that are stock phrases of the collection. */
  stock: (speech: number, paragraph: number) => [number, number][];
  /**
   * Share of each speech in passages (of minLength or more) the two share, and in stock phrases
   * of the collection; null while unknown.
   */
  reused: {
    reusedA: number;
    reusedB: number;
    stockA: number;
    stockB: number;
    minLength: number;
  } | null;
}
