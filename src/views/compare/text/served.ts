/**
 * What the comparison's served body needs that its components would otherwise do (diff.ts), loaded
 * beside the page's part before it hydrates (src/app/start.ts), apart from the app's start (its
 * budget, tools/build/budget.ts): each grid's row count, as SplitDiff.svelte sets it (a style
 * attribute would break the CSP), and a fold's button, or find in page revealing a folded run,
 * opening that fold (`open` draws the body, the fold open), the button keeping the focus.
 * Gives what stops it.
 */
export function serve(element: HTMLElement, open: (from: number) => HTMLElement | null) {
  for (const grid of element.querySelectorAll<HTMLElement>('.split[data-rows]'))
    grid.style.setProperty('--rows', grid.dataset.rows ?? '');
  const opened = (controls: string | null | undefined) => {
    const from = /^fold-[abu]-(\d+)/u.exec(controls ?? '')?.[1];
    return from === undefined ? null : open(Number(from));
  };
  const click = (event: MouseEvent) => {
    const button = (event.target as Element | null)?.closest?.('.fold-bar button');
    const controls = button?.getAttribute('aria-controls');
    opened(controls)?.querySelector<HTMLElement>(`button[aria-controls="${controls}"]`)?.focus();
  };
  const match = (event: Event) => void opened((event.target as Element | null)?.id);
  element.addEventListener('click', click);
  element.addEventListener('beforematch', match, true);
  return () => {
    element.removeEventListener('click', click);
    element.removeEventListener('beforematch', match, true);
  };
}
