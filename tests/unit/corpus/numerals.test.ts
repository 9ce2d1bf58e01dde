import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseChineseNumeral, toChineseNumeral } from '../../../src/lib/corpus/numerals.ts';

describe('Chinese numerals', () => {
  it('reads the usual forms', () => {
    expect(['一', '九', '十', '十一', '二十', '二十三', '九十九'].map(parseChineseNumeral)).toEqual(
      [1, 9, 10, 11, 20, 23, 99],
    );
  });
  it('refuses what is not a numeral', () => {
    expect(['', '零', '十十', '一二', '百', 'X'].map(parseChineseNumeral)).toEqual([
      null,
      null,
      null,
      null,
      null,
      null,
    ]);
  });
  it('prints and reads back every number from 1 to 99', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 99 }), (n) => {
        expect(parseChineseNumeral(toChineseNumeral(n))).toBe(n);
      }),
    );
  });
});
