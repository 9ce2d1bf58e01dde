/**
 * The files of a .zip brought as a collection, inflated by fflate a slice at a time with the
 * bytes they actually give counted: the archive's own sizes are not trusted (a zip bomb says
 * 1 KB and gives a gigabyte), and past the cap the whole archive is refused, never cut.
 */
import { Unzip, UnzipInflate } from 'fflate';

/** All the files of one archive, unpacked, may not exceed this. */
const MAX_ZIP_BYTES = 256 * 1024 * 1024;

/** As docx.ts: DEFLATE expands at most about 1,032 times, so the cap is overshot by ~4 MiB. */
const SLICE_BYTES = 4096;

export interface ZipEntry {
  path: string;
  bytes: Uint8Array;
}

export function unzipEntries(
  bytes: Uint8Array,
  maxBytes = MAX_ZIP_BYTES,
): { ok: true; entries: ZipEntry[] } | { ok: false; reason: 'zip' | 'zip-too-big' } {
  const entries: ZipEntry[] = [];
  const seen = { produced: 0, failed: null as 'zip' | 'zip-too-big' | null, open: 0 };
  try {
    const unzip = new Unzip((file) => {
      // Folders, and the metadata macOS adds beside each file, are not texts.
      if (file.name.endsWith('/') || /(^|\/)(__MACOSX\/|\._)/u.test(file.name)) return;
      const chunks: Uint8Array[] = [];
      seen.open++;
      file.ondata = (error, data, final) => {
        if (seen.failed) return;
        if (error) {
          seen.failed = 'zip';
          return;
        }
        seen.produced += data.length;
        if (seen.produced > maxBytes) {
          seen.failed = 'zip-too-big';
          file.terminate();
          return;
        }
        chunks.push(data);
        if (!final) return;
        seen.open--;
        const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
        let at = 0;
        for (const c of chunks) {
          out.set(c, at);
          at += c.length;
        }
        entries.push({ path: file.name, bytes: out });
      };
      file.start();
    });
    unzip.register(UnzipInflate);
    for (let at = 0; at < bytes.length && !seen.failed; at += SLICE_BYTES) {
      const end = Math.min(at + SLICE_BYTES, bytes.length);
      unzip.push(bytes.subarray(at, end), end === bytes.length);
    }
  } catch {
    return { ok: false, reason: 'zip' };
  }
  if (seen.failed) return { ok: false, reason: seen.failed };
  // A file whose data stopped before its end: the archive is cut short.
  if (seen.open > 0) return { ok: false, reason: 'zip' };
  return { ok: true, entries };
}
