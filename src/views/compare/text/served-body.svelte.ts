import { flushSync, untrack } from 'svelte';
import type { Snippet } from 'svelte';
import type { Attachment } from 'svelte/attachments';
import type { Row } from '../../../lib/diff/model.ts';
import { markCurrent } from './draw-spans.ts';

/** What the comparison's text body is given, on the server and in the browser (diff.ts). */
export interface DiffProps {
  /** The body is still the one the page was served with (diff.ts). */
  served: boolean;
  /** Rows are still being drawn (a long comparison, in batches). */
  busy: boolean;
  /** Given the served body's element. */
  kept: Attachment<HTMLElement>;
  /** Given the drawn body's element. */
  drawn: Attachment<HTMLElement>;
  layouts: Snippet;
}

/** What the served body follows: the comparison body's state as it is now. */
export interface Serving {
  rows: Row[];
  /** Rows drawn (RowDrawing). */
  drawn: number;
  view: 'split' | 'unified';
  /** Width unknown: both layouts of the default view are in the markup. */
  either: boolean;
  /** Folds opened (by their first row). */
  opened: readonly number[];
  current: number | null;
}

/**
 * The comparison's body while it is the one the page was served with (diff.ts): a prerendered page
 * hydrating (both layouts served: the width unknown) with every row written, the same rows, no
 * fold opened, and the layout one the served markup holds. Once not, never again. What its text
 * needs meanwhile is done on it: the layout that fits kept once the width is known, the current
 * change marked, a fold's button answered (served.ts). Made while its component initialises: it
 * owns two effects.
 */
export class ServedBody {
  readonly #of: () => Serving;
  readonly #open: (from: number) => void;
  /** The rows served, or null: the body was drawn from the start. */
  readonly #rows: Row[] | null;
  /** The one layout the served body was cut down to, once the width was known. */
  #layout = $state<'split' | 'unified' | null>(null);
  #pristine = true;
  /** The body's element, served or drawn. */
  element = $state<HTMLElement | null>(null);
  /** The body was served: it was not drawn on this page at first. */
  readonly began: boolean;

  /** The body is still the one served. */
  readonly served = $derived.by(() => {
    const { rows, opened, view } = this.#of();
    const layout = this.#layout;
    const same = rows === this.#rows && opened.length === 0 && (layout === null || layout === view);
    this.#pristine &&= same;
    return this.#pristine;
  });

  /** `open(from)` opens the fold from row `from` (drawing the body) at once. */
  constructor(of: () => Serving, open: (from: number) => void) {
    this.#of = of;
    this.#open = open;
    this.#rows = untrack(() => {
      const { either, drawn, rows } = of();
      return either && drawn >= rows.length ? rows : null;
    });
    this.began = this.#rows !== null;
    // Once the width is known, the served body keeps the one layout that fits, as a drawn one does.
    $effect(() => {
      const diff = this.element;
      const { either, view } = this.#of();
      if (!this.served || either || !diff || this.#layout !== null) return;
      const keep = view === 'split' ? 'either-wide' : 'either-narrow';
      for (const part of diff.querySelectorAll(':scope > .either-wide, :scope > .either-narrow'))
        if (part.classList.contains(keep)) part.classList.remove(keep);
        else part.remove();
      this.#layout = view;
    });
    // The current change, marked in the served text (in a drawn one, by its spans: SpansLive.svelte).
    $effect(() => {
      const { current } = this.#of();
      if (this.served && this.element) markCurrent(this.element, current);
    });
  }

  /** The drawn body's element. */
  drawn = (element: HTMLElement) => {
    this.element = element;
    return () => {
      if (this.element === element) this.element = null;
    };
  };

  /**
   * The served body's element: what its text needs while it is served is done on it by served.ts
   * (loaded before the page hydrated); the drawn body's components do it otherwise.
   */
  kept = (element: HTMLElement) => {
    this.element = element;
    let stop = () => {};
    let gone = false;
    void import('./served.ts').then(({ serve }) => {
      if (gone) return;
      stop = serve(element, (from) => {
        flushSync(() => this.#open(from));
        return this.element;
      });
    });
    return () => {
      gone = true;
      stop();
      if (this.element === element) this.element = null;
    };
  };
}
