/**
 * What a person types into a large collection's picker (views/shell/PickerSearch.svelte), read
 * into a text's number or into a few suggestions. Loaded when such a box is first used, not in the
 * app's start: most pages show six texts, each picker a <select>.
 */
import { pickerLine } from './pick.ts';
import type { Speech } from './types.ts';

/**
 * What a typed query names: no text (empty), one text (its number), or none or several
 * (`matches`: how many texts it fits, for the notice). Read in this order: a line of the list as
 * shown, a number of the collection, a label exactly, then a label or opening that contains it
 * (case and width of Latin letters aside) — one such text, else `matches`.
 */
export type Picked =
  { kind: 'empty' } | { kind: 'text'; number: number } | { kind: 'unmatched'; matches: number };

export function pickText(
  speeches: readonly Pick<Speech, 'number' | 'label' | 'paragraphs'>[],
  query: string,
): Picked {
  const q = query.trim();
  if (q === '') return { kind: 'empty' };
  const one = (s: { number: number } | undefined): Picked | null =>
    s ? { kind: 'text', number: s.number } : null;
  const asNumber = /^\d{1,9}$/u.test(q) ? Number(q) : NaN;
  const exact =
    one(speeches.find((s) => pickerLine(s) === q)) ??
    one(speeches.find((s) => s.number === asNumber)) ??
    one(speeches.find((s) => s.label === q));
  if (exact) return exact;
  const fold = (text: string) => text.normalize('NFKC').toLowerCase();
  const wanted = fold(q.replace(/…$/u, ''));
  const fits = speeches.filter((s) => fold(pickerLine(s)).includes(wanted));
  return fits.length === 1
    ? { kind: 'text', number: fits[0]!.number }
    : { kind: 'unmatched', matches: fits.length };
}

/** A large collection's list of suggestions holds at most this many lines. */
export const SUGGESTIONS = 50;

/**
 * The lines a large collection's picker suggests for what its box holds (`query`; null or
 * empty: the box untouched): the first texts, or those whose line fits the query as pickText
 * reads it (case and width of Latin letters aside), at most `limit`. Filled as a person types,
 * not a list of every text: 10,000 options held the page's thread for most of a second.
 */
export function suggestions(
  speeches: readonly Pick<Speech, 'number' | 'label' | 'paragraphs'>[],
  query: string | null,
  limit = SUGGESTIONS,
): string[] {
  const fold = (text: string) => text.normalize('NFKC').toLowerCase();
  const q = fold((query ?? '').trim().replace(/…$/u, ''));
  const asNumber = /^\d{1,9}$/u.test(q) ? Number(q) : NaN;
  const lines: string[] = [];
  const numbered = speeches.find((s) => s.number === asNumber);
  if (numbered) lines.push(pickerLine(numbered));
  for (const s of speeches) {
    if (lines.length >= limit) break;
    if (s === numbered) continue;
    const line = pickerLine(s);
    if (q === '' || fold(line).includes(q)) lines.push(line);
  }
  return lines;
}
