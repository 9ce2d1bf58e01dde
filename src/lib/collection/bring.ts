/**
 * The files a person brings as a collection (a folder, several files, a .zip, a JSON-lines file
 * of records, one text file with headings) to its texts and the files refused, each named by its
 * path with the reason. Runs in the collection worker (workers/collection.worker.ts); plain text
 * and Word files are read as own texts are (intake/files.ts), records as passim/records.ts reads
 * them, a file with headings （一）（二）… as the bundled collection is (corpus/parse.ts).
 */
import { parseCollection } from '../corpus/parse.ts';
import { MAX_CHARS, cleanText } from '../intake/clean.ts';
import { MAX_FILE_BYTES, readTextFile, type FileLike } from '../intake/files.ts';
import { parseRecords } from '../passim/records.ts';
import type { CollectionText } from '../passim/text.ts';
import { unzipEntries } from './zip.ts';

/** A file as brought: its path in the folder (or its name), and its bytes to be read. */
export interface Entry {
  path: string;
  file: FileLike;
}

type RefusalReason =
  | 'type'
  | 'binary'
  | 'encoding'
  | 'too-big'
  | 'too-long'
  | 'empty'
  | 'docx'
  | 'docx-too-big'
  | 'unreadable'
  | 'zip'
  | 'zip-too-big'
  /** A line of a JSON-lines file that is not a record (`detail` says why, `line` where). */
  | 'record';

export interface Refusal {
  path: string;
  reason: RefusalReason;
  line?: number;
  detail?: string;
}

export interface Brought {
  texts: CollectionText[];
  refused: Refusal[];
}

const RECORD_LIMITS = { maxChars: Infinity, maxDocumentBytes: 0 };

const bytesFile = (name: string, bytes: Uint8Array): FileLike => ({
  name,
  size: bytes.length,
  arrayBuffer: () => Promise.resolve(bytes.slice().buffer),
});

const extension = (path: string) => /\.([^./]+)$/u.exec(path)?.[1]?.toLowerCase() ?? '';
const baseName = (path: string) => path.slice(path.lastIndexOf('/') + 1);
const stem = (path: string) => baseName(path).replace(/\.[^.]+$/u, '') || baseName(path);

/** A read text before naming: its path, a title if the source gave one. */
interface Found {
  id: string;
  title: string | null;
  paragraphs: string[];
  series?: string;
  date?: string;
}

/**
 * Titles for the texts: the source's title, else the file's name without its extension; where
 * two files share a name (a/报告.txt, b/报告.txt), both are named by their paths. Ids are the
 * paths, made unique (a record's id may repeat a file's path) by a number after them.
 */
export function nameTexts(found: readonly Found[]): CollectionText[] {
  const stems = new Map<string, number>();
  for (const f of found)
    if (f.title === null) stems.set(stem(f.id), (stems.get(stem(f.id)) ?? 0) + 1);
  const ids = new Set<string>();
  return found.map((f) => {
    let id = f.id;
    for (let n = 2; ids.has(id); n++) id = `${f.id} (${n})`;
    ids.add(id);
    const title = f.title ?? ((stems.get(stem(f.id)) ?? 0) > 1 ? f.id : stem(f.id));
    const text: CollectionText = { id, title, paragraphs: f.paragraphs };
    if (f.series !== undefined) text.series = f.series;
    if (f.date !== undefined) text.date = f.date;
    return text;
  });
}

/** A file with two or more headings （一）（二）… as the bundled collection has: its speeches. */
function headed(path: string, text: string): Found[] | null {
  try {
    const corpus = parseCollection(text, { source: path, sha256: '' });
    if (corpus.speeches.length < 2) return null;
    return corpus.speeches.map((s) => ({
      id: `${path}#${s.label}`,
      title: `${corpus.title}${s.label}`,
      paragraphs: s.paragraphs,
    }));
  } catch {
    return null;
  }
}

/**
 * Paths without the folder all of them are in (the chosen folder itself, which names the
 * collection): 县/甲/报告.txt and 县/乙/报告.txt become 甲/报告.txt and 乙/报告.txt.
 */
export function withoutCommonFolder(paths: readonly string[]): string[] {
  const first = paths[0]?.split('/')[0];
  const common =
    first !== undefined && paths.every((p) => p.startsWith(`${first}/`)) ? first.length + 1 : 0;
  return paths.map((p) => p.slice(common));
}

/**
 * Reads the entries (in order of their paths, whatever order the browser gave them), reporting after each (done of total). `alone`: the entries are one file,
 * whose headings, if it has them, divide it into texts.
 */
export async function bringEntries(
  entries: readonly Entry[],
  progress: (done: number, total: number) => void = () => {},
): Promise<Brought> {
  const found: Found[] = [];
  const refused: Refusal[] = [];
  const alone = entries.length === 1;
  const paths = withoutCommonFolder(entries.map((e) => e.path));
  const sorted = entries
    .map((e, i) => ({ path: paths[i]!, file: e.file }))
    .sort((x, y) => (x.path < y.path ? -1 : x.path > y.path ? 1 : 0));
  const read = async (path: string, file: FileLike, inZip: boolean): Promise<void> => {
    const refuse = (reason: RefusalReason) => refused.push({ path, reason });
    if (file.size > MAX_FILE_BYTES) return void refuse('too-big');
    const ext = extension(path);
    if (ext === 'zip' && !inZip) {
      const unzipped = unzipEntries(new Uint8Array(await file.arrayBuffer()));
      if (!unzipped.ok) return void refuse(unzipped.reason);
      // An archive with no file in it (or only folders) is named, not passed over in silence.
      if (unzipped.entries.length === 0) return void refuse('empty');
      for (const e of unzipped.entries)
        await read(`${path}/${e.path}`, bytesFile(e.path, e.bytes), true);
      return;
    }
    if (ext === 'jsonl' || ext === 'json' || ext === 'ndjson') {
      // A file of records holds many texts: only the file's size is capped (above), not its length.
      const asText = {
        name: `${path}.txt`,
        size: file.size,
        arrayBuffer: () => file.arrayBuffer(),
      };
      const decoded = await readTextFile(asText, undefined, RECORD_LIMITS);
      if (!decoded.ok) return void refuse(decoded.reason === 'type' ? 'type' : decoded.reason);
      // Each record is a text, as long as a file's may be.
      const records = parseRecords(decoded.text, baseName(path), MAX_CHARS);
      for (const p of records.problems)
        refused.push({ path, reason: 'record', line: p.line, detail: p.reason });
      if (records.texts.length + records.problems.length === 0) return void refuse('empty');
      // The record's id and title as written: an exported collection reads back as it was.
      found.push(...records.texts);
      return;
    }
    const decoded = await readTextFile({
      name: path,
      size: file.size,
      arrayBuffer: () => file.arrayBuffer(),
    });
    if (!decoded.ok) return void refuse(decoded.reason);
    const split = alone && !inZip ? headed(path, decoded.text) : null;
    if (split) return void found.push(...split);
    const { paragraphs } = cleanText(decoded.text);
    if (paragraphs.length === 0) return void refuse('empty');
    found.push({ id: path, title: null, paragraphs });
  };
  for (const [i, entry] of sorted.entries()) {
    try {
      await read(entry.path, entry.file, false);
    } catch {
      refused.push({ path: entry.path, reason: 'unreadable' });
    }
    progress(i + 1, entries.length);
  }
  return { texts: nameTexts(found), refused };
}
