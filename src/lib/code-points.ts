const SURROGATE = /[\uD800-\uDFFF]/;

/**
 * Characters as a reader counts them: code points, a surrogate pair one, a lone surrogate one.
 * Read by char codes: iterating a string (`for…of`) makes a string per character, and on the
 * 200,000-character texts of issue 11 that was most of the time of the view's counts.
 */
export function codePoints(text: string, limit = Infinity): number {
  // Text without surrogates, as nearly all Chinese text is, counts its code units.
  if (!SURROGATE.test(text)) return Math.min(text.length, limit + 1);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // A high surrogate and the low one after it are one code point.
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
    if (++n > limit) break;
  }
  return n;
}
