/**
 * The text of a comparison's paragraph drawn by the client: exactly the markup SpansMarkup.svelte
 * renders on the server (tests/e2e/prerender.e2e.ts compares the two), built in one pass. A Svelte
 * block per span (an each item with an if-chain and its effects) cost each switch of pairs about
 * a millisecond more, and long comparisons more still.
 */
import type { UnifiedSpan } from '../lib/render/unified.ts';

/** The element a span needs, if any: plain text shared by both sides is a text node. */
const tagOf = (s: UnifiedSpan): 'del' | 'ins' | 'span' | null =>
  s.kind === 'delete'
    ? 'del'
    : s.kind === 'insert'
      ? 'ins'
      : s.slot || s.stock || s.invisible !== undefined
        ? 'span'
        : null;

/** Replaces the element's content by the spans, the current change marked. */
export function drawSpans(
  into: HTMLElement,
  spans: readonly UnifiedSpan[],
  current: number | null,
): void {
  const out = document.createDocumentFragment();
  let plain = '';
  for (const s of spans) {
    const tag = tagOf(s);
    if (tag === null) {
      plain += s.text;
      continue;
    }
    if (plain) out.append(plain);
    plain = '';
    const node = document.createElement(tag);
    if (s.slot) node.classList.add('slot');
    if (s.stock) node.classList.add('stock');
    if (s.quiet && tag !== 'span') node.classList.add('quiet');
    if (s.invisible !== undefined) {
      node.classList.add('invisible');
      node.dataset.mark = s.invisible;
    }
    if (tag !== 'span' && s.change !== undefined) {
      node.dataset.change = String(s.change);
      if (s.change === current) node.setAttribute('aria-current', 'true');
    }
    node.textContent = s.text;
    out.append(node);
  }
  if (plain) out.append(plain);
  into.replaceChildren(out);
}

/** Marks the current change among the element's spans (and no other). */
export function markCurrent(within: HTMLElement, current: number | null): void {
  for (const node of within.querySelectorAll('[aria-current]'))
    node.removeAttribute('aria-current');
  if (current === null) return;
  for (const node of within.querySelectorAll(`[data-change="${current}"]`))
    node.setAttribute('aria-current', 'true');
}
