/**
 * A list of a collection's page drawn in pieces, as a long comparison's rows are
 * (lib/render/batches.ts): the first piece at once, each next one in a task of its own. 200 rows
 * of a checkbox and two links, or 200 pairs and 100 passages, drawn in one task held the page's
 * thread for 140 to 240 ms (issue 24: the bench's longest task from the folder chosen to the
 * overview). One piece a task, whatever the machine's speed: a busy machine drawing more at a
 * time (the comparison's pace, up to 12 of its batches) made tasks of 100 ms again. 200 rows are
 * all drawn ten tasks later; a new list starts again from its first piece.
 */
import { flushSync } from 'svelte';

/** Rows a piece: a few milliseconds of drawing, tens on a machine under load. */
const PIECE_ROWS = 20;

/**
 * The first rows of `list()` drawn so far, a piece more a task until it is whole. Made in a
 * component's setup (it owns an effect, ended with the component).
 */
export function inPieces<T>(list: () => readonly T[]): { readonly shown: readonly T[] } {
  const all = $derived(list());
  let progress = $state.raw<{ of: readonly T[]; drawn: number } | null>(null);
  const drawn = $derived(progress?.of === all ? progress.drawn : PIECE_ROWS);
  const shown = $derived(drawn >= all.length ? all : all.slice(0, drawn));
  $effect(() => {
    if (drawn >= all.length) return;
    const [of, next] = [all, drawn + PIECE_ROWS];
    // A task, not a frame: a hidden tab still draws, and the page paints between tasks.
    const timer = setTimeout(() => flushSync(() => (progress = { of, drawn: next })));
    return () => clearTimeout(timer);
  });
  return {
    get shown() {
      return shown;
    },
  };
}
