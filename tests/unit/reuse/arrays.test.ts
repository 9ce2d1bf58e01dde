// Issue 26: the reuse index's costly arrays are built in a worker and handed to the page's index.
// An index given the arrays of another index of the same speeches must be that index; arrays that
// do not fit the text are not taken.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { marksFor, sharedPassages } from '../../../src/lib/reuse/analysis.ts';
import { ReuseIndex, type SpeechText } from '../../../src/lib/reuse/passages.ts';

const ALPHABET = ['甲', '乙', '，', '𠮷'];
const collection = fc
  .array(
    fc.array(fc.string({ unit: fc.constantFrom(...ALPHABET), maxLength: 12 }), { maxLength: 3 }),
    {
      minLength: 1,
      maxLength: 5,
    },
  )
  .map((texts) => texts.map((paragraphs, i): SpeechText => ({ number: i + 1, paragraphs })));

/** What the views read of an index. */
function shown(index: ReuseIndex, speeches: readonly SpeechText[]) {
  return {
    passages: sharedPassages(index),
    figures: speeches.map(({ number }) => [
      index.reused(number),
      index.stockShare(number),
      speeches.map((other) => index.coverage(number, other.number)),
      marksFor(index, number),
    ]),
  };
}

describe('a reuse index built from arrays made elsewhere', () => {
  it('is the index built in place, for any speeches', () => {
    fc.assert(
      fc.property(collection, fc.integer({ min: 1, max: 4 }), (speeches, k) => {
        const here = new ReuseIndex(speeches, k);
        const given = new ReuseIndex(speeches, k, undefined, new ReuseIndex(speeches, k).arrays);
        expect(shown(given, speeches)).toEqual(shown(here, speeches));
      }),
    );
  });

  it('takes the arrays it is given, and builds none', () => {
    const speeches = [
      { number: 1, paragraphs: ['全面贯彻党的二十大精神实', '甲乙'] },
      { number: 2, paragraphs: ['全面贯彻党的二十大精神实'] },
    ];
    const arrays = new ReuseIndex(speeches).arrays;
    const index = new ReuseIndex(speeches, undefined, undefined, arrays);
    expect(index.sa).toBe(arrays.sa);
    expect(index.windows).toBe(arrays.windows);
  });

  it('builds its own when the arrays are of another text', () => {
    const speeches = [{ number: 1, paragraphs: ['全面贯彻党的二十大精神实'] }];
    const other = new ReuseIndex([{ number: 1, paragraphs: ['甲乙'] }]).arrays;
    const index = new ReuseIndex(speeches, undefined, undefined, other);
    expect(index.sa).not.toBe(other.sa);
    expect([...index.sa]).toEqual([...new ReuseIndex(speeches).sa]);
  });
});
