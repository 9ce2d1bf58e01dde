/**
 * The text of a comparison's paragraph drawn by the client: the markup SpansMarkup.svelte renders
 * on the server (render/span-element.ts describes both; tests/e2e/prerender.e2e.ts compares the
 * pages), built in one pass. A Svelte block per span (an each item with an if-chain and its
 * effects) cost each switch of pairs about a millisecond more, and long comparisons more still.
 */
import { spanElement } from '../../../lib/render/span-element.ts';
import type { UnifiedSpan } from '../../../lib/render/unified.ts';

/** Replaces the element's content by the spans, the current change marked. */
export function drawSpans(
  into: HTMLElement,
  spans: readonly UnifiedSpan[],
  current: number | null,
): void {
  const out = document.createDocumentFragment();
  for (const s of spans) {
    const element = spanElement(s, current);
    if (element === null) {
      out.append(s.text);
      continue;
    }
    const node = document.createElement(element.tag);
    if (element.classes.length > 0) node.className = element.classes.join(' ');
    for (const [name, value] of element.attributes) node.setAttribute(name, value);
    node.textContent = s.text;
    out.append(node);
  }
  into.replaceChildren(out);
}

/** Marks the current change among the element's spans (and no other). */
export function markCurrent(within: HTMLElement, current: number | null): void {
  for (const node of within.querySelectorAll<HTMLElement>('[data-change]'))
    if (current !== null && node.dataset.change === String(current))
      node.setAttribute('aria-current', 'true');
    else node.removeAttribute('aria-current');
}
