import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanText } from '../../../src/lib/intake/clean.ts';
import {
  EDIT_MAX_CHARS,
  EDIT_MAX_LINES,
  previewOf,
  textSize,
  tooBigToEdit,
} from '../../../src/lib/intake/preview.ts';

describe('textSize', () => {
  it('counts characters as code points without line breaks, and lines', () => {
    expect(textSize('')).toEqual({ chars: 0, lines: 0 });
    expect(textSize('字')).toEqual({ chars: 1, lines: 1 });
    expect(textSize('甲\r\n乙\r丙\n')).toEqual({ chars: 3, lines: 3 });
    expect(textSize('😀\n\n')).toEqual({ chars: 1, lines: 2 });
    // A lone surrogate is one character, as the comparison counts it.
    expect(textSize('\uDC00\uD800a')).toEqual({ chars: 3, lines: 1 });
  });

  it('counts the characters cleaning keeps, for any text already in NFC', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (raw) => {
        const text = raw.normalize('NFC');
        expect(textSize(text).chars).toBe(cleanText(text).chars);
      }),
    );
  });

  it('500,000 lines of one character are too many for a text area (issue 22, item 2)', () => {
    const size = textSize('字\n'.repeat(500_000));
    expect(size).toEqual({ chars: 500_000, lines: 500_000 });
    expect(tooBigToEdit(size)).toBe(true);
    expect(tooBigToEdit({ chars: EDIT_MAX_CHARS, lines: EDIT_MAX_LINES })).toBe(false);
    expect(tooBigToEdit({ chars: EDIT_MAX_CHARS + 1, lines: 1 })).toBe(true);
  });
});

describe('previewOf', () => {
  it('shows the first lines, says whether that is all, never splits a surrogate pair', () => {
    expect(previewOf('甲\n乙')).toEqual({ head: '甲\n乙', whole: true });
    const many = previewOf('字\n'.repeat(100));
    expect(many).toEqual({ head: '字\n'.repeat(20), whole: false });
    const long = previewOf(`${'字'.repeat(1_999)}😀`);
    expect(long).toEqual({ head: '字'.repeat(1_999), whole: false });
  });
});
