/**
 * A JSON-lines file of records `{id, text, series?, title?, date?}` (passim's input shape, so a
 * file written for passim reads back in) to the texts of a collection. A line that is not such a
 * record is named with its reason and left out; the others are taken.
 */
import { cleanText } from '../intake/clean.ts';
import type { CollectionText } from './text.ts';

export interface RecordProblem {
  line: number;
  reason: string;
}

type Json = Record<string, unknown>;

const optional = (o: Json, key: string): string | undefined =>
  typeof o[key] === 'string' && o[key] !== '' ? o[key] : undefined;

/**
 * `source`: the file's name, for the title of a record that has only a number to name it;
 * `maxChars`: the longest text taken (a longer one is a problem of its line, as a file is refused).
 */
export function parseRecords(
  jsonl: string,
  source: string,
  maxChars = Infinity,
): { texts: CollectionText[]; problems: RecordProblem[] } {
  const texts: CollectionText[] = [];
  const problems: RecordProblem[] = [];
  const seen = new Set<string>();
  for (const [index, line] of jsonl
    .replace(/^\uFEFF/u, '')
    .split(/\r?\n/u)
    .entries()) {
    if (line.trim() === '') continue;
    const problem = (reason: string) => problems.push({ line: index + 1, reason });
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      problem('not a JSON record');
      continue;
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      problem('not a JSON object');
      continue;
    }
    const o = value as Json;
    const id = typeof o.id === 'number' ? String(o.id) : o.id;
    if (typeof id !== 'string' || id === '') {
      problem('no id');
      continue;
    }
    if (seen.has(id)) {
      problem(`id ${JSON.stringify(id)} is already taken by an earlier line`);
      continue;
    }
    if (typeof o.text !== 'string') {
      problem(`no text (id ${JSON.stringify(id)})`);
      continue;
    }
    const { paragraphs, chars } = cleanText(o.text);
    if (paragraphs.length === 0) {
      problem(`empty text (id ${JSON.stringify(id)})`);
      continue;
    }
    if (chars > maxChars) {
      problem(`text too long (id ${JSON.stringify(id)})`);
      continue;
    }
    seen.add(id);
    const title = optional(o, 'title') ?? (/^\d+$/u.test(id) ? `${source} #${id}` : id);
    const text: CollectionText = { id, title, paragraphs };
    const [series, date] = [optional(o, 'series'), optional(o, 'date')];
    if (series !== undefined) text.series = series;
    if (date !== undefined) text.date = date;
    texts.push(text);
  }
  return { texts, problems };
}
