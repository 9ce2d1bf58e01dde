/**
 * The text of a Word (.docx) file: its zip read by fflate, the paragraphs of word/document.xml
 * read here. A paragraph is a line; tabs and breaks inside it are kept as a tab and a line break.
 * The zip's own sizes are not trusted (a file can say 1,000 bytes and inflate to a gigabyte):
 * the document is inflated a small slice of the archive at a time and the bytes it actually
 * gives are counted; past the cap it is refused, never cut.
 */
import { Unzip, UnzipInflate } from 'fflate';

/** word/document.xml larger than this, unpacked, is refused (a zip bomb, not a speech). */
export const MAX_DOCUMENT_BYTES = 64 * 1024 * 1024;

/**
 * The archive is fed to the inflater this many bytes at a time. DEFLATE expands at most about
 * 1,032 times, so one slice gives at most about 4 MiB: the cap is overshot by no more than that.
 */
const SLICE_BYTES = 4096;

export type DocxText = { ok: true; text: string } | { ok: false; reason: 'docx' | 'too-big' };

export interface DocxOptions {
  /** The cap on the document's unpacked bytes (tests set a small one). */
  maxBytes?: number;
  /** Called now and then with the archive's bytes read so far and its size. */
  progress?: (done: number, total: number) => void;
}

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

/** The bytes of word/document.xml, inflated under the cap, or why not. */
function documentBytes(
  bytes: Uint8Array,
  maxBytes: number,
  progress: DocxOptions['progress'],
): Uint8Array[] | 'docx' | 'too-big' {
  const chunks: Uint8Array[] = [];
  // One object, not lets: what the callbacks below set, the loop and the end read.
  const seen = {
    produced: 0,
    found: false,
    ended: false,
    failed: null as 'docx' | 'too-big' | null,
  };
  const unzip = new Unzip((file) => {
    if (file.name !== 'word/document.xml' || seen.found) return;
    seen.found = true;
    file.ondata = (error, data, final) => {
      if (seen.failed) return;
      if (error) {
        seen.failed = 'docx';
        return;
      }
      seen.produced += data.length;
      if (seen.produced > maxBytes) {
        seen.failed = 'too-big';
        file.terminate();
        return;
      }
      chunks.push(data);
      seen.ended ||= final;
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  for (let at = 0; at < bytes.length && !seen.failed; at += SLICE_BYTES) {
    const end = Math.min(at + SLICE_BYTES, bytes.length);
    unzip.push(bytes.subarray(at, end), end === bytes.length);
    progress?.(end, bytes.length);
  }
  if (seen.failed) return seen.failed;
  // No document, or one whose data stopped before its end: not a Word file we can read whole.
  return seen.found && seen.ended ? chunks : 'docx';
}

export function docxText(bytes: Uint8Array, options: DocxOptions = {}): DocxText {
  try {
    const got = documentBytes(bytes, options.maxBytes ?? MAX_DOCUMENT_BYTES, options.progress);
    if (typeof got === 'string') return { ok: false, reason: got };
    const decoder = new TextDecoder();
    let xml = '';
    for (const chunk of got) xml += decoder.decode(chunk, { stream: true });
    return { ok: true, text: documentText(xml + decoder.decode()) };
  } catch {
    return { ok: false, reason: 'docx' };
  }
}
