/**
 * Comparison keys: each token's text with the differences the reader chose to ignore
 * normalised away. What a comparison compares and measures under ignore options; what is
 * shown is always the text itself (ignore.ts rebuilds each side from its own tokens).
 */
import { INVISIBLES } from './invisible.ts';
import type { Ignore } from './model.ts';
import { isSlot } from './slots.ts';
import { charTokens } from './tokenize.ts';

/** The key of every slot under `placeholder`: U+FFFC, the object replacement character. */
const SLOT_KEY = '\ufffc';

const PUNCT = /\p{P}/gu;
const SPACE = /\s/gu;
// U+FF01–U+FF5E are the full-width forms of U+0021–U+007E, in the same order.
const FULL_WIDTH = /[\uff01-\uff5e\u3000]/gu;
const toHalfWidth = (text: string) =>
  text.replace(FULL_WIDTH, (c) =>
    c === '\u3000' ? ' ' : String.fromCharCode(c.charCodeAt(0) - 0xfee0),
  );

/**
 * A token's comparison key; '' means the token is left out of the comparison.
 * - punct: punctuation counts for nothing (dropped from the compared sequence; inside a
 *   sentence or word token it is removed from the key);
 * - space: whitespace likewise, and the invisible characters (invisible.ts: zero-width space,
 *   BOM, soft hyphen, bidi controls, NUL, stray CR);
 * - width: full-width ASCII forms (１, Ａ, ＋, ，, the ideographic space) equal their ASCII forms;
 * - placeholder: any template slot equals any other (XX = XXX = * = ＊).
 */
export function keyOf(token: string, ignore: ReadonlySet<Ignore>): string {
  // A slot is never punctuation, even a lone *: it stands for a name.
  if (isSlot(token)) {
    if (ignore.has('placeholder')) return SLOT_KEY;
    return ignore.has('width') ? toHalfWidth(token) : token;
  }
  let key = token;
  if (ignore.has('width')) key = toHalfWidth(key);
  if (ignore.has('punct')) key = key.replace(PUNCT, '');
  if (ignore.has('space')) key = key.replace(SPACE, '').replace(INVISIBLES, '');
  return key;
}

/** The text a comparison under these options measures: every token's key, joined. */
export const keyedText = (text: string, ignore: ReadonlySet<Ignore>): string =>
  charTokens(text)
    .map((t) => keyOf(t, ignore))
    .join('');
