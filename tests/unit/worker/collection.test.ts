import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answerCollection, packTexts, unpackTexts } from '../../../src/lib/worker/collection.ts';

// Astral characters (two UTF-16 units), empty paragraphs and texts with none: lengths are units.
const paragraph = fc
  .array(fc.constantFrom('甲', '乙', '𠮷', '\n', ' ', 'e\u0301'), { maxLength: 6 })
  .map((xs) => xs.join(''));
const texts = fc.array(fc.record({ paragraphs: fc.array(paragraph, { maxLength: 4 }) }), {
  maxLength: 1_200,
});

describe('texts packed for the collection worker', () => {
  it('unpack to the texts packed, across chunks', () => {
    fc.assert(
      fc.property(texts, (xs) => {
        const packed = packTexts(xs);
        expect(packed.chunks.length).toBe(Math.ceil(xs.length / 500));
        expect(unpackTexts(packed)).toEqual(xs);
      }),
      { numRuns: 60 },
    );
  });

  it('are indexed as the texts themselves', async () => {
    const posted: unknown[] = [];
    const texts = [
      { paragraphs: ['甲乙丙丁戊己庚辛壬癸子丑寅卯'] },
      { paragraphs: ['乙'] },
      { paragraphs: ['甲乙丙丁戊己庚辛壬癸子丑寅卯'] },
    ];
    await answerCollection({ type: 'index', id: 1, texts: packTexts(texts), minRun: 13 }, (m) =>
      posted.push(m),
    );
    expect(posted.at(-1)).toMatchObject({ type: 'indexed', value: { identical: [[0, 2]] } });
  });
});
