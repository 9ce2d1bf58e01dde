/**
 * Template slots: blanks a speech-writing template leaves for the speaker's own names, filled or
 * not. The corpus has runs of X (XX篇章, XX区, XXX同志) and a lone * standing for a name
 * (实现*“*”, 参与*污水处理厂). Two speeches built on one template differ exactly there, so the
 * tokenizers keep a slot whole (one token in every granularity), the view marks it and
 * `ignore: ['placeholder']` lets any slot match any other.
 */

/**
 * What counts as a slot:
 * - two or more X, half or full width, not inside a Latin word (XXL is not a slot), and not a
 *   Roman numeral before 世纪 (XX世纪 is the 20th century); a single X is too often a real letter;
 * - a single * or ＊: the corpus uses a lone * for a name (实现*“*”, 参与*污水处理厂, *、*、*).
 *   Not a run of two or more (Markdown's **重点** and *** rules), and not one with a space or a
 *   line's start on one side and a space on the other (a Markdown list's * item, a * b);
 * - two or more ×, ○ or □ that touch a Chinese character (××同志, □□局), the blanks printed
 *   documents use; alone, between spaces or in a row of boxes they are drawing (ASCII art, a
 *   checklist), not a blank. Not 〇: 二〇〇八年 is a year.
 * 某某 is left out: it is ordinary Chinese for "a certain" as often as a blank.
 */
const HAN = String.raw`\p{Script=Han}`;
const SLOT_SOURCE = [
  String.raw`(?<![A-Za-zＸ])[XＸ]{2,}(?![A-Za-zＸ]|世纪)`,
  // Not after a star, not before one; and not with a line's start or a space before and a space after.
  String.raw`(?<![*＊])(?:(?<!^|\s)[*＊]|[*＊](?!\s))(?![*＊])`,
  String.raw`(?<=${HAN})(?:×{2,}|○{2,}|□{2,})|(?:×{2,}|○{2,}|□{2,})(?=${HAN})`,
].join('|');
const SLOTS = new RegExp(SLOT_SOURCE, 'gu');
const WHOLE_SLOT = new RegExp(`^(?:${SLOT_SOURCE})$`, 'u');

/** A slot's place in its text, as UTF-16 offsets (string indices, `text.slice(start, end)`). */
interface SlotRange {
  start: number;
  end: number;
}

/** Every slot of a text, in order, as UTF-16 offsets. */
export function findSlots(text: string): SlotRange[] {
  return [...text.matchAll(SLOTS)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/** Is this token one slot, whole? (The tokenizers emit slots as tokens of their own.) */
export const isSlot = (token: string): boolean => WHOLE_SLOT.test(token);

/** Splits a text into alternating pieces of ordinary text and slots, losing nothing. */
export function splitAtSlots(text: string): { text: string; slot: boolean }[] {
  const pieces: { text: string; slot: boolean }[] = [];
  let from = 0;
  for (const { start, end } of findSlots(text)) {
    if (start > from) pieces.push({ text: text.slice(from, start), slot: false });
    pieces.push({ text: text.slice(start, end), slot: true });
    from = end;
  }
  if (from < text.length) pieces.push({ text: text.slice(from), slot: false });
  return pieces;
}

export const countSlots = (paragraphs: readonly string[]): number =>
  paragraphs.reduce((n, p) => n + findSlots(p).length, 0);
