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
  // Fourteen code points lie within 28 UTF-16 units: a long paragraph is not spread whole.
  const opening = [...(speech.paragraphs[0] ?? '').slice(0, 28)].slice(0, 14).join('');
  return `${speech.label} ${opening}…`;
}
