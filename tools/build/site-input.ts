/**
 * The input of `npm run site`, read into the texts of a collection and its corpus: a folder of
 * .txt, .md or .docx files (UTF-8, UTF-16 or GB18030, detected as for own texts: intake/decode.ts),
 * a JSON-lines file of records {id, text, series?, title?, date?} (passim's input shape), or one
 * text file with headings as the bundled one (corpus/parse.ts). Each file or line that cannot be
 * taken is named with its reason, and the rest are taken.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, extname, join, relative, sep } from 'node:path';
import { corpusOf, textsOf } from '../../src/lib/corpus/collection.ts';
import { decodeUtf8 } from '../../src/lib/corpus/parse.ts';
import type { Corpus } from '../../src/lib/corpus/types.ts';
import { cleanText } from '../../src/lib/intake/clean.ts';
import { decodeBytes } from '../../src/lib/intake/decode.ts';
import { MAX_DOCUMENT_BYTES, docxText } from '../../src/lib/intake/docx.ts';
import { MAX_FILE_BYTES, kindOf, type FileRefusal } from '../../src/lib/intake/files.ts';
import { corpusFromFile } from './build-corpus.ts';
import { parseRecords } from '../../src/lib/passim/records.ts';
import type { CollectionText } from '../../src/lib/passim/text.ts';

export interface LeftOut {
  /** The file, and for a JSON-lines file its line: "records.jsonl:3". */
  file: string;
  reason: string;
}

export interface SiteInput {
  corpus: Corpus;
  texts: CollectionText[];
  leftOut: LeftOut[];
}

const REFUSALS: Record<FileRefusal | 'empty', string> = {
  type: 'not a .txt, .md or .docx file',
  binary: 'binary, not text',
  encoding: 'neither UTF-8, UTF-16 nor GB18030',
  docx: 'not a readable .docx file',
  'too-big': `larger than ${MAX_FILE_BYTES / 1024 / 1024} MiB`,
  'docx-too-big': `a Word document that unpacks to more than ${MAX_DOCUMENT_BYTES / 1024 / 1024} MiB`,
  unreadable: 'unreadable',
  empty: 'no text',
};

const RECORDS = new Set(['.jsonl', '.ndjson', '.json']);

/** Every file under a folder, by path, hidden ones (.DS_Store, .git) aside. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => !entry.name.startsWith('.'))
    .flatMap((entry) => {
      const path = join(dir, entry.name);
      return entry.isDirectory() ? filesUnder(path) : entry.isFile() ? [path] : [];
    })
    .sort();
}

/** One file of a folder: its text, or why not. */
function fileText(path: string): { text: string } | { reason: string } {
  const kind = kindOf(path);
  if (kind === null) return { reason: REFUSALS.type };
  if (statSync(path).size > MAX_FILE_BYTES) return { reason: REFUSALS['too-big'] };
  const bytes = new Uint8Array(readFileSync(path));
  const read = kind === 'docx' ? docxText(bytes) : decodeBytes(bytes);
  if (read.ok) return { text: read.text };
  // A Word file's own 'too-big' is its unpacked document, not the file (docx.ts).
  return {
    reason: REFUSALS[kind === 'docx' && read.reason === 'too-big' ? 'docx-too-big' : read.reason],
  };
}

function readFolder(dir: string): { texts: CollectionText[]; leftOut: LeftOut[] } {
  const texts: CollectionText[] = [];
  const leftOut: LeftOut[] = [];
  for (const path of filesUnder(dir)) {
    const id = relative(dir, path).split(sep).join('/');
    const read = fileText(path);
    if ('reason' in read) {
      leftOut.push({ file: id, reason: read.reason });
      continue;
    }
    const cleaned = cleanText(read.text);
    if (cleaned.paragraphs.length === 0) {
      leftOut.push({ file: id, reason: REFUSALS.empty });
      continue;
    }
    texts.push({ id, title: basename(path, extname(path)), paragraphs: cleaned.paragraphs });
  }
  // Two files of one name in different subfolders: each is titled by its path.
  const count = new Map<string, number>();
  for (const t of texts) count.set(t.title, (count.get(t.title) ?? 0) + 1);
  for (const t of texts) if (count.get(t.title)! > 1) t.title = t.id.replace(/\.[^./]+$/u, '');
  return { texts, leftOut };
}

/** The SHA-256 of what the site is built from: the file's bytes, or the texts taken. */
const sha256 = (data: Uint8Array | string) => createHash('sha256').update(data).digest('hex');

/** Reads a folder, a JSON-lines file or a collection file; `title` names the collection. */
export function readSiteInput(path: string, title?: string): SiteInput {
  const name = basename(path);
  if (statSync(path).isDirectory()) {
    const { texts, leftOut } = readFolder(path);
    const corpus = corpusOf(texts, {
      title: title ?? name,
      source: `${name}/`,
      sha256: sha256(JSON.stringify(texts)),
    });
    return { corpus, texts, leftOut };
  }
  const bytes = new Uint8Array(readFileSync(path));
  if (RECORDS.has(extname(path).toLowerCase())) {
    const { texts, problems } = parseRecords(decodeUtf8(bytes), name);
    const leftOut = problems.map((p) => ({ file: `${name}:${p.line}`, reason: p.reason }));
    const corpus = corpusOf(texts, {
      title: title ?? basename(path, extname(path)),
      source: name,
      sha256: sha256(bytes),
    });
    return { corpus, texts, leftOut };
  }
  // The bundled format: exactly what `npm run corpus` makes of it.
  const parsed = corpusFromFile(path);
  const corpus = title === undefined ? parsed : { ...parsed, title };
  return { corpus, texts: textsOf(corpus), leftOut: [] };
}
