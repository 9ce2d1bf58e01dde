/**
 * A dropped or picked file to text, or a refusal that names the file and says why. Plain text
 * (.txt, .md) is decoded here; a Word file (.docx) by docx.ts, imported only when one comes.
 */
import { decodeBytes, type Encoding } from './decode.ts';

/** Files larger than this are refused before they are read. */
export const MAX_FILE_BYTES = 32 * 1024 * 1024;

export type FileRefusal = 'type' | 'binary' | 'encoding' | 'docx' | 'too-big' | 'unreadable';

export type FileText =
  | { ok: true; name: string; text: string; encoding: Encoding | 'docx' }
  | { ok: false; name: string; reason: FileRefusal };

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

export async function readTextFile(file: FileLike): Promise<FileText> {
  const name = file.name;
  const kind = kindOf(name);
  if (kind === null) return { ok: false, name, reason: 'type' };
  if (file.size > MAX_FILE_BYTES) return { ok: false, name, reason: 'too-big' };
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    return { ok: false, name, reason: 'unreadable' };
  }
  if (kind === 'docx') {
    const { docxText } = await import('./docx.ts');
    const read = docxText(bytes);
    return read.ok
      ? { ok: true, name, text: read.text, encoding: 'docx' }
      : { ok: false, name, reason: read.reason };
  }
  const decoded = decodeBytes(bytes);
  return decoded.ok
    ? { ok: true, name, text: decoded.text, encoding: decoded.encoding }
    : { ok: false, name, reason: decoded.reason };
}
