// The check's definition read as plainly as possible (measure.ts states it): every window of a
// paragraph of the text looked up in every source, its paragraphs each ended by a line break (no
// window holds one), with indexOf. Quadratic and more, and meant to be.
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

/** Ends each paragraph of a source: whitespace, so no normalized window ever holds it. */
const BREAK = '\n';

export function reference(
  speeches: readonly SpeechText[],
  paragraphs: readonly string[],
  k: number,
  self: number | null,
  stockLength: number,
  withTwins = false,
): Expected {
  const own = normal(paragraphs);
  const t = own.flat();
  const n = t.length;
  /** A text of the collection: its paragraphs, each followed by BREAK, as the index holds it. */
  const broken = (ps: string[][]) => ps.flatMap((p) => [...p, BREAK]);
  const sources = speeches
    .filter((s) => s.number !== self)
    .map((s) => {
      const ps = normal(s.paragraphs);
      const starts: number[] = [];
      let at = 0;
      for (const p of ps) {
        starts.push(at);
        at += p.length + 1;
      }
      return { speech: s.number, text: broken(ps), flat: ps.flat().join(''), starts };
    })
    // A source identical to the text, whitespace and breaks aside, is left out unless asked for.
    .filter((s) => withTwins || s.flat !== t.join(''));
  /** Every window of a length lying inside one paragraph of the text, with where it starts. */
  const windows = (length: number) => {
    const out: { at: number; window: string[] }[] = [];
    let start = 0;
    for (const p of own) {
      for (let i = 0; i + length <= p.length; i++)
        out.push({ at: start + i, window: p.slice(i, i + length) });
      start += p.length;
    }
    return out;
  };

  // Stock: windows found in STOCK_GROUPS or more different texts of the collection (different:
  // not the same normalized paragraphs), each time inside one paragraph.
  const texts = [...new Set(speeches.map((s) => JSON.stringify(normal(s.paragraphs))))].map((x) =>
    broken(JSON.parse(x) as string[][]),
  );
  const stock = new Array<boolean>(n).fill(false);
  for (const { at, window } of windows(stockLength))
    if (texts.filter((x) => firstAt(x, window) >= 0).length >= STOCK_GROUPS)
      for (let c = at; c < at + stockLength; c++) stock[c] = true;

  const kWindows = windows(k);
  const perSource = sources.map((s) => {
    /** Per start of a window of the text, where it first occurs in the source, or −1. */
    const at = new Array<number>(n).fill(-1);
    const covered = new Array<boolean>(n).fill(false);
    for (const w of kWindows) {
      at[w.at] = firstAt(s.text, w.window);
      if (at[w.at]! >= 0) for (let c = w.at; c < w.at + k; c++) covered[c] = true;
    }
    /** Per character: the first window covering it found in the source, placed there. */
    const paragraphOf = (c: number): number => {
      for (let i = Math.max(0, c - k + 1); i <= c; i++) {
        if (at[i]! < 0) continue;
        const position = at[i]! + c - i;
        return s.starts.findLastIndex((start) => start <= position);
      }
      return -1;
    };
    // Its runs: maximal covered stretches within a paragraph of the text.
    const runs: number[] = [];
    let start = 0;
    for (const p of own) {
      let length = 0;
      for (let c = start; c <= start + p.length; c++) {
        if (c < start + p.length && covered[c]) length++;
        else if (length > 0) {
          runs.push(length);
          length = 0;
        }
      }
      start += p.length;
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
      twin: x.s.flat === t.join(''),
    }))
    .sort((x, y) => y.copied - x.copied || x.speech - y.speech);
  const row = (speech: number) => rows.findIndex((r) => r.speech === speech);

  // Runs: maximal copied stretches within a paragraph of the text.
  const runs: Run[] = [];
  let start = 0;
  for (const p of own) {
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
