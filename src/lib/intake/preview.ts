/**
 * A text too big for a text area. A browser lays out every line of a text area when it is given
 * its value: measured in Chromium on our 2-core machine (busy), 2,000 one-character lines take
 * about 50 ms, 5,000 lines 90–630 ms, 20,000 lines 0.8–1.2 s and 500,000 lines 17 s; one line of
 * 100,000 characters about 80–120 ms, 200,000 about 200 ms. A text past either threshold below is
 * shown as a read-only preview with its counts, and goes into the text area only when asked.
 */

/** A text with more lines than this, or more characters, is previewed instead of edited. */
export const EDIT_MAX_LINES = 5_000;
export const EDIT_MAX_CHARS = 100_000;

/** What the preview shows of the text's beginning: at most these many lines and characters. */
const PREVIEW_LINES = 20;
const PREVIEW_CHARS = 2_000;

export interface TextSize {
  /** Code points, line breaks not counted (as the comparison counts). */
  chars: number;
  /** Lines: a text's last line break ends a line, it does not begin another. */
  lines: number;
}

/** Counted by char codes in one pass: 1,000,000 characters in a few milliseconds. */
export function textSize(text: string): TextSize {
  let [chars, breaks] = [0, 0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || c === 0x0d) {
      breaks++;
      // CR LF is one line break.
      if (c === 0x0d && text.charCodeAt(i + 1) === 0x0a) i++;
    } else if (c >= 0xdc00 && c <= 0xdfff && i > 0) {
      // A low surrogate after a high one is the same code point.
      const before = text.charCodeAt(i - 1);
      if (!(before >= 0xd800 && before <= 0xdbff)) chars++;
    } else chars++;
  }
  const last = text.charCodeAt(text.length - 1);
  const open = text !== '' && last !== 0x0a && last !== 0x0d;
  return { chars, lines: breaks + (open ? 1 : 0) };
}

export const tooBigToEdit = ({ chars, lines }: TextSize): boolean =>
  lines > EDIT_MAX_LINES || chars > EDIT_MAX_CHARS;

/** The beginning the preview shows, never cut inside a surrogate pair, and whether it is all. */
export function previewOf(text: string): { head: string; whole: boolean } {
  let end = 0;
  for (let line = 0; line < PREVIEW_LINES && end < text.length; line++) {
    const next = text.indexOf('\n', end);
    end = next === -1 ? text.length : next + 1;
  }
  end = Math.min(end, PREVIEW_CHARS);
  const c = text.charCodeAt(end - 1);
  if (c >= 0xd800 && c <= 0xdbff) end--;
  return { head: text.slice(0, end), whole: end === text.length };
}
