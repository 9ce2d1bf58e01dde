import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codePoints } from '../../src/lib/code-points.ts';

describe('codePoints', () => {
  it('counts as iterating the string does, lone surrogates one each', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 100 }), (text) => {
        expect(codePoints(text)).toBe(Array.from(text).length);
      }),
    );
    expect(codePoints('a😀b')).toBe(3);
    expect(codePoints('\uD800\uD800\uDC00\uDC00')).toBe(3);
    expect(codePoints('')).toBe(0);
  });

  it('stops one past a limit', () => {
    expect(codePoints('x'.repeat(100), 10)).toBe(11);
    expect(codePoints('😀😀😀', 1)).toBe(2);
    expect(codePoints('ab', 5)).toBe(2);
  });
});
