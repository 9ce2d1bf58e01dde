import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstBelow, stepChange } from '../../../src/lib/render/nav.ts';

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
