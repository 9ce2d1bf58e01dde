import { describe, expect, it } from 'vitest';
import { compareTexts } from '../../../src/lib/diff/compare.ts';
import { toHtmlDocument, toPlainText, type ExportHeader } from '../../../src/lib/render/export.ts';
import { unifiedParagraphs, type UnifiedParagraph } from '../../../src/lib/render/unified.ts';

const header: ExportHeader = {
  title: '（一） ⟷ （二）',
  verdict: '部分相同',
  summary: '相似度 50.0%',
  url: 'https://example.org/?a=1&b=2',
  legend: { del: '删去', ins: '增加' },
};
const paragraphs = unifiedParagraphs(
  compareTexts(['我们要全面贯彻<b>精神。'], ['我们要深入贯彻<b>精神。']).rows,
);

describe('export', () => {
  it('writes plain text with [-removed-] and {+added+} markers', () => {
    const text = toPlainText(header, paragraphs);
    expect(text).toContain('我们要[-全面-]{+深入+}贯彻<b>精神。');
    expect(text.startsWith('（一） ⟷ （二）\n\n部分相同 · 相似度 50.0%\n\nhttps://')).toBe(true);
    expect(text).toContain('?a=1&b=2\n\n我们要');
    expect(text).toContain('https://example.org/?a=1&b=2');
  });

  it('writes one HTML page with the text escaped, inline styles and no script', () => {
    const html = toHtmlDocument(header, paragraphs, 'zh-Hans');
    expect(html).toContain('我们要<del>全面</del><ins>深入</ins>贯彻&#60;b&#62;精神。');
    expect(html).toContain('<style>');
    expect(html).not.toMatch(/<script|<link|src=/u);
    expect(html).toContain('href="https://example.org/?a=1&#38;b=2"');
  });

  it('keeps template slots, muted stock phrases and ignored changes, with their legend', () => {
    const marked: UnifiedParagraph[] = [
      {
        a: 0,
        b: 0,
        spans: [
          { kind: 'equal', text: '各位', change: null, seq: 0, stock: true },
          { kind: 'delete', text: 'XX', change: 0, seq: 0, slot: true },
          { kind: 'insert', text: '同志', change: 0, seq: 0 },
          { kind: 'delete', text: '，', change: 1, seq: 0, quiet: true },
          { kind: 'insert', text: ',', change: 1, seq: 0, quiet: true },
        ],
      },
    ];
    const html = toHtmlDocument(
      { ...header, legend: { ...header.legend, slot: '模板空位', stock: '套话' } },
      marked,
      'zh-Hans',
    );
    expect(html).toContain(
      '<p><span class="stock">各位</span><del class="slot">XX</del><ins>同志</ins>' +
        '<del class="quiet">，</del><ins class="quiet">,</ins></p>',
    );
    expect(html).toContain('<span class="slot">XX</span> 模板空位');
    expect(html).toContain('<span class="stock">套话</span>');
    expect(toHtmlDocument(header, marked, 'zh-Hans')).not.toContain('模板空位');
    // Nothing changed, nothing to explain: no del or ins in the legend either.
    const same = toHtmlDocument({ ...header, legend: {} }, [], 'zh-Hans');
    expect(same).not.toMatch(/<del|<ins/u);
  });

  it('writes a removal cut at a template slot as one marked run', () => {
    const cut: UnifiedParagraph[] = [
      {
        a: 0,
        b: 0,
        spans: [
          { kind: 'delete', text: '总书记对', change: 0, seq: 0 },
          { kind: 'delete', text: 'XX', change: 0, seq: 0, slot: true },
          { kind: 'delete', text: '及', change: 0, seq: 0 },
          { kind: 'insert', text: '新', change: 0, seq: 0 },
          { kind: 'equal', text: '工作', change: null, seq: 0 },
        ],
      },
    ];
    expect(toPlainText(header, cut)).toMatch(/\n\n\[-总书记对XX及-\]\{\+新\+\}工作$/u);
  });
});
