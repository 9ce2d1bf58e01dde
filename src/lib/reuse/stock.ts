/**
 * Stock phrases (套话) of the collection found in any text, a reader's own included: a window of
 * MIN_PASSAGE code points that occurs in STOCK_GROUPS or more different speeches (passages.ts)
 * is a stock window, and wherever a text has one, those characters are a stock phrase. For a
 * speech of the collection this gives exactly its ReuseIndex `stockRanges`; for any other text,
 * the same rule read against the collection.
 */
import { ReuseIndex, STOCK_GROUPS, runs, type SpeechText } from './passages.ts';

/** The stock windows of a collection, as strings, and their length in code points. */
export interface StockWindows {
  windows: ReadonlySet<string>;
  length: number;
}

export function stockWindows(speeches: readonly SpeechText[]): StockWindows {
  const index = new ReuseIndex(speeches);
  const m = index.minLength;
  const { classOf, classStart } = index.windows;
  const windows = new Set<string>();
  for (let p = 0; p < classOf.length; p++) {
    const c = classOf[p]!;
    if (c < 0 || classStart[c + 1]! - classStart[c]! < STOCK_GROUPS) continue;
    // Code points are stored plus one (windows.ts); a shared window never holds a separator.
    windows.add(String.fromCodePoint(...Array.from(index.text.subarray(p, p + m), (x) => x - 1)));
  }
  return { windows, length: m };
}

/** Code point ranges [start, end) of a paragraph that lie in a stock window. */
export function stockRanges(paragraph: string, stock: StockWindows): [number, number][] {
  // Where each code point starts, so that a window is one slice of the text.
  const starts: number[] = [];
  for (let i = 0; i < paragraph.length; i += paragraph.codePointAt(i)! > 0xffff ? 2 : 1)
    starts.push(i);
  starts.push(paragraph.length);
  const n = starts.length - 1;
  const m = stock.length;
  if (n < m || stock.windows.size === 0) return [];
  const bits = new Uint8Array(n);
  for (let i = 0; i + m <= n; i++)
    if (stock.windows.has(paragraph.slice(starts[i], starts[i + m]))) bits.fill(1, i, i + m);
  return runs(bits);
}
