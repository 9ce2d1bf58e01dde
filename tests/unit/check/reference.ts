// The check's definition read as plainly as possible (measure.ts states it): every window of the
// text looked up in every source with indexOf. Quadratic and more, and meant to be.
import { STOCK_GROUPS, type SpeechText } from '../../../src/lib/reuse/passages.ts';

export interface Run {
  from: number;
  to: number;
  sources: { speech: number; paragraph: number; partly: boolean }[];
}

export interface Expected {
  length: number;
  copied: number;
  copiedStock: number;
  rows: { speech: number; copied: number; longest: number; runs: number; twin: boolean }[];
  /** Per character: copied and stock (S), copied (C), or not (-). */
  chars: string;
  runs: Run[];
}

/** NFC paragraph by paragraph, whitespace dropped, as code points. */
const normal = (paragraphs: readonly string[]) =>
  paragraphs.map((p) => Array.from(p.normalize('NFC').replace(/\s/gu, '')));

/** Code point index of the first occurrence of `window` in `text`, or −1 (indexOf on strings). */
const searchers = new WeakMap<string[], { joined: string; cp: Int32Array }>();
function firstAt(text: string[], window: string[]): number {
  let searcher = searchers.get(text);
  if (!searcher) {
    const joined = text.join('');
    const cp = new Int32Array(joined.length + 1);
    let unit = 0;
    text.forEach((c, i) => {
      cp[unit] = i;
      unit += c.length;
    });
    searchers.set(text, (searcher = { joined, cp }));
  }
  const at = searcher.joined.indexOf(window.join(''));
  return at < 0 ? -1 : searcher.cp[at]!;
}

export function reference(
  speeches: readonly SpeechText[],
  paragraphs: readonly string[],
  k: number,
  self: number | null,
  stockLength: number,
): Expected {
  const t = normal(paragraphs).flat();
  const n = t.length;
  const sources = speeches
    .filter((s) => s.number !== self)
    .map((s) => {
      const ps = normal(s.paragraphs);
      const starts: number[] = [];
      let at = 0;
      for (const p of ps) {
        starts.push(at);
        at += p.length;
      }
      return { speech: s.number, text: ps.flat(), starts };
    });
  const windows = (length: number) =>
    Array.from({ length: Math.max(0, n - length + 1) }, (_, i) => t.slice(i, i + length));

  // Stock: windows found in STOCK_GROUPS or more different texts of the collection.
  const texts = [...new Set(speeches.map((s) => normal(s.paragraphs).flat().join('\u0000')))].map(
    (x) => (x === '' ? [] : x.split('\u0000')),
  );
  const stock = new Array<boolean>(n).fill(false);
  windows(stockLength).forEach((w, i) => {
    if (texts.filter((x) => firstAt(x, w) >= 0).length >= STOCK_GROUPS)
      for (let c = i; c < i + stockLength; c++) stock[c] = true;
  });

  const kWindows = windows(k);
  const perSource = sources.map((s) => {
    const at = kWindows.map((w) => firstAt(s.text, w));
    const covered = new Array<boolean>(n).fill(false);
    at.forEach((q, i) => {
      if (q >= 0) for (let c = i; c < i + k; c++) covered[c] = true;
    });
    /** Per character: the first window covering it found in the source, placed there. */
    const paragraphOf = (c: number): number => {
      for (let i = Math.max(0, c - k + 1); i <= c; i++) {
        if ((at[i] ?? -1) < 0) continue;
        const position = at[i]! + c - i;
        return s.starts.findLastIndex((start) => start <= position);
      }
      return -1;
    };
    const runs: number[] = [];
    let length = 0;
    for (let c = 0; c <= n; c++) {
      if (c < n && covered[c]) length++;
      else if (length > 0) {
        runs.push(length);
        length = 0;
      }
    }
    return { s, covered, paragraphOf, runs };
  });

  const copied = t.map((_, c) => perSource.some((x) => x.covered[c]));
  const rows = perSource
    .filter((x) => x.runs.length > 0)
    .map((x) => ({
      speech: x.s.speech,
      copied: x.covered.filter(Boolean).length,
      longest: Math.max(...x.runs),
      runs: x.runs.length,
      twin: x.s.text.join('') === t.join(''),
    }))
    .sort((x, y) => y.copied - x.copied || x.speech - y.speech);
  const row = (speech: number) => rows.findIndex((r) => r.speech === speech);

  // Runs: maximal copied stretches within a paragraph of the text.
  const runs: Run[] = [];
  let start = 0;
  for (const p of normal(paragraphs)) {
    const end = start + p.length;
    for (let c = start; c < end; c++) {
      if (!copied[c]) continue;
      const from = c;
      while (c < end && copied[c]) c++;
      const sources = perSource
        .filter((x) => x.covered.slice(from, c).some(Boolean))
        .map((x) => ({
          speech: x.s.speech,
          paragraph: x.paragraphOf(x.covered.indexOf(true, from)),
          partly: !x.covered.slice(from, c).every(Boolean),
        }))
        .sort((x, y) => Number(x.partly) - Number(y.partly) || row(x.speech) - row(y.speech));
      runs.push({ from, to: c, sources });
    }
    start = end;
  }
  return {
    length: n,
    copied: copied.filter(Boolean).length,
    copiedStock: t.filter((_, c) => copied[c] && stock[c]).length,
    rows,
    chars: t.map((_, c) => (!copied[c] ? '-' : stock[c] ? 'S' : 'C')).join(''),
    runs,
  };
}
