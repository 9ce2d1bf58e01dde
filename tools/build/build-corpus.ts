import { createHash } from 'node:crypto';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { decodeUtf8, parseCollection } from '../../src/lib/corpus/parse.ts';
import type { Corpus } from '../../src/lib/corpus/types.ts';

/** Node only (build time): reads the source file and parses it into the corpus. */
export function corpusFromFile(path: string): Corpus {
  const bytes = readFileSync(path);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  return parseCollection(decodeUtf8(bytes), { source: basename(path), sha256 });
}

/** The exact bytes of static/corpus.json for a corpus. */
export function corpusJson(corpus: Corpus): string {
  return JSON.stringify(corpus, null, 1) + '\n';
}

/** Writes beside the target and renames, so a failure never leaves a half-written file. */
export function writeAtomically(path: string, text: string): void {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  writeFileSync(temporary, text);
  renameSync(temporary, path);
}

/** Parses the source and writes the JSON; on any error the target is left as it was. */
export function buildCorpusFile(source: string, target: string): Corpus {
  const corpus = corpusFromFile(source);
  writeAtomically(target, corpusJson(corpus));
  return corpus;
}
