/**
 * A collection as passim's input (github.com/dasmiq/passim, README "Structuring the Input"): JSON
 * lines, one record a text with `id`, `text` and `series`, plus `title` and `date`, which passim
 * passes through to its output. A text without a series is its own series: the `passim` command
 * compares only texts of different series (`--filterpairs 'gid < gid2'` over hashed series),
 * and the app compares every pair.
 */
import { passimText, type CollectionText } from './text.ts';

export interface PassimRecord {
  id: string;
  text: string;
  series: string;
  title: string;
  date?: string;
}

function passimRecord(text: CollectionText): PassimRecord {
  const record: PassimRecord = {
    id: text.id,
    text: passimText(text),
    series: text.series ?? text.id,
    title: text.title,
  };
  if (text.date !== undefined) record.date = text.date;
  return record;
}

/** The file passim reads: one JSON record a line (JSON escapes the line breaks of `text`). */
export const passimInput = (texts: readonly CollectionText[]): string =>
  texts.map((t) => `${JSON.stringify(passimRecord(t))}\n`).join('');
