import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareTexts } from '../../../src/lib/diff/compare.ts';
import { IGNORES, type Comparison } from '../../../src/lib/diff/model.ts';
import { packComparison, unpackComparison } from '../../../src/lib/diff/pack.ts';
import { rowsWithInvisible } from '../../../src/lib/render/invisible.ts';
import { muteStock } from '../../../src/lib/render/stock.ts';

/** What the page would have read from a structured clone, with its texts: the same, key for key. */
const roundTrip = (c: Comparison, a: readonly string[], b: readonly string[]) =>
  unpackComparison(structuredClone(packComparison(c)), a, b);

describe('a packed comparison', () => {
  const unit = fc.constantFrom(
    '甲',
    '乙',
    '丙',
    '，',
    '。',
    'X',
    '😀',
    '\u200b',
    '\u202e',
    '\uD800',
  );
  const text = fc.array(fc.string({ unit, maxLength: 12 }), { maxLength: 6 });
  const ignores = fc.subarray([...IGNORES]);

  it('unpacks to the comparison it was, moves, slots and invisible characters included', () => {
    fc.assert(
      fc.property(text, text, fc.boolean(), ignores, (a, b, mute, ignore) => {
        const c = compareTexts(a, b, { ignore });
        expect(roundTrip(c, a, b)).toStrictEqual(c);
        // The view's own marks (stock, invisible) pack too, should a worker ever send them.
        const shown = rowsWithInvisible(
          mute
            ? muteStock(
                c.rows,
                () => [[0, 1]],
                () => [],
              )
            : c.rows,
        );
        const viewed = { ...c, rows: shown };
        expect(roundTrip(viewed, a, b)).toStrictEqual(viewed);
      }),
      { numRuns: 200 },
    );
  });

  it('packs a moved paragraph and the work budget’s approximate rows', () => {
    const [a, b] = [
      ['第一段落的文字很长很长。', '第二段。', '第三段落也不短。'],
      ['第三段落也不短。', '第二段。', '第一段落的文字很长很长。'],
    ];
    const c = compareTexts(a, b);
    const approximate: Comparison = {
      ...c,
      rows: c.rows.map((r) => ({ ...r, approximate: true })),
    };
    expect(c.rows.some((r) => r.a?.moved && r.movedA !== undefined)).toBe(true);
    expect(c.rows.some((r) => r.movedB !== undefined)).toBe(true);
    expect(roundTrip(approximate, a, b)).toStrictEqual(approximate);
    expect(roundTrip(c, a, b)).toStrictEqual(c);
  });

  it('refuses a pack cut short', () => {
    const packed = packComparison(compareTexts(['甲乙丙'], ['甲丁丙']));
    expect(() =>
      unpackComparison({ ...packed, ints: packed.ints.slice(0, -3) }, ['甲乙丙'], ['甲丁丙']),
    ).toThrow(/cut short/);
  });

  it('carries no text: the page cuts the spans from the texts it has (issue 21)', () => {
    const [a, b] = [['甲乙丙丁戊。'], ['甲乙己丁戊。']];
    const c = compareTexts(a, b);
    const packed = packComparison(c);
    expect(JSON.stringify(packed)).not.toMatch(/[甲乙丙丁戊己]/u);
    expect(unpackComparison(packed, a, b)).toStrictEqual(c);
  });

  it('refuses texts that are not the ones it was made of', () => {
    const packed = packComparison(compareTexts(['甲乙丙'], ['甲丁丙']));
    expect(() => unpackComparison(packed, ['甲乙'], ['甲丁丙'])).toThrow(/not its texts/);
    expect(() => unpackComparison(packed, [], ['甲丁丙'])).toThrow(/no such paragraph/);
  });
});
