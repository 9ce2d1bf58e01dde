import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gramsFor, Winnower } from '../../../src/lib/index/winnow.ts';

const codes = (text: string) => Int32Array.from(Array.from(text), (c) => c.codePointAt(0)!);

/** The selected fingerprints of a text as one paragraph: [hash, position]. */
function selected(text: Int32Array, minRun: number, gram: number): [number, number][] {
  const out: [number, number][] = [];
  new Winnower(gramsFor(minRun, gram)).paragraph(text, 0, text.length, (h, p) => out.push([h, p]));
  return out;
}

describe('winnowing', () => {
  it('chooses k and w so that w + k − 1 = K', () => {
    expect(gramsFor(13)).toEqual({ k: 8, w: 6 });
    expect(gramsFor(8)).toEqual({ k: 8, w: 1 });
    expect(gramsFor(50)).toEqual({ k: 8, w: 43 });
    expect(gramsFor(5)).toEqual({ k: 5, w: 1 });
    expect(gramsFor(13, 10)).toEqual({ k: 10, w: 4 });
    expect(() => gramsFor(0)).toThrow(RangeError);
    expect(() => gramsFor(8, 9)).toThrow(RangeError);
  });

  it('keeps every gram when w = 1, and nothing from a paragraph shorter than K', () => {
    expect(selected(codes('一二三四五六'), 3, 3).map(([, p]) => p)).toEqual([0, 1, 2, 3]);
    expect(selected(codes('一二三四五'), 6, 3)).toEqual([]);
    expect(selected(codes('一二三四五六'), 6, 3)).toHaveLength(1);
  });

  it('selects a gram in every window, each once, in order', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 3 }), { maxLength: 80 }), (xs) => {
        const text = Int32Array.from(xs);
        const positions = selected(text, 7, 3).map(([, p]) => p);
        // Windows of w = 5 grams: every one holds a selected gram.
        for (let start = 0; start + 5 <= text.length - 2; start++)
          expect(positions.some((p) => p >= start && p < start + 5)).toBe(true);
        expect(positions).toEqual([...new Set(positions)].sort((x, y) => x - y));
      }),
    );
  });

  it('finds a common fingerprint at the same place in any shared stretch of K characters', () => {
    const chars = fc.constantFrom(0x61, 0x62, 0x4e00, 0x20bb7);
    fc.assert(
      fc.property(
        fc.array(chars, { maxLength: 30 }),
        fc.array(chars, { maxLength: 30 }),
        fc.array(chars, { minLength: 12, maxLength: 30 }),
        fc.integer({ min: 1, max: 6 }),
        (before, after, shared, gram) => {
          const minRun = 12;
          const x = Int32Array.from([...before, ...shared]);
          const y = Int32Array.from([...shared, ...after]);
          const inX = selected(x, minRun, gram).map(([h, p]) => `${h}@${p - before.length}`);
          const inY = new Set(selected(y, minRun, gram).map(([h, p]) => `${h}@${p}`));
          expect(inX.some((f) => inY.has(f))).toBe(true);
        },
      ),
    );
  });
});
