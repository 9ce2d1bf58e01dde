import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalText, normalize } from '../../../src/lib/check/normalize.ts';

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
        expect(n.pieces.map((ps) => ps.map((p) => p.text).join(''))).toEqual(paragraphs);
        const flat = n.pieces.flat();
        flat.forEach((p, i) => expect(p.from).toBe(i === 0 ? 0 : flat[i - 1]!.to));
        expect(n.starts.at(-1)).toBe(n.codes.length);
      }),
    );
  });

  it('reads 豈 written as a compatibility ideograph as 豈, and drops full-width spaces', () => {
    expect(normalText(['\uf900\u3000甲 乙'])).toBe('豈甲乙');
  });
});
