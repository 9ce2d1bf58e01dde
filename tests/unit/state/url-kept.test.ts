import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_COLLATED } from '../../../src/lib/thresholds.ts';
import { HOME, parseUrlState } from '../../../src/lib/state/url/index.ts';
import { inCollection } from '../../../src/lib/state/url/kept.ts';

const ID = 'c0abc12';
/** The address of a kept collection read, then checked against its `count` texts. */
const read = (search: string, count: number) =>
  inCollection(parseUrlState(`?collection=${ID}&${search}`, 6).state, count);

describe('a kept collection’s address, checked once the collection is here', () => {
  it('keeps the texts it has', () => {
    expect(read('a=3&b=70', 80)).toEqual({
      state: { ...HOME, collection: ID, a: 3, b: 70 },
      problems: [],
    });
  });

  it('drops a text it does not have, and says so; a report of a missing text is no report', () => {
    const pair = read('a=3&b=70', 10);
    expect(pair.state).toMatchObject({ a: 3, b: null });
    expect(pair.problems).toEqual([{ code: 'no-such-speech', param: 'b', value: '70', count: 1 }]);
    const report = read('a=11&report=1', 10);
    expect(report.state).toMatchObject({ a: null, report: false });
    expect(report.problems.map((p) => p.code)).toEqual(['no-such-speech']);
  });

  it('collates at most MAX_COLLATED texts: all of a large collection is its first ones, said', () => {
    const all = read('collate=1', 40);
    expect(all.state.speeches).toEqual(Array.from({ length: MAX_COLLATED }, (_, i) => i + 1));
    expect(all.problems.map((p) => [p.code, p.value])).toEqual([['too-many-collated', '40']]);
    expect(read('collate=1', MAX_COLLATED)).toMatchObject({
      state: { speeches: [] },
      problems: [],
    });
    const chosen = read('collate=1&speeches=2,5,99', 50);
    expect(chosen.state.speeches).toEqual([2, 5]);
    expect(chosen.problems.map((p) => [p.code, p.param])).toEqual([['no-such-speech', 'speeches']]);
  });

  it('gives a state whose texts all exist, for any address and any count', () => {
    fc.assert(
      fc.property(fc.string(), fc.integer({ min: 0, max: 100 }), (junk, count) => {
        const { state } = inCollection(parseUrlState(`?collection=${ID}&${junk}`, 6).state, count);
        for (const n of [state.a, state.b, ...state.speeches])
          if (n !== null) expect(n >= 1 && n <= count).toBe(true);
        expect(state.speeches.length).toBeLessThanOrEqual(MAX_COLLATED);
        // Checked once is checked: a second look finds nothing more.
        expect(inCollection(state, count).problems).toEqual([]);
      }),
    );
  });
});
