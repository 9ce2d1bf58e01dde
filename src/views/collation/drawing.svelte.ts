import { flushSync, untrack } from 'svelte';
import { nextStep } from '../../lib/render/batches.ts';

/** Rows drawn at once: more than a screen holds, on a phone or a desktop. */
const FIRST_ROWS = 16;
/** Rows in a batch drawn a task later (a task draws one or more). */
const BATCH_ROWS = 4;

/**
 * The table as laid out: its items (replaced whole), named by what it shows (the settings, the
 * folding, the rows a search found), and its rows.
 */
export interface Laid {
  items: unknown;
  key: string;
  rows: number;
}

/**
 * How many of the collation's rows are drawn. The table is drawn in batches: the first rows at
 * once, the next ones a task at a time, as many as fit in about 10 ms (render/batches.ts
 * nextStep); drawn whole, the collection's table was one task of 0.6 s on a phone (issue 26).
 * Paper (drawAll, before printing) and a link to a row (#r12) need every row first.
 * Made while its component initialises: it owns two effects.
 */
export class TableDrawing {
  readonly #table: () => Laid;
  #drawn = $state.raw<{ items: unknown; key: string; rows: number } | null>(null);
  #step = 1;
  /**
   * The table drawn whole from the start, if any, named by what it shows (`key`): the address's
   * own settings, applied once the page hydrated, make the same table anew, still whole. Any
   * other table, the reader's first setting, search or folding after the served one included,
   * is drawn in batches (drawn whole, the first fold or option changed on the served table was
   * one task of about 150 ms on a desktop, issue 26).
   */
  readonly first: string | null;
  /** Rows drawn: the first `limit` of the table's. */
  readonly limit = $derived.by(() => {
    const { items, key, rows } = this.#table();
    const drawn = this.#drawn;
    return drawn !== null && drawn.items === items && drawn.key === key
      ? drawn.rows
      : key === this.first
        ? rows
        : FIRST_ROWS;
  });
  /** Rows are still to come (the table is busy). */
  readonly drawing = $derived.by(() => this.limit < this.#table().rows);

  /** `table`, read in effects: the table as it is now. `whole`: the first one drawn at once. */
  constructor(table: () => Laid, whole: boolean) {
    this.#table = table;
    this.first = untrack(() => (whole ? table().key : null));
    $effect(() => {
      if (!this.drawing) return;
      const next = this.limit + this.#step * BATCH_ROWS;
      const timer = setTimeout(() => {
        const start = performance.now();
        flushSync(() => this.#drawTo(next));
        this.#step = nextStep(this.#step, performance.now() - start);
      });
      return () => clearTimeout(timer);
    });
    // A link to a row (#r12) may arrive before the table is built: go there once it is, with
    // every row before it drawn (once: later settings leave the reader where they are).
    let arrived = false;
    $effect(() => {
      if (arrived) return;
      const row = /^#r(\d+)$/u.exec(location.hash);
      if (row && this.drawing) {
        // This effect runs again once they are drawn.
        this.#drawTo(this.#table().rows);
        return;
      }
      arrived = true;
      if (row) document.querySelector(`#r${row[1]}`)?.scrollIntoView({ block: 'start' });
    });
  }

  /** Every row, drawn now: before the page is printed. */
  drawAll = () => flushSync(() => this.#drawTo(this.#table().rows));

  #drawTo(rows: number) {
    const { items, key } = this.#table();
    this.#drawn = { items, key, rows: Math.max(this.limit, rows) };
  }
}
