// normalize.ts as it was before its fast path (a table of what each code point is, arrays sized
// once): each piece sliced, normalized and read code point by code point, the regular
// expressions asked for every one. Slow, and plain: the fast one must give the same.
const JOINS = /^[\p{M}\u1160-\u11ff\ud7b0-\ud7ff]$/u;
const joins = (c: number) =>
  c >= 0x300 && !(c >= 0x3400 && c <= 0x9fff) && JOINS.test(String.fromCodePoint(c));
const isSpace = (c: number) => /^\s$/u.test(String.fromCodePoint(c));

export function referenceNormalize(paragraphs: readonly string[]) {
  const codes: number[] = [];
  const starts: number[] = [];
  const normal = paragraphs.map((text) => {
    starts.push(codes.length);
    const left = [0];
    const right: number[] = [];
    for (let i = 0; i < text.length;) {
      let end = i + (text.codePointAt(i)! > 0xffff ? 2 : 1);
      while (end < text.length && joins(text.codePointAt(end)!))
        end += text.codePointAt(end)! > 0xffff ? 2 : 1;
      const before = codes.length;
      for (const c of text.slice(i, end).normalize('NFC')) {
        const code = c.codePointAt(0)!;
        if (!isSpace(code)) codes.push(code);
      }
      for (let x = before; x < codes.length; x++) {
        right.push(x === before ? i : end);
        left.push(end);
      }
      i = end;
    }
    right.push(text.length);
    return { text, left: Int32Array.from(left), right: Int32Array.from(right) };
  });
  starts.push(codes.length);
  return { codes: Int32Array.from(codes), paragraphs: normal, starts };
}
