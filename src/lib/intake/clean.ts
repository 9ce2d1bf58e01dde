/**
 * A person's own text, cleaned the same way however it came (typed, pasted, a file, a link), and
 * every change said: line endings to LF, NFC, lone surrogates to U+FFFD. Control and
 * bidirectional characters stay, counted: the panes show each as a named marker (NUL, RLO…; see
 * lib/diff/invisible.ts). Paragraphs are lines; blank lines only separate and are not kept.
 */

import { codePoints } from '../code-points.ts';

/** The longest own text, in characters (code points), per side. */
export const MAX_CHARS = 1_000_000;

/** What cleaning changed or found, for the notice beside the text. */
export interface CleanReport {
  /** CR LF or lone CR line breaks made LF. */
  lineEndings: number;
  /** Whether NFC changed the text (composed characters, reordered marks). */
  normalized: boolean;
  /** Lone surrogates (not a character) replaced by U+FFFD. */
  surrogates: number;
  /** C0 and C1 control characters other than tab and line breaks, kept and marked. */
  controls: number;
  /** Bidirectional controls kept in the text and shown as markers (they can hide text). */
  bidi: number;
}

export interface CleanText {
  /** The text as compared and shown, one paragraph a line, no blank lines. */
  paragraphs: string[];
  /** Characters (code points) over all paragraphs. */
  chars: number;
  report: CleanReport;
}

/** Bidirectional embedding, override and isolate controls: U+202A–U+202E, U+2066–U+2069. */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/gu;

/** C0 controls but tab, LF and CR, DEL, and C1 controls. */
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/gu;

/** High surrogate not followed by a low one, or a low one not after a high one. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/gu;

const count = (text: string, pattern: RegExp) => text.match(pattern)?.length ?? 0;

/** Cleans a text; the input may be any string (lone surrogates included). */
export function cleanText(raw: string): CleanText {
  // Counted before anything is replaced: a lone surrogate is one, not a pair of them.
  const surrogates = count(raw, /[\uD800-\uDFFF]/g) === 0 ? 0 : count(raw, LONE_SURROGATE);
  let text = surrogates ? raw.replace(LONE_SURROGATE, '\uFFFD') : raw;
  const lineEndings = count(text, /\r\n?/g);
  text = text.replace(/\r\n?/g, '\n');
  const controls = count(text, CONTROLS);
  const nfc = text.normalize('NFC');
  const normalized = nfc !== text;
  const paragraphs = nfc.split('\n').filter((line) => line !== '');
  let chars = 0;
  for (const p of paragraphs) chars += codePoints(p);
  return {
    paragraphs,
    chars,
    report: { lineEndings, normalized, surrogates, controls, bidi: count(nfc, BIDI_CONTROLS) },
  };
}
