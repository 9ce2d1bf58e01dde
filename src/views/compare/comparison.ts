import type { Speech } from '../../lib/corpus/types.ts';
import type { PairReuse, PairStock } from '../../lib/state/app.svelte.ts';
import type { OptionsPatch, Settings } from '../../lib/state/settings.ts';

/** What the comparison page and its view both take from the app. */
export interface ComparisonProps {
  a: Speech;
  b: Speech;
  settings: Settings;
  /**
   * A phone-sized screen: the options fold away so the text starts on the first screen. Null while
   * unknown (a prerendered page and its hydration): the view then holds both layouts and CSS
   * shows the one that fits, so that a phone's first paint is already the phone's layout.
   */
  narrow: boolean | null;
  /** The address to share. */
  url: string;
  /**
   * The address's fragment, which keeps the current change (`#c12`) for a copied link or a
   * reload, and how to replace it. None for own texts: their fragment holds the texts.
   */
  fragment?: string;
  onfragment?: (fragment: string) => void;
  onoptions: (patch: OptionsPatch) => void;
  /** Stock phrase ranges of each side while the reader mutes them; null otherwise. */
  stock: PairStock | null;
  /** Shares of reused text and stock phrases in the pair; null while unknown. */
  reused: PairReuse | null;
}
