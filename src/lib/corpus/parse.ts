import { parseChineseNumeral } from './numerals.ts';
import type { Corpus, Position, Speech } from './types.ts';

/** A problem in the source, with the 1-based line it was found on. */
export class CorpusParseError extends Error {
  readonly line: number;
  constructor(line: number, message: string) {
    super(`line ${line}: ${message}`);
    this.name = 'CorpusParseError';
    this.line = line;
  }
}

const HEADING = /^[（(]([一二三四五六七八九十]+)[）)]$/u;
const COUNT_LINE = /^[（(]\s*\d+\s*篇\s*[）)]$/u;
const PAID_BEGIN = '##paidbegin##';
const PAID_END = '##paidend##';

export interface SourceMeta {
  source: string;
  sha256: string;
}

/** Decodes the source bytes as UTF-8, refusing anything else (line named where it breaks). */
export function decodeUtf8(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    // Find the first line that does not decode, to say where.
    let line = 1;
    let start = 0;
    for (let i = 0; i <= bytes.length; i++) {
      if (i === bytes.length || bytes[i] === 0x0a) {
        try {
          new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(start, i));
        } catch {
          throw new CorpusParseError(line, 'the file is not valid UTF-8');
        }
        line++;
        start = i + 1;
      }
    }
    throw new CorpusParseError(1, 'the file is not valid UTF-8');
  }
}

/**
 * Reads the collection format: a title line, an optional count line such as （6篇）, then speeches
 * introduced by heading lines （一）, （二）, … with one paragraph a line. Blank lines are dropped and
 * the paywall markers removed, their places kept as metadata.
 */
export function parseCollection(text: string, meta: SourceMeta): Corpus {
  const lines = text.replace(/^\uFEFF/u, '').split(/\r?\n/u);
  let title: string | null = null;
  let countLabel: string | null = null;
  const speeches: Speech[] = [];
  let current: (Speech & { line: number }) | null = null;
  let paidBegin: Position | null = null;
  let paidEnd: Position | null = null;
  let beginLine = 0;
  let pendingBegin = false;

  const closeSpeech = () => {
    if (!current) return;
    if (current.paragraphs.length === 0) {
      throw new CorpusParseError(current.line, `speech ${current.label} has no text`);
    }
    const { line: _line, ...speech } = current;
    speech.chars = [...speech.paragraphs.join('')].length;
    speeches.push(speech);
  };

  for (const [index, raw] of lines.entries()) {
    const lineNo = index + 1;
    let line = raw;
    let markerAlone: boolean;
    for (const marker of [PAID_BEGIN, PAID_END]) {
      const at = line.indexOf(marker);
      if (at < 0) continue;
      if (line.indexOf(marker, at + 1) >= 0) {
        throw new CorpusParseError(lineNo, `${marker} occurs twice on one line`);
      }
      if (marker === PAID_BEGIN) {
        if (paidBegin || pendingBegin) throw new CorpusParseError(lineNo, `a second ${PAID_BEGIN}`);
        if (!current) {
          throw new CorpusParseError(lineNo, `${PAID_BEGIN} before the first speech`);
        }
        beginLine = lineNo;
      } else {
        if (!paidBegin && !pendingBegin) {
          throw new CorpusParseError(lineNo, `${PAID_END} without a ${PAID_BEGIN} before it`);
        }
        if (paidEnd) throw new CorpusParseError(lineNo, `a second ${PAID_END}`);
      }
      line = line.slice(0, at) + line.slice(at + marker.length);
      markerAlone = line.trim() === '';
      const paragraphs = current?.paragraphs ?? [];
      if (marker === PAID_BEGIN) {
        if (markerAlone) pendingBegin = true;
        else
          paidBegin = {
            speech: current?.number ?? 0,
            paragraph: paragraphs.length + 1,
            offset: at,
          };
      } else if (markerAlone || at === 0) {
        // The paid part ended with the previous paragraph.
        const last = paragraphs.at(-1) ?? '';
        paidEnd = {
          speech: current?.number ?? 0,
          paragraph: paragraphs.length,
          offset: last.length,
        };
      } else {
        paidEnd = { speech: current?.number ?? 0, paragraph: paragraphs.length + 1, offset: at };
      }
    }
    if (line.trim() === '') continue;

    if (title === null) {
      title = line.trim();
      continue;
    }
    if (speeches.length === 0 && !current && countLabel === null && COUNT_LINE.test(line.trim())) {
      countLabel = line.trim();
      continue;
    }
    const heading = HEADING.exec(line.trim());
    if (heading) {
      const number = parseChineseNumeral(heading[1] ?? '');
      const expected: number = (current?.number ?? 0) + 1;
      if (number === null) throw new CorpusParseError(lineNo, `unreadable heading ${line.trim()}`);
      if (number !== expected) {
        const seen = number <= (current?.number ?? 0);
        throw new CorpusParseError(
          lineNo,
          `heading ${line.trim()} ${seen ? 'repeats an earlier number' : 'is out of order'}: speech ${expected} was expected`,
        );
      }
      closeSpeech();
      current = { number, label: line.trim(), paragraphs: [], chars: 0, line: lineNo };
      continue;
    }
    if (!current) {
      throw new CorpusParseError(lineNo, 'text before the first heading such as （一）');
    }
    if (pendingBegin) {
      paidBegin = { speech: current.number, paragraph: current.paragraphs.length + 1, offset: 0 };
      pendingBegin = false;
    }
    current.paragraphs.push(line);
  }

  if (title === null) throw new CorpusParseError(1, 'the file is empty');
  if (!current) throw new CorpusParseError(lines.length, 'no speech heading such as （一） found');
  closeSpeech();
  if (pendingBegin || (paidBegin && !paidEnd)) {
    throw new CorpusParseError(beginLine, `${PAID_BEGIN} has no ${PAID_END} after it`);
  }
  const paid = paidBegin && paidEnd ? { begin: paidBegin, end: paidEnd } : null;
  return { title, countLabel, source: meta.source, sha256: meta.sha256, paid, speeches };
}
