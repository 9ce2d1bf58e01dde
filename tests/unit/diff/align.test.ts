import { describe, expect, it } from 'vitest';
import { alignParagraphs } from '../../../src/lib/diff/align.ts';
import { ngramSimilarity } from '../../../src/lib/diff/grams.ts';
import { encode } from '../../../src/lib/diff/token-codes.ts';
import { paragraphsOf } from './corpus.ts';

describe('paragraph alignment', () => {
  it('pairs equal paragraphs and sets a rewritten one opposite its original', () => {
    const a = ['同志们：', '我们要坚持学习贯彻党的二十大精神，推动高质量发展。', '谢谢大家。'];
    const b = ['同志们：', '我们要坚持学习贯彻党的二十大精神，奋力推动高质量发展。', '谢谢大家。'];
    expect(alignParagraphs(a, b)).toEqual([
      { a: 0, b: 0, same: true },
      { a: 1, b: 1, same: false },
      { a: 2, b: 2, same: true },
    ]);
  });

  it('leaves an empty cell opposite a paragraph with no counterpart', () => {
    const a = ['开头的话。', '只在左边的一段完全不同的文字内容。', '结尾的话。'];
    const b = ['开头的话。', '结尾的话。'];
    expect(alignParagraphs(a, b)).toEqual([
      { a: 0, b: 0, same: true },
      { a: 1, b: null, same: false },
      { a: 2, b: 1, same: true },
    ]);
  });

  it('does not pair unrelated paragraphs', () => {
    const rows = alignParagraphs(['春眠不觉晓，处处闻啼鸟。'], ['床前明月光，疑是地上霜。']);
    expect(rows).toEqual([
      { a: 0, b: null, same: false },
      { a: null, b: 0, same: false },
    ]);
  });

  it('keeps every paragraph of both texts, once and in order', () => {
    for (const [x, y] of [
      [1, 2],
      [2, 5],
      [4, 1],
      [5, 3],
    ] as const) {
      const a = paragraphsOf(x);
      const b = paragraphsOf(y);
      const rows = alignParagraphs(a, b);
      expect(rows.flatMap((r) => (r.a === null ? [] : [r.a]))).toEqual(a.map((_, i) => i));
      expect(rows.flatMap((r) => (r.b === null ? [] : [r.b]))).toEqual(b.map((_, i) => i));
    }
  });

  it('aligns speeches 3 and 6 row for row', () => {
    const rows = alignParagraphs(paragraphsOf(3), paragraphsOf(6));
    expect(rows.every((r, i) => r.same && r.a === i && r.b === i)).toBe(true);
  });

  // Regression: 500,000 one-character lines a side ran the paragraph diff out of budget, and
  // the pairing that took over marked its identical pairs changed, so none of them folded and each
  // was diffed again. The same happens past the paragraph diff's 63,210 codes, cheaper to make:
  // just past them (the last 290 lines left to the pairing), not more.
  it('marks identical paragraphs that the pairing pairs as the same', () => {
    const a = Array.from({ length: 63_500 }, (_, i) => `第${i}段`);
    expect(encode(a, a).overflow).toBe(true);
    const rows = alignParagraphs(a, a);
    expect(rows).toHaveLength(a.length);
    expect(rows.every((r, i) => r.a === i && r.b === i && r.same)).toBe(true);
  });

  it('scores n-gram overlap from 0 to 1', () => {
    expect(ngramSimilarity('全面建设社会主义现代化国家', '全面建设社会主义现代化国家')).toBe(1);
    expect(ngramSimilarity('春眠不觉晓', '床前明月光')).toBe(0);
  });
});
