import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lcsLength } from '../../../src/lib/diff/lcs.ts';

/** The textbook quadratic dynamic programme, as the reference. */
function lcsReference(a: readonly string[], b: readonly string[]): number {
  let prev = new Array<number>(b.length + 1).fill(0);
  for (const x of a) {
    const row = [0];
    b.forEach((y, j) => row.push(x === y ? prev[j]! + 1 : Math.max(prev[j + 1]!, row[j]!)));
    prev = row;
  }
  return prev[b.length]!;
}

const chars = (s: string) => Array.from(s);

describe('lcsLength', () => {
  it('measures small cases', () => {
    expect(lcsLength(chars('ABCBDAB'), chars('BDCABA'))).toBe(4);
    expect(lcsLength(chars(''), chars('abc'))).toBe(0);
    expect(lcsLength(chars('同志们'), chars('同志们'))).toBe(3);
    expect(lcsLength(chars('甲乙'), chars('丙丁'))).toBe(0);
  });

  it('counts an astral character once', () => {
    expect(lcsLength(chars('𠮷野家'), chars('吉野家𠮷'))).toBe(2);
  });

  it('agrees with the quadratic reference across word boundaries of the bit vector', () => {
    const alphabet = fc.constantFrom('的', '了', '和', '在', 'a', '𠮷');
    const text = fc.array(alphabet, { maxLength: 90 });
    fc.assert(
      fc.property(text, text, (a, b) => {
        expect(lcsLength(a, b)).toBe(lcsReference(a, b));
      }),
      { numRuns: 300 },
    );
  });
});
