import fc from 'fast-check';
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import SpansMarkup from '../../../src/views/compare/text/SpansMarkup.svelte';
import { spanElement } from '../../../src/lib/render/span-element.ts';
import type { UnifiedSpan } from '../../../src/lib/render/unified.ts';

/** The markup the description stands for, escaped as Svelte escapes text and attributes. */
function described(spans: UnifiedSpan[], current: number | null): string {
  const text = (s: string) => s.replace(/&/gu, '&amp;').replace(/</gu, '&lt;');
  const value = (s: string) => text(s).replace(/"/gu, '&quot;');
  const inner = spans
    .map((s) => {
      const element = spanElement(s, current);
      if (element === null) return text(s.text);
      // Svelte writes the class its directives make after the other attributes.
      const attributes = [
        ...element.attributes,
        ...(element.classes.length > 0 ? [['class', element.classes.join(' ')]] : []),
      ].map(([name, v]) => ` ${name}="${value(v!)}"`);
      return `<${element.tag}${attributes.join('')}>${text(s.text)}</${element.tag}>`;
    })
    .join('');
  return `<span class="text spans" lang="zh-Hans">${inner}</span>`;
}

/** What the server renders, without Svelte's hydration marks (comments). */
const served = (spans: UnifiedSpan[], current: number | null) =>
  render(SpansMarkup, { props: { spans, current } }).body.replace(/<!--.*?-->/gsu, '');

const span = fc
  .record({
    kind: fc.constantFrom('equal', 'delete', 'insert'),
    text: fc.string({
      minLength: 1,
      maxLength: 4,
      unit: fc.constantFrom('甲', '<', '&', '"', '𠮷', ' '),
    }),
    change: fc.option(fc.integer({ min: 0, max: 3 })),
    slot: fc.option(fc.boolean(), { nil: undefined }),
    stock: fc.option(fc.boolean(), { nil: undefined }),
    quiet: fc.option(fc.boolean(), { nil: undefined }),
    invisible: fc.option(fc.constantFrom('ZWSP', 'NBSP', 'a "name" & <more>'), { nil: undefined }),
  })
  .map((s): UnifiedSpan => ({
    ...s,
    // The model: shared text belongs to no change.
    change: s.kind === 'equal' ? null : s.change,
    seq: 0,
  }));

describe('the element of a span', () => {
  it('is exactly what the server renders (SpansMarkup.svelte), for any spans', () => {
    fc.assert(
      fc.property(
        fc.array(span, { maxLength: 8 }),
        fc.option(fc.integer({ min: 0, max: 3 })),
        (spans, current) => {
          expect(served(spans, current)).toBe(described(spans, current));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('is plain text for shared text, and marks the current change only', () => {
    const base = { text: '甲', seq: 0 };
    expect(spanElement({ ...base, kind: 'equal', change: null }, null)).toBeNull();
    expect(spanElement({ ...base, kind: 'delete', change: 2 }, 2)).toEqual({
      tag: 'del',
      classes: [],
      attributes: [
        ['data-change', '2'],
        ['aria-current', 'true'],
      ],
    });
    // An ignored difference (unified.ts) is in a change of none: never current, even with none.
    expect(spanElement({ ...base, kind: 'insert', change: null, quiet: true }, null)).toEqual({
      tag: 'ins',
      classes: ['quiet'],
      attributes: [],
    });
    expect(spanElement({ ...base, kind: 'equal', change: null, stock: true }, null)?.tag).toBe(
      'span',
    );
  });
});
