/**
 * The picker of a large collection (views/shell/SpeechPicker.svelte): a text box with a list of
 * suggestions filled in the browser, not a <select> whose options list every text on every page
 * (a thousand texts made each prerendered page 100 KB larger). What a person types there is read
 * here into a text's number.
 */
import type { Speech } from './types.ts';

/** Up to this many texts, the picker is a <select> listing them all (the bundled six's). */
export const PICKER_LISTS_UP_TO = 30;

/** A text's line in the picker: its label and its first fourteen characters. */
export function pickerLine(speech: Pick<Speech, 'label' | 'paragraphs'>): string {
  const opening = [...(speech.paragraphs[0] ?? '')].slice(0, 14).join('');
  return `${speech.label} ${opening}…`;
}

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
