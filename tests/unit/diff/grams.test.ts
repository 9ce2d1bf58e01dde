import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gramsOf, similarPairs } from '../../../src/lib/diff/grams.ts';

/** Paragraphs of one character each, drawn from `alphabet` in turn: every text repeats. */
const lines = (count: number, alphabet: string) =>
  Array.from({ length: count }, (_, i) => alphabet[i % alphabet.length]!);

describe('4-grams', () => {
  it('has one for four code points and none for fewer, astral ones counted once', () => {
    expect([...gramsOf('一二三四').set]).toEqual(['一二三四']);
    expect(gramsOf('一二三').set.size).toBe(0);
    expect(gramsOf('𠮷𠮷𠮷').set.size).toBe(0);
    expect([...gramsOf('𠮷𠮷𠮷𠮷').set]).toEqual(['𠮷𠮷𠮷𠮷']);
  });
});

describe('similar pairs of a large block', () => {
  // Regression: 500,000 one-character lines a side, whose paragraph diff ran out of budget, left
  // one block to pair, and every line was scored against every copy of its text in the other
  // (about 580 each): hundreds of millions of pairs, out of a 4 GB heap.
  it('scores a bounded number of copies of a repeated text, those nearest its place', () => {
    const x = lines(400, '甲乙');
    const pairs = similarPairs(x.map(gramsOf), x.map(gramsOf), 0.1);
    expect(pairs.length).toBeLessThanOrEqual(x.length * 16);
    // Each line's own place is among its candidates: a copy aligns line for line.
    const own = new Set(pairs.filter((p) => p.i === p.j).map((p) => p.i));
    expect(own.size).toBe(x.length);
  });

  it('keeps the pairs few and each at least as similar as asked, for any repeated lines', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('甲', '乙', '丙', '丁一二三四', '丁一二三五'), {
          minLength: 201,
          maxLength: 400,
        }),
        fc.array(fc.constantFrom('甲', '乙', '丙', '丁一二三四', '丁一二三五'), {
          minLength: 201,
          maxLength: 400,
        }),
        (a, b) => {
          const pairs = similarPairs(a.map(gramsOf), b.map(gramsOf), 0.1);
          expect(pairs.length).toBeLessThanOrEqual(a.length * 48);
          for (const p of pairs) expect(p.similarity).toBeGreaterThanOrEqual(0.1);
        },
      ),
      { numRuns: 30 },
    );
  });
});
