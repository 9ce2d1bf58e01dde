/**
 * Characters that take up no room on the page yet are text: a zero-width space, a byte order
 * mark, a soft hyphen, a bidirectional control that reorders what follows, NUL, a stray CR
 * (Unicode's format and control characters, line breaks and tabs apart). A difference made of
 * them would be a highlight around nothing, so the view shows a marker for each (render/
 * invisible.ts) and `ignore=space` ignores them (keys.ts).
 */

/** One invisible character; the `u` flag keeps astral tag characters whole. */
export const INVISIBLE = /(?![\n\t])[\p{Cf}\p{Cc}]/u;

/** Every invisible character of a text. */
export const INVISIBLES = new RegExp(INVISIBLE.source, 'gu');

const NAMES: Record<string, string> = {
  '\0': 'NUL',
  '\r': 'CR',
  '\u00ad': 'SHY',
  '\u200b': 'ZWSP',
  '\u200c': 'ZWNJ',
  '\u200d': 'ZWJ',
  '\u200e': 'LRM',
  '\u200f': 'RLM',
  '\u202a': 'LRE',
  '\u202b': 'RLE',
  '\u202c': 'PDF',
  '\u202d': 'LRO',
  '\u202e': 'RLO',
  '\u2060': 'WJ',
  '\u2066': 'LRI',
  '\u2067': 'RLI',
  '\u2068': 'FSI',
  '\u2069': 'PDI',
  '\ufeff': 'BOM',
};

/** A short visible name: its abbreviation where it has a common one, else U+XXXX. */
export function invisibleName(char: string): string {
  const code = char.codePointAt(0) ?? 0;
  return NAMES[char] ?? `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
}
