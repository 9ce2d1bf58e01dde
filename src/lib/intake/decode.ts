/**
 * Bytes of a text file to a string, the encoding detected without asking: a byte order mark
 * (UTF-8, UTF-16 LE, UTF-16 BE) decides; else strict UTF-8; else strict GB18030 (which covers
 * GBK and GB2312, common for Chinese files). Bytes that none decodes, or that look like a binary
 * file, are refused with the reason.
 */

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

export type Decoded =
  | { ok: true; text: string; encoding: Encoding; bom: boolean }
  | { ok: false; reason: 'binary' | 'encoding' };

const strict = (encoding: Encoding, bytes: Uint8Array): string | null => {
  try {
    // ignoreBOM: the mark, when there is one, is cut off here, not by the decoder.
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
};

/** NUL, or many other C0 controls, do not occur in a text file (a form feed or two may). */
function looksBinary(text: string): boolean {
  if (text.includes('\0')) return true;
  // eslint-disable-next-line no-control-regex
  const controls = text.match(/[\u0001-\u0008\u000E-\u001A\u001C-\u001F]/g)?.length ?? 0;
  return controls > 0 && controls * 100 > text.length;
}

export function decodeBytes(bytes: Uint8Array): Decoded {
  const [b0, b1, b2] = bytes;
  const boms: [Encoding, number][] = [];
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) boms.push(['utf-8', 3]);
  else if (b0 === 0xff && b1 === 0xfe) boms.push(['utf-16le', 2]);
  else if (b0 === 0xfe && b1 === 0xff) boms.push(['utf-16be', 2]);
  const candidates: [Encoding, number][] = boms.length
    ? boms
    : [
        ['utf-8', 0],
        ['gb18030', 0],
      ];
  for (const [encoding, skip] of candidates) {
    const text = strict(encoding, bytes.subarray(skip));
    if (text === null) continue;
    if (looksBinary(text)) return { ok: false, reason: 'binary' };
    return { ok: true, text, encoding, bom: skip > 0 };
  }
  return { ok: false, reason: 'encoding' };
}
