/**
 * The comparison of a pair of the collection's speeches, as state: the one worked out ahead
 * (plans.json, decoded and proven once: plan/once.ts) when the reader asks for the default
 * options, else one made live with the diff code, loaded once; a failure to make it, with a
 * retry; and, while another option of the same pair is being computed, the last comparison, so
 * that the control the reader just used keeps its place and its focus. The comparison view only
 * draws what this says.
 *
 * Made in a component's script (its effect lives and dies with the component).
 */
import {
  DEFAULT_GRANULARITY,
  type Comparison,
  type Granularity,
  type Ignore,
} from '../diff/model.ts';
import type { PlanRow } from '../diff/plan/format.ts';
import { decodePlanOnce } from '../diff/plan/once.ts';

/** What the comparison is of: the pair, its options, and what the plans have of it. */
export interface PairAsk {
  a: { number: number; paragraphs: readonly string[] };
  b: { number: number; paragraphs: readonly string[] };
  granularity: Granularity;
  ignore: readonly Ignore[];
  /** The default comparison of this pair, worked out ahead of time; null to compute it. */
  plan: PlanRow[] | null;
  /** The exact LCS length of the two texts, when known ahead of time. */
  lcs: number | undefined;
}

export class PairComparison {
  #ask: () => PairAsk;
  readonly #key = $derived.by(() => {
    const { a, b, granularity, ignore } = this.#ask();
    return `${a.number}|${b.number}|${granularity}|${ignore.join()}`;
  });

  /** The precomputed comparison, when the reader asks for the default one. */
  readonly planned = $derived.by((): Comparison | null => {
    const { a, b, plan, lcs, granularity, ignore } = this.#ask();
    if (!plan || granularity !== DEFAULT_GRANULARITY || ignore.length > 0) return null;
    try {
      return decodePlanOnce(plan, a.paragraphs, b.paragraphs, lcs);
    } catch (error) {
      // A plan that does not fit its texts is not believed: the comparison is made live.
      console.warn(`plans.json ${a.number}-${b.number}: ${String(error)}; compared live instead`);
      return null;
    }
  });

  /** Otherwise the diff code is loaded, once, and run. */
  #live = $state.raw<{ key: string; comparison: Comparison } | null>(null);
  /** A comparison that could not be made, for the options it was asked with. */
  #failure = $state.raw<{ key: string; message: string } | null>(null);
  #attempt = $state(0);
  /** The last comparison shown, and of which pair. */
  #last = $state.raw<{ pair: string; comparison: Comparison } | null>(null);

  /** An alert is about the comparison it stands over: it goes when that comparison is right. */
  readonly failed = $derived(
    !this.planned && this.#failure?.key === this.#key && this.#live?.key !== this.#key
      ? this.#failure.message
      : null,
  );
  /** The comparison of the options asked for; null while it is being made. */
  readonly current = $derived(
    this.planned ?? (this.#live?.key === this.#key ? this.#live.comparison : null),
  );
  readonly #pair = $derived.by(() => {
    const { a, b } = this.#ask();
    return `${a.number}|${b.number}`;
  });
  /** What to show: the current comparison, else the last one of the same pair (marked busy). */
  readonly comparison = $derived(
    this.current ?? (this.#last?.pair === this.#pair ? this.#last.comparison : null),
  );

  constructor(ask: () => PairAsk) {
    this.#ask = ask;
    $effect(() => {
      if (this.planned) return;
      const { a, b, granularity, ignore } = this.#ask();
      const key = this.#key;
      void this.#attempt;
      let stale = false;
      import('../diff/compare.ts')
        .then(({ compareTexts }) => {
          if (stale) return;
          const comparison = compareTexts(a.paragraphs, b.paragraphs, {
            granularity,
            ignore: [...ignore],
          });
          this.#live = { key, comparison };
          this.#failure = null;
        })
        .catch((error: unknown) => {
          if (!stale)
            this.#failure = {
              key,
              message: error instanceof Error ? error.message : String(error),
            };
        });
      return () => {
        stale = true;
      };
    });
    $effect(() => {
      if (this.current) this.#last = { pair: this.#pair, comparison: this.current };
    });
  }

  /** Makes the comparison that failed again, as it was asked. */
  retry(): void {
    this.#attempt++;
  }
}
