/**
 * The element a span of a comparison's text is drawn in, as the server's template renders it
 * (views/compare/text/SpansMarkup.svelte) and the page's script draws it (views/compare/text/draw-spans.ts):
 * tests/unit/render/span-element.test.ts holds the template to this description.
 */
import type { UnifiedSpan } from './unified.ts';

export interface SpanElement {
  tag: 'del' | 'ins' | 'span';
  /** In the template's order. */
  classes: string[];
  /** In the template's order: data-mark, data-change, aria-current. */
  attributes: [name: string, value: string][];
}

/** Null for plain text shared by both sides, which is a text node of its own. */
export function spanElement(s: UnifiedSpan, current: number | null): SpanElement | null {
  const change = s.kind !== 'equal';
  if (!change && !s.slot && !s.stock && s.invisible === undefined) return null;
  const flags: [string, boolean | undefined][] = [
    ['slot', s.slot],
    ['stock', s.stock],
    // A quiet difference is a del or ins (unified.ts); shared text is never quiet.
    ['quiet', change && s.quiet],
    ['invisible', s.invisible !== undefined],
  ];
  const attributes: [string, string][] = [];
  if (s.invisible !== undefined) attributes.push(['data-mark', s.invisible]);
  if (change && s.change !== null) {
    attributes.push(['data-change', String(s.change)]);
    if (s.change === current) attributes.push(['aria-current', 'true']);
  }
  return {
    tag: change ? (s.kind === 'delete' ? 'del' : 'ins') : 'span',
    classes: flags.filter(([, on]) => on).map(([name]) => name),
    attributes,
  };
}
