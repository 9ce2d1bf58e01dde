/** The state an address holds, the problems reading one can find, and the home state. */
import type { Lang } from '../../i18n/messages.ts';
import { GRANULARITIES, IGNORES, type Granularity, type Ignore } from '../../diff/model.ts';

export { GRANULARITIES, IGNORES, type Granularity, type Ignore };
export const VIEWS = ['split', 'unified'] as const;
export type View = (typeof VIEWS)[number];
/** The sides that hold a person's own text (carried in the fragment, see lib/intake/fragment.ts). */
export const SIDES = ['a', 'b'] as const;
export type Side = (typeof SIDES)[number];

export interface UrlState {
  /**
   * Speech numbers, 1-based, as the two pickers show them: both set is a comparison, one set shows
   * that speech alone (on the side it was chosen), none the overview.
   */
  a: number | null;
  b: number | null;
  /** Interface language chosen in the URL; null follows the browser. */
  lang: Lang | null;
  /** Diff granularity; null is the default (DEFAULT_GRANULARITY). */
  g: Granularity | null;
  /** Differences not to highlight, in the order of IGNORES, each once. */
  ignore: Ignore[];
  /** Split or unified view; null follows the width of the screen. */
  view: View | null;
  /** Mute stock phrases (passages shared by three or more speeches) in the comparison. */
  mute: boolean;
  /**
   * The 查重 report of the text shown alone: a speech (exactly one of a and b set, no own text)
   * or one own text (own is one side, a and b both null). See `reportable`.
   */
  report: boolean;
  /** The report's shortest copied run, K_MIN to K_MAX characters; null is K_DEFAULT. */
  k: number | null;
  /** The collation of all speeches (or of `speeches`) instead of a comparison or the overview. */
  collate: boolean;
  /** The speeches collated, ascending, each once; empty means all. */
  speeches: number[];
  /** Collation: fold rows where only one column has text. */
  fold: boolean;
  /**
   * Identical speeches apart (`twins=apart`): in the collation, in columns of their own rather
   * than one merged column; in a 查重 report, a source identical to the text counted as a source
   * rather than left out.
   */
  apart: boolean;
  /** Sides that are own texts (in the order of SIDES, each once); their a or b is null. */
  own: Side[];
  /**
   * A collection kept in this browser (its id, lib/collection/types.ts COLLECTION_ID), whose
   * texts every view then shows instead of the bundled speeches: a, b and speeches number its
   * texts (checked against it once it is loaded, url/kept.ts); whether it exists here is known
   * only when the page looks (the page says so when it does not).
   */
  collection: string | null;
}

export type ProblemCode =
  | 'not-a-number'
  | 'no-such-speech'
  | 'repeated'
  | 'bad-value'
  | 'empty-value'
  | 'unknown'
  | 'report-alone'
  | 'own-and-speech'
  | 'not-with-collate'
  | 'not-with-collection'
  | 'too-many-collated'
  | 'bad-path';

export interface Problem {
  code: ProblemCode;
  param: string;
  /**
   * The offending value as given (shortened), shown as text, never as HTML; for a problem met
   * several times with different values, the first few of them.
   */
  value: string;
  /** For bad-value: the values the parameter accepts. */
  allowed?: string;
  /** How many times the URL has this problem (one parameter's values each count). */
  count: number;
}

export const HOME: UrlState = {
  a: null,
  b: null,
  lang: null,
  g: null,
  ignore: [],
  view: null,
  mute: false,
  report: false,
  k: null,
  collate: false,
  speeches: [],
  fold: false,
  apart: false,
  own: [],
  collection: null,
};

/**
 * Whether a state shows one text alone, which is what a 查重 report is of: one speech (a or b,
 * no own text) or one own text (own is one side, and no speech beside it).
 */
export function reportable(state: Pick<UrlState, 'a' | 'b' | 'own'>): boolean {
  const { a, b, own } = state;
  if (own.length === 0) return (a === null) !== (b === null);
  return own.length === 1 && a === null && b === null;
}
