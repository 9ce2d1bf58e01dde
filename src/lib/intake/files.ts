/**
 * A dropped or picked file to text, or a refusal that names the file and says why. Plain text
 * (.txt, .md) is decoded by decode.ts, a Word file (.docx) by docx.ts. This runs in the file
 * worker (workers/file.worker.ts): a big file is read, decoded and counted off the page, and a
 * text over the limit is refused before it reaches a text area.
 */
import { MAX_CHARS, cleanText } from './clean.ts';
import { decodeBytes, type Encoding } from './decode.ts';
import { MAX_DOCUMENT_BYTES, docxText } from './docx.ts';

/** Files larger than this are refused before they are read. */
export const MAX_FILE_BYTES = 32 * 1024 * 1024;

export type FileRefusal =
  | 'type'
  | 'binary'
  | 'encoding'
  | 'docx'
  /** Larger than MAX_FILE_BYTES. */
  | 'too-big'
  /** A Word file whose document unpacks past MAX_DOCUMENT_BYTES. */
  | 'docx-too-big'
  | 'unreadable';

export type FileText =
  | { ok: true; name: string; text: string; encoding: Encoding | 'docx' }
  | { ok: false; name: string; reason: FileRefusal }
  /** More characters (as the comparison counts them) than a side may have. */
  | { ok: false; name: string; reason: 'too-long'; chars: number };

/** What a file picker offers: the extensions read, and their MIME types. */
export const ACCEPT = '.txt,.md,.markdown,.text,.docx,text/plain,text/markdown';

export type FileKind = 'text' | 'docx' | null;

export function kindOf(name: string): FileKind {
  const ext = /\.([^.]+)$/u.exec(name)?.[1]?.toLowerCase() ?? '';
  if (['txt', 'md', 'markdown', 'text'].includes(ext)) return 'text';
  if (ext === 'docx') return 'docx';
  return null;
}

/** The part of a File this needs, so that tests can hand in bytes. */
export interface FileLike {
  name: string;
  size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

/** Where reading is: the step, and how far into it (done of total) where that is known. */
export interface FileProgress {
  step: 'read' | 'unzip' | 'decode' | 'count';
  done: number;
  total: number;
}

export interface FileLimits {
  /** The most characters a side may have (clean.ts's MAX_CHARS). */
  maxChars: number;
  /** The most bytes a Word file's document may unpack to. */
  maxDocumentBytes: number;
}

const LIMITS: FileLimits = { maxChars: MAX_CHARS, maxDocumentBytes: MAX_DOCUMENT_BYTES };

export async function readTextFile(
  file: FileLike,
  progress: (p: FileProgress) => void = () => {},
  limits: FileLimits = LIMITS,
): Promise<FileText> {
  const name = file.name;
  const kind = kindOf(name);
  if (kind === null) return { ok: false, name, reason: 'type' };
  if (file.size > MAX_FILE_BYTES) return { ok: false, name, reason: 'too-big' };
  progress({ step: 'read', done: 0, total: file.size });
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    return { ok: false, name, reason: 'unreadable' };
  }
  let text: string;
  let encoding: Encoding | 'docx';
  if (kind === 'docx') {
    const read = docxText(bytes, {
      maxBytes: limits.maxDocumentBytes,
      progress: (done, total) => progress({ step: 'unzip', done, total }),
    });
    if (!read.ok)
      return { ok: false, name, reason: read.reason === 'too-big' ? 'docx-too-big' : 'docx' };
    [text, encoding] = [read.text, 'docx'];
  } else {
    progress({ step: 'decode', done: 0, total: bytes.length });
    const decoded = decodeBytes(bytes);
    if (!decoded.ok) return { ok: false, name, reason: decoded.reason };
    [text, encoding] = [decoded.text, decoded.encoding];
  }
  // Counted as the comparison counts (cleaned), so that what is read can be compared.
  progress({ step: 'count', done: 0, total: text.length });
  const chars = cleanText(text).chars;
  if (chars > limits.maxChars) return { ok: false, name, reason: 'too-long', chars };
  return { ok: true, name, text, encoding };
}
