import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanText } from '../../../src/lib/intake/clean.ts';

describe('cleanText', () => {
  it('makes lines paragraphs and drops blank lines, saying what it changed', () => {
    const { paragraphs, chars, report } = cleanText('甲乙\r\n\r\n丙\r丁\n\n');
    expect(paragraphs).toEqual(['甲乙', '丙', '丁']);
    expect(chars).toBe(4);
    expect(report).toEqual({
      lineEndings: 3,
      normalized: false,
      surrogates: 0,
      controls: 0,
      bidi: 0,
    });
  });

  it('normalises to NFC and says so', () => {
    const { paragraphs, report } = cleanText('Cafe\u0301');
    expect(paragraphs).toEqual(['Café']);
    expect(report.normalized).toBe(true);
  });

  it('replaces lone surrogates with U+FFFD and counts them, keeping astral characters', () => {
    const { paragraphs, report } = cleanText('a\uD800b\uDC00c😀\uDBFF');
    expect(paragraphs).toEqual(['a\uFFFDb\uFFFDc😀\uFFFD']);
    expect(report.surrogates).toBe(3);
  });

  it('keeps and counts control characters (the panes mark them), tabs not counted', () => {
    const { paragraphs, report } = cleanText('a\0b\u0007c\td\u007F\u0085');
    expect(paragraphs).toEqual(['a\0b\u0007c\td\u007F\u0085']);
    expect(report.controls).toBe(4);
  });

  it('keeps bidirectional controls, counted, for the panes to mark', () => {
    const { paragraphs, report } = cleanText('abc\u202Edef\u2066x\u2069');
    expect(paragraphs).toEqual(['abc\u202Edef\u2066x\u2069']);
    expect(report.bidi).toBe(3);
  });

  it('gives well-formed NFC paragraphs without line breaks, for any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (raw) => {
        const { paragraphs, chars } = cleanText(raw);
        for (const p of paragraphs) {
          expect(p).not.toBe('');
          expect(p).not.toMatch(/[\r\n]/u);
          expect(p).not.toMatch(/\p{Cs}/u);
          expect(p.normalize('NFC')).toBe(p);
        }
        expect(chars).toBe(Array.from(paragraphs.join('')).length);
      }),
    );
  });

  it('leaves clean text as it is (cleaning twice changes nothing)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (raw) => {
        const once = cleanText(raw).paragraphs;
        const twice = cleanText(once.join('\n'));
        expect(twice.paragraphs).toEqual(once);
        expect(twice.report).toMatchObject({ lineEndings: 0, surrogates: 0 });
      }),
    );
  });
});

describe('ownSpeech', () => {
  it('makes a cleaned own text a Speech, and refuses one over the limit', async () => {
    const { ownSpeech, OWN_NUMBER } = await import('../../../src/lib/intake/own.ts');
    const { MAX_CHARS } = await import('../../../src/lib/intake/clean.ts');
    expect(ownSpeech('a', '文本 A', '甲\r\n\r\n乙')).toMatchObject({
      speech: { number: OWN_NUMBER.a, label: '文本 A', paragraphs: ['甲', '乙'], chars: 2 },
    });
    expect(ownSpeech('b', '文本 B', '字'.repeat(MAX_CHARS + 1))).toEqual({
      tooLong: MAX_CHARS + 1,
    });
  });
});
