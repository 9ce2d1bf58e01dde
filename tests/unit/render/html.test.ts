import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeHtml, htmlDocument, spansHtml, textHtml } from '../../../src/lib/render/html.ts';
import type { UnifiedSpan } from '../../../src/lib/render/unified.ts';

/** The text a browser shows for markup written by spansHtml: tags gone, references read. */
const textOf = (html: string) =>
  html
    .replace(/<[^>]*>/gu, '')
    .replace(/&#(\d+);/gu, (_, n: string) => String.fromCodePoint(Number(n)));

describe('html', () => {
  it('writes a span as the page draws it, an invisible character marked and named', () => {
    const spans: UnifiedSpan[] = [
      { kind: 'equal', text: '我们要', change: null, seq: 0 },
      { kind: 'insert', text: '\u202e深入\u200b', change: 0, seq: 0 },
      { kind: 'delete', text: '全面', change: 0, seq: 0, quiet: true },
    ];
    expect(spansHtml(spans)).toBe(
      '我们要<ins class="invisible" data-mark="RLO">\u202e</ins><ins>深入</ins>' +
        '<ins class="invisible" data-mark="ZWSP">\u200b</ins><del class="quiet">全面</del>',
    );
    expect(textHtml('甲\u202e</p><script>')).toBe(
      '甲<span class="invisible" data-mark="RLO">\u202e</span>&#60;/p&#62;&#60;script&#62;',
    );
  });

  it('loses and adds no character, and lets none of the text be markup', () => {
    const char = fc.constantFrom(
      '甲',
      '<',
      '>',
      '&',
      '"',
      "'",
      '\u202e',
      '\u200b',
      '\0',
      '😀',
      'a',
    );
    const span = fc.record({
      kind: fc.constantFrom('equal', 'insert', 'delete'),
      text: fc.array(char, { minLength: 1, maxLength: 6 }).map((c) => c.join('')),
      change: fc.constant(null),
      seq: fc.constant(0),
      slot: fc.boolean(),
      stock: fc.boolean(),
    }) as fc.Arbitrary<UnifiedSpan>;
    fc.assert(
      fc.property(fc.array(span, { maxLength: 8 }), (spans) => {
        const html = spansHtml(spans);
        expect(textOf(html)).toBe(spans.map((s) => s.text).join(''));
        // Every tag is one the renderer wrote: the text opens none.
        for (const tag of html.match(/<\/?[a-z]+/gu) ?? [])
          expect(['<del', '</del', '<ins', '</ins', '<span', '</span']).toContain(tag);
      }),
      { numRuns: 300 },
    );
  });

  it('gives every file one shell: its policy lets nothing load or run', () => {
    const html = htmlDocument({ lang: 'zh-Hans', title: '<标题>', style: 'p{}', body: '<p>x</p>' });
    expect(html).toContain("content=\"default-src 'none'; style-src 'unsafe-inline'\"");
    expect(html).toContain(`<title>${escapeHtml('<标题>')}</title>`);
    expect(html).toContain('.invisible::before');
    expect(html).not.toMatch(/<script|<link|src=/u);
  });
});
