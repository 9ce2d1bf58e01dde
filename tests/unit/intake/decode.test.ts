import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../../src/lib/intake/decode.ts';

const TEXT = '学习两会精神，推动高质量发展。\n第二段😀';
const utf8 = (s: string) => new TextEncoder().encode(s);
const utf16 = (s: string, littleEndian: boolean) => {
  const out = new Uint8Array(2 + s.length * 2);
  const view = new DataView(out.buffer);
  view.setUint16(0, 0xfeff, littleEndian);
  for (let i = 0; i < s.length; i++) view.setUint16(2 + 2 * i, s.charCodeAt(i), littleEndian);
  return out;
};
/** 学习两会精神，推动高质量发展。 in GBK, the bytes a Chinese Windows editor saves. */
const GBK = Uint8Array.of(
  ...[0xd1, 0xa7, 0xcf, 0xb0, 0xc1, 0xbd, 0xbb, 0xe1, 0xbe, 0xab, 0xc9, 0xf1, 0xa3, 0xac, 0xcd],
  ...[0xc6, 0xb6, 0xaf, 0xb8, 0xdf, 0xd6, 0xca, 0xc1, 0xbf, 0xb7, 0xa2, 0xd5, 0xb9, 0xa1, 0xa3],
);

describe('decodeBytes', () => {
  it('reads UTF-8 with and without a byte order mark', () => {
    expect(decodeBytes(utf8(TEXT))).toEqual({
      ok: true,
      text: TEXT,
      encoding: 'utf-8',
      bom: false,
    });
    const bom = Uint8Array.of(0xef, 0xbb, 0xbf, ...utf8(TEXT));
    expect(decodeBytes(bom)).toEqual({ ok: true, text: TEXT, encoding: 'utf-8', bom: true });
  });

  it('reads UTF-16 little and big endian by their byte order mark', () => {
    expect(decodeBytes(utf16(TEXT, true))).toMatchObject({ text: TEXT, encoding: 'utf-16le' });
    expect(decodeBytes(utf16(TEXT, false))).toMatchObject({ text: TEXT, encoding: 'utf-16be' });
  });

  it('reads GBK and GB18030 when the bytes are not UTF-8', () => {
    expect(decodeBytes(GBK)).toMatchObject({
      ok: true,
      text: '学习两会精神，推动高质量发展。',
      encoding: 'gb18030',
    });
    // A four-byte GB18030 sequence: U+00A5 is 0x81 0x30 0x84 0x36.
    expect(decodeBytes(Uint8Array.of(0x81, 0x30, 0x84, 0x36))).toMatchObject({ text: '¥' });
  });

  it('prefers UTF-8 when bytes read as both (学习 in GBK is valid UTF-8: ѧϰ)', () => {
    expect(decodeBytes(GBK.subarray(0, 4))).toMatchObject({ text: 'ѧϰ', encoding: 'utf-8' });
  });

  it('refuses binary files and bytes no supported encoding reads', () => {
    const png = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13);
    expect(decodeBytes(png)).toEqual({ ok: false, reason: 'binary' });
    expect(decodeBytes(Uint8Array.of(0x41, 0xff, 0xff, 0x42))).toEqual({
      ok: false,
      reason: 'encoding',
    });
    // UTF-8 after its mark must be valid UTF-8.
    expect(decodeBytes(Uint8Array.of(0xef, 0xbb, 0xbf, 0xc3))).toEqual({
      ok: false,
      reason: 'encoding',
    });
  });

  it('reads back any text saved as UTF-8 or UTF-16 with a mark', () => {
    const text = fc
      .string({ unit: 'grapheme', maxLength: 100 })
      // eslint-disable-next-line no-control-regex
      .filter((s) => !/[\u0000-\u001F]/u.test(s));
    fc.assert(
      fc.property(text, (s) => {
        expect(decodeBytes(utf8(s))).toMatchObject({ ok: true, text: s });
        expect(decodeBytes(utf16(s, true))).toMatchObject({ ok: true, text: s });
        expect(decodeBytes(utf16(s, false))).toMatchObject({ ok: true, text: s });
      }),
    );
  });
});
