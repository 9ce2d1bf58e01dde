import type { Comparison } from '../model.ts';
import { lcsOf, type PlanRow, type Plans } from './format.ts';
import { decodePlanOnce } from './once.ts';

interface Texts {
  sha256: string;
  speeches: readonly { number: number; paragraphs: readonly string[] }[];
}

/**
 * A corpus's plans, each pair proven the first time it is asked for, by one rule: a plan is
 * believed when it decodes against its texts with its LCS, an LCS when both orders of its
 * pair do. Proving all 30 at the start was a task of about 200 ms on a phone before the page
 * answered (issue 26), and a page shows one pair; the others are proven in idle time ahead
 * (src/app/start.ts) or when shown. What is proven is kept (decodePlanOnce), what is refused too.
 */
export class ProvenPlans {
  readonly #plans: Plans;
  readonly #texts: Map<number, readonly string[]>;
  readonly #refused = new Set<string>();
  readonly #warn: (problem: string) => void;

  private constructor(plans: Plans, corpus: Texts, warn: (problem: string) => void) {
    this.#plans = plans;
    this.#texts = new Map(corpus.speeches.map((s) => [s.number, s.paragraphs]));
    this.#warn = warn;
  }

  /**
   * The plans, unless none came or they were made from another version of the corpus (then every
   * comparison is computed live). `warn` hears each plan refused, once.
   */
  static of(plans: Plans | null, corpus: Texts, warn: (problem: string) => void) {
    if (plans === null) return null;
    if (plans.sha256 !== corpus.sha256) {
      warn('plans.json was made from another version of the corpus');
      return null;
    }
    return new ProvenPlans(plans, corpus, warn);
  }

  /** The ordered pairs the plans have (`1-2`, `2-1`, …), proven or not. */
  get keys(): string[] {
    return Object.keys(this.#plans.pairs);
  }

  /** The default comparison of speeches x and y decoded from its plan; null when it does not fit. */
  comparison(x: number, y: number): Comparison | null {
    const key = `${x}-${y}`;
    const plan = this.#plans.pairs[key];
    const [a, b] = [this.#texts.get(x), this.#texts.get(y)];
    if (!plan || this.#refused.has(key)) return null;
    const lcs = lcsOf(this.#plans, x, y);
    try {
      if (!a || !b) throw new Error('no such pair');
      return decodePlanOnce(plan, a, b, lcs);
    } catch (error) {
      this.#refused.add(key);
      this.#warn(`plans.json pair ${key}, lcs ${x < y ? key : `${y}-${x}`}: ${String(error)}`);
      return null;
    }
  }

  /** The plan of speeches x and y, once proven; null when there is none or it does not fit. */
  plan(x: number, y: number): PlanRow[] | null {
    return this.comparison(x, y) ? (this.#plans.pairs[`${x}-${y}`] ?? null) : null;
  }

  /** The LCS length of speeches x and y (either order), once both orders were proven with it. */
  lcs(x: number, y: number): number | undefined {
    const known = lcsOf(this.#plans, x, y);
    if (known === undefined) return undefined;
    return this.comparison(x, y) && this.comparison(y, x) ? known : undefined;
  }
}
