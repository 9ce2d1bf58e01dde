/**
 * The text of a Word (.docx) file: its zip read by fflate (loaded only with this module), the
 * paragraphs of word/document.xml read here. A paragraph is a line; tabs and breaks inside it
 * are kept as a tab and a line break.
 */
import { unzipSync } from 'fflate';

/** word/document.xml larger than this, unpacked, is refused (a zip bomb, not a speech). */
const MAX_DOCUMENT_BYTES = 64 * 1024 * 1024;

export type DocxText = { ok: true; text: string } | { ok: false; reason: 'docx' | 'too-big' };

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/giu, (whole, name: string) => {
    if (name[0] !== '#') return ENTITIES[name] ?? whole;
    const code =
      name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
    return code <= 0x10ffff ? String.fromCodePoint(code) : '\uFFFD';
  });
}

/** The paragraphs of a WordprocessingML body, one a line. */
export function documentText(xml: string): string {
  const lines: string[] = [];
  // Tags of interest: paragraph ends, text runs, tabs and breaks; the rest is markup.
  const token =
    /<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:tab\/>|<w:(?:br|cr)(?:\s[^>]*)?\/>|<\/w:p>|<w:p\s[^>]*\/>|<w:p\/>/gu;
  let line = '';
  for (const m of xml.matchAll(token)) {
    const tag = m[0];
    if (m[1] !== undefined) line += unescapeXml(m[1]);
    else if (tag === '<w:tab/>') line += '\t';
    else if (tag.startsWith('<w:br') || tag.startsWith('<w:cr')) line += '\n';
    else {
      lines.push(line);
      line = '';
    }
  }
  if (line) lines.push(line);
  return lines.join('\n');
}

export function docxText(bytes: Uint8Array): DocxText {
  let tooBig = false;
  try {
    const files = unzipSync(bytes, {
      filter: (file) => {
        if (file.name !== 'word/document.xml') return false;
        tooBig = file.originalSize > MAX_DOCUMENT_BYTES;
        return !tooBig;
      },
    });
    if (tooBig) return { ok: false, reason: 'too-big' };
    const xml = files['word/document.xml'];
    if (!xml) return { ok: false, reason: 'docx' };
    return { ok: true, text: documentText(new TextDecoder().decode(xml)) };
  } catch {
    return { ok: false, reason: 'docx' };
  }
}
