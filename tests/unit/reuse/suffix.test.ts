import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lcpArray, suffixArray } from '../../../src/lib/reuse/suffix.ts';

// Symbols: a tiny alphabet for many repeats, the separator 0, and large code points (plus one).

/** Suffixes sorted by comparing them whole. */
function naive(s: readonly number[]): number[] {
  const suffix = (i: number) => s.slice(i);
  return s
    .map((_, i) => i)
    .sort((a, b) => {
      const [x, y] = [suffix(a), suffix(b)];
      for (let k = 0; k < Math.min(x.length, y.length); k++)
        if (x[k] !== y[k]) return x[k]! - y[k]!;
      return x.length - y.length;
    });
}

const text = fc.array(
  fc.oneof(fc.integer({ min: 0, max: 3 }), fc.constantFrom(0x4e00, 0x20bb7, 0x2ffff)),
  {
    maxLength: 60,
  },
);

describe('suffix array', () => {
  it('sorts the suffixes of a known text', () => {
    // banana: a, ana, anana, banana, na, nana
    const s = Int32Array.from('banana', (c) => c.charCodeAt(0));
    expect(Array.from(suffixArray(s))).toEqual([5, 3, 1, 0, 4, 2]);
  });

  it('agrees with sorting the suffixes whole, for any text', () => {
    fc.assert(
      fc.property(text, (s) => {
        expect(Array.from(suffixArray(Int32Array.from(s)))).toEqual(naive(s));
      }),
    );
  });

  it('gives the common prefix of neighbours, stopping at the separator', () => {
    fc.assert(
      fc.property(text, (s) => {
        const codes = Int32Array.from(s);
        const sa = suffixArray(codes);
        const { lcp, rank } = lcpArray(codes, sa, 0);
        sa.forEach((i, r) => {
          expect(rank[i]).toBe(r);
          if (r === 0) return expect(lcp[0]).toBe(0);
          const j = sa[r - 1]!;
          let h = 0;
          while (i + h < s.length && s[i + h] === s[j + h] && s[i + h] !== 0) h++;
          expect(lcp[r]).toBe(h);
        });
      }),
    );
  });
});
