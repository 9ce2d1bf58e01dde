/**
 * What a reader sees as one character (a grapheme cluster): a change may never start or end
 * inside one. 𠮷 is two UTF-16 units, é may be e + U+0301, 👨‍👩‍👧 is five code points joined by
 * U+200D, 🇨🇳 two regional indicators. The rule is UAX #29's, reduced to what text of any language
 * meets in practice (no Hangul jamo sequences, no prepended marks), and written here once, rather
 * than through Intl.Segmenter: the same everywhere (the plans are built in Node and read in the
 * browser) and linear on any length.
 */

/** Extends the cluster before it: combining marks, emoji modifiers, ZWJ, variation and tag characters. */
const EXTEND = /^[\p{M}\p{Emoji_Modifier}\u200d\u{e0020}-\u{e007f}]$/u;
const PICTOGRAPHIC = /^\p{Extended_Pictographic}$/u;
const REGIONAL = /^\p{Regional_Indicator}$/u;

const isHigh = (unit: number) => unit >= 0xd800 && unit <= 0xdbff;
const isLow = (unit: number) => unit >= 0xdc00 && unit <= 0xdfff;

/** The code point that ends just before UTF-16 offset x. */
function before(text: string, x: number): string {
  const start = x >= 2 && isLow(text.charCodeAt(x - 1)) && isHigh(text.charCodeAt(x - 2)) ? 2 : 1;
  return text.slice(x - start, x);
}

/** The code point that starts at UTF-16 offset x. */
const after = (text: string, x: number): string => String.fromCodePoint(text.codePointAt(x) ?? 0);

/**
 * Would cutting the text at UTF-16 offset x split a character as a reader sees it: a surrogate
 * pair, CR LF, a base and its combining marks or modifiers, an emoji ZWJ sequence, a flag?
 */
export function splitsCluster(text: string, x: number): boolean {
  if (x <= 0 || x >= text.length) return false;
  const unit = text.charCodeAt(x);
  if (text.charCodeAt(x - 1) === 0x0d) return unit === 0x0a;
  // The common case first: nothing below U+0300, among the CJK ideographs, CJK punctuation or
  // the full-width forms extends what comes before it.
  if (unit < 0x300 || (unit >= 0x3400 && unit <= 0x9fff) || (unit >= 0x3000 && unit <= 0x3029)) {
    return false;
  }
  if (unit >= 0xff00 && unit <= 0xffef) return false;
  if (isLow(unit) && isHigh(text.charCodeAt(x - 1))) return true;
  const [prev, next] = [before(text, x), after(text, x)];
  if (prev === '\r') return next === '\n';
  if (prev === '\n') return false;
  if (EXTEND.test(next)) return true;
  if (prev === '\u200d' && PICTOGRAPHIC.test(next)) return true;
  if (REGIONAL.test(prev) && REGIONAL.test(next)) {
    // Flags pair regional indicators from the left: cut only after an even number of them.
    let run = 0;
    for (let y = x; y > 0 && REGIONAL.test(before(text, y)); y -= before(text, y).length) run++;
    return run % 2 === 1;
  }
  return false;
}

/** The grapheme clusters of a text, in order; joined, they are the text. */
export function graphemes(text: string): string[] {
  const out: string[] = [];
  let from = 0;
  for (let x = 0; x < text.length;) {
    x += isHigh(text.charCodeAt(x)) && isLow(text.charCodeAt(x + 1)) ? 2 : 1;
    if (!splitsCluster(text, x)) {
      out.push(text.slice(from, x));
      from = x;
    }
  }
  return out;
}
