/**
 * passim's output read back against the collection it was given (github.com/dasmiq/passim,
 * README "Running passim"): `out.json/part-*`, one JSON record a reused passage with `cluster`,
 * `size`, `begin`, `end`, `uid` and the input's fields (its `text` cut to the passage), and, with
 * `--pairwise`, `align.json/part-*`, one record an aligned pair of passages (`id`, `id2`, `begin`,
 * `end`, `begin2`, `end2`, the aligned strings `s1`, `s2` padded with '-').
 *
 * passim counts offsets in code points (Python strings and Spark SQL's substr), the app in UTF-16
 * code units: each offset is converted. A record that does not fit its text (not JSON, unknown
 * id, an offset out of range, a passage whose text is not the text at its offsets) is reported
 * with its file and line and left out; nothing from it is trusted.
 */
import type { Position } from '../corpus/types.ts';
import { codeUnitOffsets, passimText, type CollectionText } from './text.ts';

export interface PassimFile {
  /** For messages: the file's path, as the caller names it. */
  name: string;
  kind: 'clusters' | 'alignments';
  text: string;
}

/** A passage of a cluster, in the app's terms: its text (1-based, as speeches), UTF-16 offsets. */
interface PassimPassage {
  cluster: string;
  from: Position;
  to: Position;
}

interface PassimProblem {
  file: string;
  line: number;
  reason: string;
}

export interface PassimImport {
  passages: PassimPassage[];
  clusters: number;
  /** Pairs of texts (1-based numbers, a < b) that share a passage, in order. */
  pairs: [number, number][];
  /** Whence the pairs: the pairwise alignments when passim wrote any, else shared clusters. */
  pairsFrom: 'alignments' | 'clusters';
  problems: PassimProblem[];
}

type Json = Record<string, unknown>;

/** One text as passim saw it, with the conversions its offsets need. */
interface Known {
  number: number;
  text: string;
  /** Code points of `text`. */
  length: number;
  units: Int32Array | null;
  /** UTF-16 offset in `text` where each paragraph begins. */
  starts: number[];
}

function known(text: CollectionText, index: number): Known {
  const joined = passimText(text);
  const units = codeUnitOffsets(joined);
  const starts: number[] = [];
  let at = 0;
  for (const p of text.paragraphs) {
    starts.push(at);
    at += p.length + 1;
  }
  return {
    number: index + 1,
    text: joined,
    length: units ? units.length - 1 : joined.length,
    units,
    starts,
  };
}

/** A UTF-16 offset in the joined text as a place in a paragraph (the end of one, not the next). */
function position(doc: Known, unit: number, isEnd: boolean): Position {
  let lo = 0;
  let hi = doc.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (doc.starts[mid]! < unit || (!isEnd && doc.starts[mid] === unit)) lo = mid;
    else hi = mid - 1;
  }
  return { speech: doc.number, paragraph: lo + 1, offset: unit - doc.starts[lo]! };
}

/**
 * Large integers (passim's `uid` and `cluster` are 64-bit) lose digits as JavaScript numbers:
 * they are read as strings. A key's quote cannot occur unescaped inside a JSON string, so the
 * pattern matches keys only.
 */
const BIG = /"(cluster|uid|uid2)"\s*:\s*(-?\d+)/gu;

function parseLine(line: string): Json | string {
  let value: unknown;
  try {
    value = JSON.parse(line.replace(BIG, '"$1":"$2"'));
  } catch {
    return 'not a JSON record';
  }
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Json)
    : 'not a JSON object';
}

/** A span checked against its text: UTF-16 offsets, or why it does not fit. */
function span(
  docs: Map<string, Known>,
  id: unknown,
  begin: unknown,
  end: unknown,
): { doc: Known; from: number; to: number } | string {
  if (typeof id !== 'string') return 'no id';
  const doc = docs.get(id);
  if (!doc) return `unknown id ${JSON.stringify(id)}`;
  if (!Number.isInteger(begin) || !Number.isInteger(end))
    return 'begin or end is not a whole number';
  const [b, e] = [begin as number, end as number];
  if (b < 0 || e > doc.length || b >= e) {
    return `begin ${b}, end ${e} out of range for ${JSON.stringify(id)} (${doc.length} characters)`;
  }
  return { doc, from: doc.units ? doc.units[b]! : b, to: doc.units ? doc.units[e]! : e };
}

const pairKey = (x: number, y: number) => (x < y ? `${x}-${y}` : `${y}-${x}`);

export function importPassim(
  texts: readonly CollectionText[],
  files: readonly PassimFile[],
): PassimImport {
  const docs = new Map(texts.map((t, i) => [t.id, known(t, i)]));
  const passages: PassimPassage[] = [];
  const problems: PassimProblem[] = [];
  const members = new Map<string, Set<number>>();
  const aligned = new Set<string>();
  for (const file of files) {
    const lines = file.text.split('\n');
    for (const [index, line] of lines.entries()) {
      if (line.trim() === '') continue;
      const problem = (reason: string) =>
        problems.push({ file: file.name, line: index + 1, reason });
      const record = parseLine(line);
      if (typeof record === 'string') {
        problem(record);
        continue;
      }
      const one = span(docs, record.id, record.begin, record.end);
      if (typeof one === 'string') {
        problem(one);
        continue;
      }
      if (file.kind === 'alignments') {
        const two = span(docs, record.id2, record.begin2, record.end2);
        if (typeof two === 'string') {
          problem(`${two} (id2)`);
          continue;
        }
        // The aligned strings are the passages with '-' where the other has more.
        const fits = (s: unknown, at: { doc: Known; from: number; to: number }) =>
          typeof s !== 'string' ||
          s.replaceAll('-', '') === at.doc.text.slice(at.from, at.to).replaceAll('-', '');
        if (!fits(record.s1, one) || !fits(record.s2, two)) {
          problem('the aligned text is not the text at its offsets');
          continue;
        }
        if (one.doc !== two.doc) aligned.add(pairKey(one.doc.number, two.doc.number));
        continue;
      }
      const cluster = record.cluster;
      if (typeof cluster !== 'string') {
        problem('no cluster');
        continue;
      }
      if (typeof record.text === 'string' && record.text !== one.doc.text.slice(one.from, one.to)) {
        problem(
          `the passage's text is not the text of ${JSON.stringify(record.id)} at its offsets`,
        );
        continue;
      }
      passages.push({
        cluster,
        from: position(one.doc, one.from, false),
        to: position(one.doc, one.to, true),
      });
      const set = members.get(cluster) ?? new Set<number>();
      set.add(one.doc.number);
      members.set(cluster, set);
    }
  }
  let keys = aligned;
  if (aligned.size === 0) {
    keys = new Set<string>();
    for (const set of members.values()) {
      const numbers = [...set];
      for (const x of numbers) for (const y of numbers) if (x < y) keys.add(pairKey(x, y));
    }
  }
  const pairs = [...keys]
    .map((k) => k.split('-').map(Number) as [number, number])
    .sort((p, q) => p[0] - q[0] || p[1] - q[1]);
  return {
    passages,
    clusters: members.size,
    pairs,
    pairsFrom: aligned.size > 0 ? 'alignments' : 'clusters',
    problems,
  };
}
