import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BASE, gramsFor, mix, rollingWindows, Winnower } from '../../../src/lib/index/winnow.ts';

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

  // The rolling hash was written twice, in Winnower and in check/grams.ts (review of issue 21):
  // both now use rollingWindows. Each copy as it was, to hold the one that replaced them to the
  // same hashes and fingerprints.
  /** check/grams.ts `windows` before: the hash of every window, with its end. */
  function gramsWindowsBefore(codes: Int32Array, from: number, to: number, gram: number) {
    let out = 1;
    for (let i = 1; i < gram; i++) out = Math.imul(out, BASE);
    const got: [number, number][] = [];
    let h = 0;
    for (let i = from; i < to; i++) {
      if (i - from >= gram) h = (h - Math.imul(codes[i - gram]!, out)) | 0;
      h = (Math.imul(h, BASE) + codes[i]!) | 0;
      if (i - from + 1 >= gram) got.push([i + 1, h]);
    }
    return got;
  }
  /** Winnower's gram hashes before: its own rolling loop. */
  function winnowerHashesBefore(codes: Int32Array, from: number, to: number, k: number) {
    let power = 1;
    for (let i = 1; i < k; i++) power = Math.imul(power, BASE);
    const n = to - from - k + 1;
    const hashes: number[] = [];
    if (n < 1) return hashes;
    let h = 0;
    for (let i = from; i < from + k; i++) h = (Math.imul(h, BASE) + codes[i]!) | 0;
    hashes.push(mix(h));
    for (let i = 1; i < n; i++) {
      h =
        (Math.imul(h - Math.imul(codes[from + i - 1]!, power), BASE) + codes[from + i + k - 1]!) |
        0;
      hashes.push(mix(h));
    }
    return hashes;
  }
  /** Winnowing over given gram hashes: the deque as Winnower keeps it. */
  function winnowBefore(hashes: number[], w: number, from: number): [number, number][] {
    const out: [number, number][] = [];
    if (hashes.length < w) return out;
    const deque: number[] = [];
    let last = -1;
    for (let i = 0; i < hashes.length; i++) {
      while (deque.length > 0 && hashes[deque.at(-1)!]! >= hashes[i]!) deque.pop();
      deque.push(i);
      if (deque[0]! <= i - w) deque.shift();
      if (i < w - 1) continue;
      if (deque[0]! !== last) out.push([hashes[deque[0]!]! | 0, from + deque[0]!]);
      last = deque[0]!;
    }
    return out;
  }

  it('one rolling hash gives the same windows and fingerprints as the two copies it replaced', () => {
    const code = fc.oneof(
      fc.integer({ min: 0, max: 3 }),
      fc.constantFrom(0x4e00, 0x20bb7, 0x10ffff, 0xffff),
      fc.integer({ min: 0, max: 0x10ffff }),
    );
    fc.assert(
      fc.property(
        fc.array(code, { maxLength: 120 }),
        fc.nat(),
        fc.nat(),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 12 }),
        (xs, x, y, gram, w) => {
          const codes = Int32Array.from(xs);
          const [from, to] = [x % (xs.length + 1), y % (xs.length + 1)].sort((p, q) => p - q) as [
            number,
            number,
          ];
          const got: [number, number][] = [];
          rollingWindows(codes, from, to, gram, (end, h) => got.push([end, h]));
          expect(got).toEqual(gramsWindowsBefore(codes, from, to, gram));
          const fingerprints: [number, number][] = [];
          new Winnower({ k: gram, w }).paragraph(codes, from, to, (h, p) =>
            fingerprints.push([h, p]),
          );
          expect(fingerprints).toEqual(
            winnowBefore(winnowerHashesBefore(codes, from, to, gram), w, from),
          );
        },
      ),
      { numRuns: 300 },
    );
  });
});
