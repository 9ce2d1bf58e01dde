/**
 * A comparison packed for the way from the worker to the page: everything that comes in
 * thousands (rows, cells, spans as lengths, changes) as one array of integers, whose buffer is
 * transferred, and no text: the page has the two texts already, and cuts each span from its
 * paragraph, as a plan's rows are read (plan/decode.ts). A comparison of two 200,000-character
 * texts is some 40,000 small objects, and the page's thread took 30 to 50 ms to read them out of
 * a structured clone (35 ms from JSON): the longest task of its answer (issue 11). Unpacked with
 * its texts, it is the same comparison, key for key (a unit test over random comparisons).
 */
import type { Cell, Change, Comparison, Row, Span } from './model.ts';
import type { OpKind } from './ops.ts';

export interface PackedComparison {
  /** Rows, then changes, as `pack` writes them. */
  ints: Int32Array;
  /** The names of invisible-character spans, in order (rare: set by the view, not the worker). */
  names: string[];
  /** What comes once: the statistics, the verdict. */
  rest: Omit<Comparison, 'rows' | 'changes'>;
}

const KINDS: readonly OpKind[] = ['equal', 'delete', 'insert'];

/** Flags of a row. */
const A = 1;
const B = 2;
const SAME = 4;
const APPROXIMATE = 8;
const MOVED_A = 16;
const MOVED_B = 32;

/** Flags of a span, above its kind (0–2, two bits). */
const SLOT_SET = 4;
const SLOT = 8;
const STOCK_SET = 16;
const STOCK = 32;
const INVISIBLE = 64;

/** Flags of a cell's move: none, or to which side. */
const MOVED_TO = ['', 'a', 'b'] as const;

export function packComparison(comparison: Comparison): PackedComparison {
  const { rows, changes, ...rest } = comparison;
  const ints: number[] = [rows.length];
  const names: string[] = [];
  const cell = (c: Cell) => {
    ints.push(c.index, c.moved ? MOVED_TO.indexOf(c.moved.side) : 0, c.moved?.index ?? 0);
    ints.push(c.spans.length);
    for (const s of c.spans) {
      let code = KINDS.indexOf(s.kind);
      if (s.slot !== undefined) code |= SLOT_SET | (s.slot ? SLOT : 0);
      if (s.stock !== undefined) code |= STOCK_SET | (s.stock ? STOCK : 0);
      if (s.invisible !== undefined) {
        code |= INVISIBLE;
        names.push(s.invisible);
      }
      ints.push(code, s.text.length, s.change ?? -1, s.seq);
    }
  };
  for (const r of rows) {
    const flags =
      (r.a ? A : 0) |
      (r.b ? B : 0) |
      (r.same ? SAME : 0) |
      (r.approximate ? APPROXIMATE : 0) |
      (r.movedA !== undefined ? MOVED_A : 0) |
      (r.movedB !== undefined ? MOVED_B : 0);
    ints.push(flags, r.movedA ?? 0, r.movedB ?? 0);
    if (r.a) cell(r.a);
    if (r.b) cell(r.b);
  }
  ints.push(changes.length);
  for (const c of changes) ints.push(c.row, c.fromA, c.toA, c.fromB, c.toB);
  return { ints: Int32Array.from(ints), names, rest };
}

/**
 * The comparison `packComparison` packed, its spans cut from the texts `a` and `b` it was made
 * of; throws on a pack it did not make, or one that does not lay out these texts.
 */
export function unpackComparison(
  { ints, names, rest }: PackedComparison,
  a: readonly string[],
  b: readonly string[],
): Comparison {
  let at = 0;
  let name = 0;
  const next = () => {
    if (at >= ints.length) throw new Error('packed comparison cut short');
    return ints[at++]!;
  };
  const cell = (paragraphs: readonly string[]): Cell => {
    const [index, moved, movedIndex, count] = [next(), next(), next(), next()];
    const text = paragraphs[index];
    if (text === undefined) throw new Error('packed comparison: no such paragraph');
    let offset = 0;
    const spans: Span[] = [];
    for (let k = 0; k < count; k++) {
      const [code, length, change, seq] = [next(), next(), next(), next()];
      const kind = KINDS[code & 3];
      if (kind === undefined) throw new Error('packed comparison: unknown span kind');
      const span: Span = {
        kind,
        text: text.slice(offset, offset + length),
        change: change < 0 ? null : change,
        seq,
      };
      offset += length;
      if (code & SLOT_SET) span.slot = (code & SLOT) !== 0;
      if (code & STOCK_SET) span.stock = (code & STOCK) !== 0;
      if (code & INVISIBLE) span.invisible = names[name++] ?? '';
      spans.push(span);
    }
    if (offset !== text.length) throw new Error('packed comparison: not its texts');
    const side = MOVED_TO[moved];
    return side ? { index, spans, moved: { side, index: movedIndex } } : { index, spans };
  };
  const rows: Row[] = [];
  const rowCount = next();
  for (let i = 0; i < rowCount; i++) {
    const [flags, movedA, movedB] = [next(), next(), next()];
    const ca = flags & A ? cell(a) : null;
    const cb = flags & B ? cell(b) : null;
    const row: Row = { a: ca, b: cb, same: (flags & SAME) !== 0 };
    if (flags & MOVED_A) row.movedA = movedA;
    if (flags & MOVED_B) row.movedB = movedB;
    if (flags & APPROXIMATE) row.approximate = true;
    rows.push(row);
  }
  const changes: Change[] = [];
  const changeCount = next();
  for (let i = 0; i < changeCount; i++) {
    changes.push({ row: next(), fromA: next(), toA: next(), fromB: next(), toB: next() });
  }
  return { rows, changes, ...rest };
}
