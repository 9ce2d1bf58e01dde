import { flushSync, untrack } from 'svelte';
import type { Row } from '../../../lib/diff/model.ts';
import { drawnAfter, drawSteps, firstRows, nextStep } from '../../../lib/render/batches.ts';

/** The rows as shown and where each batch of them ends (render/batches.ts `batchEnds`). */
export interface Batched {
  rows: Row[];
  ends: number[];
  /** The model's rows: the strip follows them. */
  model: Row[];
}

/**
 * How many of a comparison's rows are drawn. Long comparisons are drawn in batches, each in a
 * task of its own, so that the page answers all along; the first too, after the task that draws
 * what is around them (the verdict, the figures, the options: with the first batch, at 200,000
 * characters a side, a task over 50 ms, issue 26). A comparison of one batch is drawn at once
 * (and prerendered, and hydrated): the rows the component starts with. Any later one (another pair,
 * an option, the first fold opened on a served body: `again`) draws its first rows at once, more
 * than a screen holds (render/batches.ts `firstRows`), and the rest a task at a time, so that the
 * change and its frame stay short (issue 26). The rows drawn belong to the rows they were counted
 * for: new rows start again. Made while its component initialises: it owns two effects.
 */
export class RowDrawing {
  readonly #of: () => Batched;
  #progress = $state.raw<{ rows: Row[]; drawn: number } | null>(null);
  /** Batches drawn a task: as many as this page draws in a few tens of milliseconds. */
  #step = 1;
  #stripped = $state.raw<Row[] | null>(null);
  /** The rows the component started with, drawn whole if they are one batch. */
  readonly #start: Row[];
  /** Where a drawing may pause (render/batches.ts `drawSteps`). */
  readonly #steps = $derived.by(() => {
    const { rows, ends } = this.#of();
    return drawSteps(rows, ends);
  });

  /** Rows drawn: the first `drawn` of the rows. */
  readonly drawn = $derived.by(() => {
    const { rows, ends } = this.#of();
    const progress = this.#progress;
    if (progress?.rows === rows) return progress.drawn;
    if (ends.length > 1) return 0;
    return rows === this.#start ? (ends[0] ?? 0) : firstRows(rows);
  });
  readonly drawing = $derived.by(() => this.drawn < this.#of().rows.length);
  /**
   * A long comparison's strip comes a task after its first rows, which then paint sooner. The
   * collection's pairs have theirs at once (and in their prerendered markup).
   */
  readonly strip = $derived.by(() => {
    const { ends, model } = this.#of();
    return ends.length === 1 || this.#stripped === model;
  });

  constructor(of: () => Batched) {
    this.#of = of;
    this.#start = untrack(() => of().rows);
    $effect(() => {
      if (!this.drawing) return;
      const next = drawnAfter(this.#steps, this.drawn, this.#step);
      // A task, not a frame: a hidden tab still draws, and the page paints between tasks.
      const timer = setTimeout(() => {
        const start = performance.now();
        flushSync(() => this.to(next));
        this.#step = nextStep(this.#step, performance.now() - start);
      });
      return () => clearTimeout(timer);
    });
    $effect(() => {
      const model = this.#of().model;
      const timer = setTimeout(() => (this.#stripped = model));
      return () => clearTimeout(timer);
    });
  }

  /**
   * Draws the rows again from the first ones, through row `through` at least: the served body
   * (all of it written) gives way to a drawn one (a fold opened on it, ServedBody).
   */
  again = (through: number) => {
    const rows = this.#of().rows;
    const first = Math.max(firstRows(rows), through);
    this.#progress = { rows, drawn: Math.min(rows.length, first) };
  };

  /** Draws the rows up to `n` (never fewer than are drawn). */
  to = (n: number) => {
    this.#progress = { rows: this.#of().rows, drawn: Math.max(this.drawn, n) };
  };
}
