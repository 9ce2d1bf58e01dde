import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareTexts } from '../../../src/lib/diff/compare.ts';
import { DEFAULT_GRANULARITY, type Row } from '../../../src/lib/diff/model.ts';
import { toMarkup } from '../../../src/lib/diff/ops.ts';
import { GRANULARITIES, type Granularity } from '../../../src/lib/diff/model.ts';
import { corpus, wellFormed } from './corpus.ts';

const pane = (rows: readonly Row[], side: 'a' | 'b') =>
  rows.flatMap((r) => (r[side] ? [r[side].spans.map((s) => s.text).join('')] : []));

/** One row's pane as markup: `同<del>旧</del>时代`. */
const markup = (row: Row, side: 'a' | 'b') => toMarkup(row[side]?.spans ?? []);

const spans = (rows: readonly Row[]) =>
  rows.flatMap((r) => [...(r.a?.spans ?? []), ...(r.b?.spans ?? [])]);

describe('granularity', () => {
  const a = ['我们要全面贯彻党的二十大精神。坚持稳中求进，推动高质量发展。'];
  const b = ['我们要深入贯彻党的二十大精神。坚持稳中求进，推动高质量发展。'];

  it('changes only how much text one change takes', () => {
    const at = (g: Granularity) => markup(compareTexts(a, b, { granularity: g }).rows[0]!, 'a');
    expect(at('char')).toBe(
      '我们要<del>全面</del>贯彻党的二十大精神。坚持稳中求进，推动高质量发展。',
    );
    expect(at('word')).toBe(
      '我们要<del>全面</del>贯彻党的二十大精神。坚持稳中求进，推动高质量发展。',
    );
    expect(at('sentence')).toBe(
      '<del>我们要全面贯彻党的二十大精神。</del>坚持稳中求进，推动高质量发展。',
    );
  });

  it('is characters by default', () => {
    expect(DEFAULT_GRANULARITY).toBe('char');
    expect(compareTexts(a, b)).toEqual(compareTexts(a, b, { granularity: 'char' }));
  });

  it('renders every pair of the corpus faithfully in every mode', () => {
    for (const g of GRANULARITIES) {
      for (const x of corpus.speeches) {
        for (const y of corpus.speeches) {
          const c = compareTexts(x.paragraphs, y.paragraphs, { granularity: g });
          expect(pane(c.rows, 'a')).toEqual(x.paragraphs);
          expect(pane(c.rows, 'b')).toEqual(y.paragraphs);
          expect(c.rows.some((r) => r.a?.spans.some((s) => s.kind === 'insert'))).toBe(false);
          expect(c.rows.some((r) => r.b?.spans.some((s) => s.kind === 'delete'))).toBe(false);
        }
      }
    }
  });

  // Regression: diff-match-patch works in UTF-16 units and could cut 𠮷 (D842 DFB7) in two.
  it('never splits an astral character, in any mode', () => {
    for (const g of GRANULARITIES) {
      const c = compareTexts(['吉𠮷家😀好'], ['吉𠮾家😃好'], { granularity: g });
      for (const s of spans(c.rows)) expect(wellFormed(s.text)).toBe(true);
      expect(pane(c.rows, 'a')).toEqual(['吉𠮷家😀好']);
    }
  });

  it('keeps CRLF paragraphs as they are, in any mode', () => {
    const x = ['第一段\r\n第二行', '同志们：\r\n'];
    const y = ['第一段\r\n第三行', '同志们：\r\n'];
    for (const g of GRANULARITIES) {
      const c = compareTexts(x, y, { granularity: g });
      expect(pane(c.rows, 'a')).toEqual(x);
      expect(pane(c.rows, 'b')).toEqual(y);
      expect(c.changes.length).toBe(1);
    }
  });

  const paragraph = fc.string({
    unit: fc.constantFrom(
      '甲',
      '乙',
      '丙',
      '发展',
      '，',
      '。',
      '！',
      '”',
      '𠮷',
      '😀',
      '\r\n',
      ' ',
      'XX',
      '*',
    ),
    maxLength: 30,
  });
  const text = fc.array(paragraph, { maxLength: 4 });

  it('rebuilds both texts exactly for any input in any mode', () => {
    fc.assert(
      fc.property(text, text, fc.constantFrom(...GRANULARITIES), (x, y, g) => {
        const { rows } = compareTexts(x, y, { granularity: g });
        expect(pane(rows, 'a')).toEqual(x);
        expect(pane(rows, 'b')).toEqual(y);
        for (const s of spans(rows)) expect(wellFormed(s.text)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
