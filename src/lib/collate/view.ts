/**
 * What the collation table shows, worked out from a Collation: its columns, the most common
 * reading of each row, each cell's text cut into runs (changed from that reading, stock phrase)
 * and the runs of rows folded away. Pure: the components only render it.
 */
import { diffTokens } from '../diff/dmp.ts';
import type { Cell, Collation, Row } from './align.ts';

/** What the reader sets on the collation page (kept in the URL, see state/url/index.ts). */
export interface CollationSettings {
  /** Speeches collated, ascending; empty means all. */
  speeches: number[];
  /** Fold runs of rows with text in one column only. */
  fold: boolean;
  /** Identical speeches in columns of their own. */
  apart: boolean;
}

export interface Column {
  /** The witness shown, and the speeches of it the column stands for (identical twins merged). */
  witness: number;
  speeches: number[];
}

/** One column per witness, or with twins apart one per speech (each showing its witness). */
export function columnsOf(collation: Collation, apart: boolean): Column[] {
  const columns = collation.witnesses.flatMap((speeches, witness) =>
    apart ? speeches.map((n) => ({ witness, speeches: [n] })) : [{ witness, speeches }],
  );
  // In the order of their (first) speeches, as the collection numbers them.
  return columns.sort((x, y) => (x.speeches[0] ?? 0) - (y.speeches[0] ?? 0));
}

/**
 * The witness whose text is the row's most common reading: the text most witnesses have
 * (identical speeches are one witness, so a copy does not outvote), the first of a tie.
 */
export function commonReading(row: Row): number {
  const count = new Map<string, number>();
  for (const c of row.cells) if (c) count.set(c.text, (count.get(c.text) ?? 0) + 1);
  let [best, most] = [-1, 0];
  row.cells.forEach((c, w) => {
    const n = c ? (count.get(c.text) ?? 0) : 0;
    if (n > most) [best, most] = [w, n];
  });
  return best;
}

/**
 * No reading of the row is had by more texts than another: its common reading is then only the
 * first of a tie (two texts, two readings: neither is more common), and says so.
 */
export function tied(row: Row): boolean {
  const count = new Map<string, number>();
  for (const c of row.cells) if (c) count.set(c.text, (count.get(c.text) ?? 0) + 1);
  const [first = 0, second = 0] = [...count.values()].sort((x, y) => y - x);
  return second === first;
}

/** Every witness that has the sentence has it word for word. */
export const agrees = (row: Row): boolean =>
  new Set(row.cells.filter((c) => c !== null).map((c) => c.text)).size <= 1;

/**
 * How many different texts of the columns have a sentence in the row: identical speeches are one
 * text, whether their columns are merged or apart, so a sentence of （三）＝（六） alone is in one.
 */
export const carried = (row: Row, columns: readonly Column[]): number =>
  new Set(columns.filter((c) => row.cells[c.witness]).map((c) => c.witness)).size;

/** How many different texts the columns show (the whole that `carried` is counted against). */
export const textsOf = (columns: readonly Column[]): number =>
  new Set(columns.map((c) => c.witness)).size;

/**
 * The rows, by index, with a sentence that contains the text (exactly, as the home page's search
 * finds it in a speech); every row for no text. A text across two sentences is in no row.
 */
export function rowsWith(collation: Collation, text: string): number[] {
  return collation.rows.flatMap((row, r) =>
    text === '' || row.cells.some((c) => c?.text.includes(text)) ? [r] : [],
  );
}

export type Segment =
  /** The cell's own text; changed where the common reading lacks it, stock in a stock phrase. */
  | { kind: 'text'; text: string; changed: boolean; stock: boolean }
  /** Text of the common reading that this cell lacks here (shown as a mark, not as text). */
  | { kind: 'gap'; text: string };

/**
 * A cell's text in runs, against the row's common reading (null: none to compare, as for that
 * reading itself). `stock` holds UTF-16 ranges [start, end) of the text that are stock phrases.
 * The texts of the runs that are not gaps, joined, are the cell's text.
 */
export function cellSegments(
  text: string,
  reading: string | null,
  stock: readonly (readonly [number, number])[] = [],
): Segment[] {
  const ops =
    reading === null || reading === text
      ? [{ kind: 'equal' as const, text }]
      : // One sentence against another: small enough for a minimal diff with no work limit.
        diffTokens(Array.from(reading), Array.from(text), { semantic: true });
  const out: Segment[] = [];
  let at = 0;
  const push = (piece: string, changed: boolean) => {
    // Cut the piece where a stock range begins or ends.
    const cuts = new Set([at, at + piece.length]);
    for (const [s, e] of stock)
      for (const x of [s, e]) if (x > at && x < at + piece.length) cuts.add(x);
    const points = [...cuts].sort((x, y) => x - y);
    for (let i = 0; i + 1 < points.length; i++) {
      const [s, e] = [points[i]!, points[i + 1]!];
      const isStock = stock.some(([a, b]) => a <= s && e <= b);
      const last = out.at(-1);
      const part = text.slice(s, e);
      if (last?.kind === 'text' && last.changed === changed && last.stock === isStock)
        last.text += part;
      else out.push({ kind: 'text', text: part, changed, stock: isStock });
    }
    at += piece.length;
  };
  for (const op of ops) {
    if (op.kind === 'delete') out.push({ kind: 'gap', text: op.text });
    else if (op.text !== '') push(op.text, op.kind === 'insert');
  }
  return out;
}

/** Code point ranges of a paragraph as UTF-16 ranges of one of its sentences (clipped). */
export function rangesInSentence(
  paragraph: string,
  ranges: readonly (readonly [number, number])[],
  cell: Pick<Cell, 'start' | 'text'>,
): [number, number][] {
  if (ranges.length === 0) return [];
  const units: number[] = [0];
  for (const ch of paragraph) units.push(units.at(-1)! + ch.length);
  const end = cell.start + cell.text.length;
  const out: [number, number][] = [];
  for (const [s, e] of ranges) {
    const [from, to] = [Math.max(units[s] ?? 0, cell.start), Math.min(units[e] ?? 0, end)];
    if (from < to) out.push([from - cell.start, to - cell.start]);
  }
  return out;
}

export type Item =
  | { kind: 'row'; row: number }
  /** Consecutive rows where only one column has text, folded: that column and the rows. */
  | { kind: 'fold'; column: number; rows: number[] };

/**
 * The rows to show, in order; with `fold`, each run of two or more consecutive rows with text in
 * the same one column only (and no moved sentence) is folded into one line.
 */
export function layout(collation: Collation, columns: readonly Column[], fold: boolean): Item[] {
  const items: Item[] = [];
  collation.rows.forEach((row, i) => {
    const present = columns.flatMap((c, k) => (row.cells[c.witness] ? [k] : []));
    // A moved sentence and its counterparts stay in view: their links point at each other.
    const moves = row.movedIn.length > 0 || row.cells.some((c) => c?.moved != null);
    const only = present.length === 1 && !moves ? present[0]! : -1;
    if (!fold || only < 0) {
      if (present.length > 0) items.push({ kind: 'row', row: i });
      return;
    }
    const last = items.at(-1);
    if (last?.kind === 'fold' && last.column === only && last.rows.at(-1) === i - 1)
      last.rows.push(i);
    else items.push({ kind: 'fold', column: only, rows: [i] });
  });
  // A fold line would take the place of a lone row: fold runs of two or more only.
  return items.map((item) =>
    item.kind === 'fold' && item.rows.length === 1 ? { kind: 'row', row: item.rows[0]! } : item,
  );
}
