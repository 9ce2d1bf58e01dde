import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalCodes, normalText, normalize } from '../../../src/lib/check/normalize.ts';
import { referenceNormalize } from './normalize-reference.ts';

// Letters with combining marks in both forms, Hangul jamo that compose into syllables (the one
// composition of a character with a following non-mark), a CJK compatibility ideograph (NFC maps
// it to 豈), an astral character and whitespace of several kinds.
const ALPHABET = [
  'e',
  '\u0301',
  '\u00e9',
  '\u0323',
  '\u1100',
  '\u1161',
  '\u11a8',
  '\uac00',
  '\uf900',
  '𠮷',
  ' ',
  '\n',
  '\u3000',
  '甲',
];
const text = fc.array(fc.constantFrom(...ALPHABET), { maxLength: 16 }).map((xs) => xs.join(''));

describe('normalize', () => {
  it('is NFC without whitespace, paragraph by paragraph', () => {
    fc.assert(
      fc.property(fc.array(text, { maxLength: 3 }), (paragraphs) => {
        expect(normalText(paragraphs)).toBe(
          paragraphs.map((p) => p.normalize('NFC').replace(/\s/gu, '')).join(''),
        );
      }),
    );
  });

  it('keeps the original text in its pieces, each mapped to its normalized characters', () => {
    fc.assert(
      fc.property(fc.array(text, { maxLength: 3 }), (paragraphs) => {
        const n = normalize(paragraphs);
        expect(n.paragraphs.map((p) => p.text)).toEqual(paragraphs);
        n.paragraphs.forEach(({ text, left, right }, p) => {
          const count = n.starts[p + 1]! - n.starts[p]!;
          expect([left.length, right.length]).toEqual([count + 1, count + 1]);
          const bounds = Array.from({ length: count + 1 }, (_, x) => [left[x]!, right[x]!]).flat();
          expect(bounds).toEqual([...bounds].sort((x, y) => x - y));
          expect([bounds[0], bounds.at(-1)]).toEqual([0, text.length]);
          // Between a character's end and the next one's start, only whitespace.
          for (let x = 0; x <= count; x++) expect(text.slice(left[x], right[x]).trim()).toBe('');
        });
      }),
    );
  });

  it('gives what the plain piece-by-piece reading gives, bounds included', () => {
    // Texts already NFC take the fast path; the rest, piece by piece.
    const mixed = fc.oneof(
      text,
      text.map((t) => t.normalize('NFC')),
      fc.string({ unit: 'grapheme', maxLength: 12 }),
    );
    fc.assert(
      fc.property(fc.array(mixed, { maxLength: 3 }), (paragraphs) => {
        const expected = referenceNormalize(paragraphs);
        expect(normalize(paragraphs)).toEqual(expected);
        expect(normalCodes(paragraphs)).toEqual({ codes: expected.codes, starts: expected.starts });
      }),
      { numRuns: 500 },
    );
  });

  it('reads 豈 written as a compatibility ideograph as 豈, and drops full-width spaces', () => {
    expect(normalText(['\uf900\u3000甲 乙'])).toBe('豈甲乙');
  });
});
