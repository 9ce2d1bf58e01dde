/**
 * The passages two texts share: what a reader of two mostly different speeches wants first. Each
 * is a maximal run of at least `min` code points found in both, with where it is on each side.
 * Pure and small: one pass over A with a table of B's windows (texts of a few thousand characters).
 */

const PUNCTUATION = /[\p{P}\p{Z}\s]/u;

interface PairPlace {
  /** 0-based paragraph, and code point offset within it. */
  paragraph: number;
  start: number;
}

export interface PairPassage {
  text: string;
  /** In code points. */
  length: number;
  a: PairPlace;
  b: PairPlace;
}

/**
 * Maximal common runs of A and B of at least `min` code points, in A's reading order. Where a
 * run of A occurs more than once in B, its longest match is taken; runs never overlap in A.
 */
export function pairPassages(
  a: readonly string[],
  b: readonly string[],
  min: number,
): PairPassage[] {
  const size = Math.max(1, min);
  const pb = b.map((p) => Array.from(p));
  const windows = new Map<string, PairPlace[]>();
  b.forEach((text, paragraph) => {
    const at = offsets(text);
    for (let start = 0; start + size < at.length; start++) {
      const key = text.slice(at[start], at[start + size]);
      const list = windows.get(key);
      if (list) list.push({ paragraph, start });
      else windows.set(key, [{ paragraph, start }]);
    }
  });
  const out: PairPassage[] = [];
  a.forEach((text, paragraph) => {
    const chars = Array.from(text);
    const at = offsets(text);
    let i = 0;
    while (i + size <= chars.length) {
      const found = windows.get(text.slice(at[i], at[i + size]));
      if (!found) {
        i++;
        continue;
      }
      let best = { place: found[0]!, length: 0 };
      for (const place of found) {
        const other = pb[place.paragraph]!;
        let n = size;
        while (i + n < chars.length && chars[i + n] === other[place.start + n]) n++;
        if (n > best.length) best = { place, length: n };
      }
      // Punctuation at either end is not part of the passage (a clause ends before its comma).
      let [from, to] = [0, best.length];
      while (from < to && PUNCTUATION.test(chars[i + from]!)) from++;
      while (to > from && PUNCTUATION.test(chars[i + to - 1]!)) to--;
      if (to - from >= size)
        out.push({
          text: chars.slice(i + from, i + to).join(''),
          length: to - from,
          a: { paragraph, start: i + from },
          b: { paragraph: best.place.paragraph, start: best.place.start + from },
        });
      i += best.length;
    }
  });
  return out;
}

/**
 * Where each code point of `text` begins, in code units, and the text's length last: a window is
 * then one slice of the text, not code points joined (on a phone's first run, the joins were most
 * of a 200 ms task that hydrating a comparison waited for: issue 26).
 */
function offsets(text: string): number[] {
  const at: number[] = [];
  for (let i = 0; i < text.length; i += (text.codePointAt(i) ?? 0) > 0xffff ? 2 : 1) at.push(i);
  at.push(text.length);
  return at;
}

/** Passages found so far, by A's and B's paragraph arrays and the shortest length. */
const found = new WeakMap<
  readonly string[],
  WeakMap<readonly string[], Map<number, PairPassage[]>>
>();

/**
 * pairPassages, once for the same texts (the same arrays, as the collection's speeches are): a
 * pair shown again, or worked out ahead in idle time (src/app/start.ts), comes back at once, and
 * switching to two mostly different speeches does not search them on the way (7 to 15 ms).
 */
export function pairPassagesOnce(
  a: readonly string[],
  b: readonly string[],
  min: number,
): PairPassage[] {
  let byB = found.get(a);
  if (!byB) found.set(a, (byB = new WeakMap()));
  let byMin = byB.get(b);
  if (!byMin) byB.set(b, (byMin = new Map<number, PairPassage[]>()));
  let passages = byMin.get(min);
  if (!passages) byMin.set(min, (passages = pairPassages(a, b, min)));
  return passages;
}
