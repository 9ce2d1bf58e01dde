import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareTexts } from '../../../src/lib/diff/compare.ts';
import {
  changeFragment,
  changeNear,
  firstBelow,
  readChangeFragment,
  rowOfParagraph,
  stepChange,
} from '../../../src/lib/render/nav.ts';
import { paragraphsOf } from '../diff/corpus.ts';

describe('next and previous change', () => {
  const tops = [-900, -300, 40, 500, 1400];

  it('step from the current change while it is on screen', () => {
    expect(stepChange(2, true, tops, 1)).toBe(3);
    expect(stepChange(2, true, tops, -1)).toBe(1);
    expect(stepChange(4, true, tops, 1)).toBe(4);
    expect(stepChange(0, true, tops, -1)).toBe(0);
  });

  it('go on from the screen when none is chosen or the reader scrolled away', () => {
    expect(stepChange(null, false, tops, 1)).toBe(2);
    expect(stepChange(null, false, tops, -1)).toBe(1);
    expect(stepChange(0, false, tops, 1)).toBe(2);
    expect(stepChange(4, false, tops, -1)).toBe(1);
  });

  it('stay at the ends and do nothing without changes', () => {
    expect(stepChange(null, false, [-50, -10], 1)).toBe(1);
    expect(stepChange(null, false, [10, 50], -1)).toBe(0);
    expect(stepChange(null, false, [], 1)).toBeNull();
  });

  it('from the screen, land on the first change below its top, or the last above it', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -5000, max: 5000 }), { minLength: 1, maxLength: 50 }),
        (raw) => {
          const tops = [...raw].sort((x, y) => x - y);
          const next = stepChange(null, false, tops, 1)!;
          const previous = stepChange(null, false, tops, -1)!;
          if (tops.some((top) => top >= 0)) {
            expect(tops[next]).toBeGreaterThanOrEqual(0);
            expect(tops.slice(0, next).every((top) => top < 0)).toBe(true);
          }
          if (tops.some((top) => top < 0)) {
            expect(tops[previous]).toBeLessThan(0);
            expect(tops.slice(previous + 1).every((top) => top >= 0)).toBe(true);
          }
        },
      ),
    );
  });

  it('always land on a change', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -5000, max: 5000 }), { minLength: 1, maxLength: 50 }),
        fc.option(fc.nat(49), { nil: null }),
        fc.boolean(),
        fc.constantFrom(1 as const, -1 as const),
        (raw, pick, onScreen, direction) => {
          const sorted = [...raw].sort((x, y) => x - y);
          const current = pick === null ? null : pick % sorted.length;
          const to = stepChange(current, onScreen, sorted, direction);
          expect(to).not.toBeNull();
          expect(to).toBeGreaterThanOrEqual(0);
          expect(to).toBeLessThan(sorted.length);
        },
      ),
    );
  });
});

describe('the first change below the top of the screen', () => {
  it('is found by measuring a few changes, as if all were measured', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -5000, max: 5000 })), (unsorted) => {
        const tops = [...unsorted].sort((x, y) => x - y);
        let measured = 0;
        const below = firstBelow(tops.length, (k) => (measured++, tops[k]!));
        const expected = tops.findIndex((t) => t >= 0);
        expect(below).toBe(expected === -1 ? tops.length : expected);
        expect(measured).toBeLessThanOrEqual(Math.ceil(Math.log2(tops.length + 1)));
      }),
    );
  });

  it('counts a change not drawn yet (no top) as below', () => {
    const tops = [-40, -10, Infinity, Infinity];
    expect(firstBelow(tops.length, (k) => tops[k]!)).toBe(2);
    expect(firstBelow(0, () => 0)).toBe(0);
  });
});

/** Issue 23 item 8: changing an option lost the reader's place, and a link could not carry it. */
describe('the place of a change across options', () => {
  const at = (fromA: number, toA: number, fromB: number, toB: number) => ({
    fromA,
    toA,
    fromB,
    toB,
  });

  it('is the change sharing text with it, in A or in B', () => {
    // Characters 10–12 changed; as words, 8–14 is one change.
    expect(
      changeNear([at(0, 2, 0, 2), at(8, 14, 8, 15), at(20, 21, 21, 22)], at(10, 12, 10, 13)),
    ).toBe(1);
    // Text added at 10 of A; as words, 9–11 of A rewritten.
    expect(changeNear([at(2, 3, 2, 3), at(9, 11, 9, 14)], at(10, 10, 10, 12))).toBe(1);
    // Nothing shared in A (ignored there now) but the same text of B.
    expect(changeNear([at(30, 31, 40, 41), at(50, 50, 60, 63)], at(45, 45, 60, 61))).toBe(1);
  });

  it('in A before B: a paragraph deleted after a rewritten one is not the rewrite', () => {
    // Paragraph 5 of A deleted (in B only a place, at the end of the rewrite of paragraph 1).
    const rewrite = at(0, 300, 0, 301);
    const deleted = at(490, 530, 301, 301);
    expect(changeNear([rewrite, deleted], at(500, 520, 301, 301))).toBe(1);
  });

  it('else the nearest after it, else the last', () => {
    // Punctuation ignored: the change at 10 is gone, the next one is at 25.
    expect(
      changeNear([at(3, 4, 3, 4), at(25, 26, 25, 27), at(40, 41, 41, 42)], at(10, 11, 10, 11)),
    ).toBe(1);
    expect(changeNear([at(3, 4, 3, 4)], at(10, 11, 10, 11))).toBe(0);
    expect(changeNear([], at(10, 11, 10, 11))).toBeNull();
  });

  it('for every change of 1 and 4 in characters, a change of the same text in words', () => {
    const [a, b] = [paragraphsOf(1), paragraphsOf(4)];
    const chars = compareTexts(a, b, { granularity: 'char' }).changes;
    const words = compareTexts(a, b, { granularity: 'word' }).changes;
    for (const change of chars) {
      const near = words[changeNear(words, change)!]!;
      const overlaps =
        (near.fromA <= change.toA && change.fromA <= near.toA) ||
        (near.fromB <= change.toB && change.fromB <= near.toB);
      expect(overlaps || near.fromA >= change.fromA).toBe(true);
    }
    // And back: the place survives a round trip within one change or so.
    const fifth = chars[4]!;
    const back = chars[changeNear(chars, words[changeNear(words, fifth)!]!)!]!;
    expect(back.fromA).toBeLessThanOrEqual(fifth.toA);
  });

  it('always lands on a change', () => {
    const range = fc
      .tuple(fc.nat(500), fc.nat(20), fc.nat(500), fc.nat(20))
      .map(([fa, la, fb, lb]) => at(fa, fa + la, fb, fb + lb));
    fc.assert(
      fc.property(fc.array(range, { maxLength: 30 }), range, (changes, place) => {
        const k = changeNear(changes, place);
        if (changes.length === 0) expect(k).toBeNull();
        else expect(changes[k!]).toBeDefined();
      }),
    );
  });
});

describe('a change named in the address', () => {
  it('reads #c12 as the twelfth change and writes it back', () => {
    expect(readChangeFragment('#c12', 40)).toBe(11);
    expect(readChangeFragment(changeFragment(11), 40)).toBe(11);
    expect(readChangeFragment('#c1', 1)).toBe(0);
  });

  it('says so when the fragment names no change of this comparison', () => {
    expect(readChangeFragment('#c999', 40)).toEqual({ missing: '999' });
    expect(readChangeFragment('#cx', 40)).toEqual({ missing: 'x' });
    expect(readChangeFragment('#c0', 40)).toEqual({ missing: '0' });
    expect(readChangeFragment('#c01', 40)).toEqual({ missing: '01' });
    expect(readChangeFragment('#c1', 0)).toEqual({ missing: '1' });
    expect(readChangeFragment('#c', 40)).toEqual({ missing: '' });
  });

  it('leaves other fragments to the browser: paragraphs, own texts, none', () => {
    for (const other of ['', '#', '#a-p3', '#b-p2', '#v1.abc'])
      expect(readChangeFragment(other, 40)).toBeNull();
  });
});

// Issue 26: a link to a paragraph not drawn yet draws the rows through the one holding it.
describe('the row of a paragraph link', () => {
  it('finds the row holding each paragraph of either side', () => {
    const [a, b] = [paragraphsOf(1), paragraphsOf(2)];
    const { rows } = compareTexts(a, b);
    for (const [side, paragraphs] of [
      ['a', a],
      ['b', b],
    ] as const)
      paragraphs.forEach((_, p) => {
        expect(rows[rowOfParagraph(rows, `#${side}-p${p + 1}`)]?.[side]?.index).toBe(p);
      });
  });

  it('finds no row for other fragments or paragraphs no row holds', () => {
    const { rows } = compareTexts(paragraphsOf(1), paragraphsOf(2));
    for (const fragment of ['', '#c3', '#a-p0', '#a-p99999', '#a-px', '#p3', '#b-p01', 'a-p1'])
      expect(rowOfParagraph(rows, fragment)).toBe(-1);
  });
});
