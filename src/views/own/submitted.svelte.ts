/**
 * What the reader last submitted (对比 or 查重): the texts taken as Speeches (lib/intake/own.ts,
 * own ones cleaned) for the comparison or the report that OwnResult.svelte shows, what cleaning
 * did to them, or why they could not be taken. OwnView.svelte says when; this takes them.
 */
import type { Corpus, Speech } from '../../lib/corpus/types.ts';
import { MAX_CHARS, type CleanReport } from '../../lib/intake/clean.ts';
import { takeSides, type TakenSides } from '../../lib/intake/own.ts';
import type { AppState } from '../../lib/state/app.svelte.ts';
import { SIDES, type Side } from '../../lib/state/url/index.ts';
import { t } from '../../lib/state/i18n.svelte.ts';

/** An own side's name (文本 A / Text A), in the interface language. */
export const ownLabel = (side: Side) => t(side === 'a' ? 'own.ownTextA' : 'own.ownTextB');

export class Submitted {
  /** The texts last submitted for comparison; null before the first Compare. */
  pair = $state.raw<{ a: Speech; b: Speech } | null>(null);
  /** The own text last submitted for the 查重 report (the state's `report`), or null. */
  checked = $state.raw<Speech | null>(null);
  /**
   * Why the texts last submitted could not be taken, and whether one text was (查重) or two;
   * null when they were. Kept as the reason, not in words: the words follow the language.
   */
  #refused = $state.raw<{ refusal: NonNullable<TakenSides['refusal']>; one: boolean } | null>(null);
  /** Why the texts last submitted could not be taken, in words; null when they were. */
  readonly refusal = $derived.by(() => {
    if (!this.#refused) return null;
    const { refusal: r, one } = this.#refused;
    const side = ownLabel(r.side);
    return r.reason === 'empty'
      ? t(one ? 'own.ownCheckEmpty' : 'own.ownEmpty', { side })
      : t(one ? 'own.ownCheckTooLong' : 'own.ownTooLong', { side, n: r.chars, max: MAX_CHARS });
  });
  /** What cleaning did to each own text submitted. */
  reports = $state.raw<Partial<Record<Side, CleanReport>>>({});

  readonly #app: AppState;
  readonly #corpus: Corpus;
  readonly #texts: () => Record<Side, string>;

  /** `texts`: what the editors hold now. */
  constructor(app: AppState, corpus: Corpus, texts: () => Record<Side, string>) {
    this.#app = app;
    this.#corpus = corpus;
    this.#texts = texts;
  }

  /** Takes the sides' texts as Speeches (own ones cleaned), or says why it could not. */
  #take(sides: readonly Side[]): TakenSides['speeches'] | null {
    const view = this.#app.url;
    const speechOf = (side: Side) => this.#corpus.speeches[(view[side] ?? 0) - 1] ?? null;
    const labels = { a: ownLabel('a'), b: ownLabel('b') };
    const got = takeSides(sides, view.own, this.#texts(), labels, speechOf);
    const r = got.refusal;
    this.reports = got.reports;
    // One side is the 查重 of that text; two sides are the comparison.
    this.#refused = r ? { refusal: r, one: sides.length === 1 } : null;
    return r ? null : got.speeches;
  }

  /** The comparison of both sides. */
  compare(): void {
    const { a, b } = this.#take(SIDES) ?? {};
    if (a && b) this.pair = { a, b };
  }

  /** The report's text: the one own side of the state. */
  check(): void {
    const side = this.#app.url.own[0];
    this.checked = (side && this.#take([side])?.[side]) || null;
  }

  /** Nothing submitted (new texts came from the address). */
  clear(): void {
    [this.pair, this.checked] = [null, null];
  }

  /** The own texts shown take these names (a language link renames them). */
  rename(names: Record<Side, string>): void {
    const own = this.#app.url.own;
    const named = (s: Speech, side: Side) =>
      own.includes(side) && s.label !== names[side] ? { ...s, label: names[side] } : s;
    const side = own[0];
    if (this.checked && side) this.checked = named(this.checked, side);
    if (this.pair) this.pair = { a: named(this.pair.a, 'a'), b: named(this.pair.b, 'b') };
  }
}
