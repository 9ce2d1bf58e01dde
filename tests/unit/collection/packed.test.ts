// A collection's texts packed into a few long strings (collection/packed.ts), as the store keeps
// them and a worker takes them: whatever the texts, they unpack to exactly what was packed.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { packTexts, unpackTexts } from '../../../src/lib/collection/packed.ts';

// Astral characters (two UTF-16 units), U+2028, lone surrogates, combining marks, empty
// paragraphs, texts with none and long paragraphs: lengths are UTF-16 units.
const paragraph = fc.oneof(
  fc
    .array(fc.constantFrom('甲', '乙', '𠮷', '\n', '\u2028', ' ', 'e\u0301', '\uD800', ''), {
      maxLength: 6,
    })
    .map((xs) => xs.join('')),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom('长'.repeat(50_000), '𠮷'.repeat(20_000)),
);
const texts = fc.array(fc.record({ paragraphs: fc.array(paragraph, { maxLength: 4 }) }), {
  maxLength: 1_200,
});

describe('texts packed', () => {
  it('unpack to exactly the texts packed, across chunks', () => {
    fc.assert(
      fc.property(texts, fc.integer({ min: 1, max: 600 }), (xs, perChunk) => {
        const packed = packTexts(xs, perChunk);
        expect(packed.chunks.length).toBe(Math.ceil(xs.length / perChunk));
        expect(unpackTexts(packed)).toEqual(xs);
      }),
      { numRuns: 60 },
    );
  });

  it('unpack by the chunk size they were packed with, not the packer’s default now', () => {
    const xs = [{ paragraphs: ['甲'] }, { paragraphs: [] }, { paragraphs: ['乙', '丙'] }];
    const packed = packTexts(xs, 2);
    expect(packed.chunks).toEqual(['甲', '乙丙']);
    expect(unpackTexts(structuredClone(packed))).toEqual(xs);
  });
});
