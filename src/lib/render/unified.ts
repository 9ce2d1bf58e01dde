/**
 * The unified view: one column in reading order, removed and added text inline. Built from the
 * split model's rows, so both views always show the same diff.
 */
import type { Cell, Row, Span } from '../diff/model.ts';

export interface UnifiedSpan extends Span {
  /**
   * True for text that differs between the sides but is not a highlighted change (an ignored
   * difference such as punctuation): shown quietly, yet still in del/ins so each side rebuilds.
   */
  quiet?: boolean;
}

export interface UnifiedParagraph {
  /** 0-based paragraph indices in A and B; null when the paragraph is only on one side. */
  a: number | null;
  b: number | null;
  spans: UnifiedSpan[];
  /** A moved paragraph: where it is on the other side (see Cell.moved). */
  moved?: { side: 'a' | 'b'; index: number };
}

/**
 * Merges the two sides of one row in diff order (`Span.seq`): each operation's text from A, then
 * from B; an equal run once when it reads the same on both sides.
 */
export function mergeRow(a: Cell | null, b: Cell | null): UnifiedSpan[] {
  const [left, right] = [a?.spans ?? [], b?.spans ?? []];
  const ops = new Map<number, { a: Span[]; b: Span[] }>();
  const at = (seq: number) => {
    let op = ops.get(seq);
    if (!op) ops.set(seq, (op = { a: [], b: [] }));
    return op;
  };
  for (const s of left) at(s.seq).a.push(s);
  for (const s of right) at(s.seq).b.push(s);
  const out: UnifiedSpan[] = [];
  for (const seq of [...ops.keys()].sort((x, y) => x - y)) {
    const { a, b } = ops.get(seq)!;
    const kind = (a[0] ?? b[0])?.kind;
    const text = (spans: Span[]) => spans.map((s) => s.text).join('');
    if (kind !== 'equal' || text(a) === text(b)) out.push(...(a.length > 0 ? a : b));
    else {
      out.push(...a.map((s): UnifiedSpan => ({ ...s, kind: 'delete', quiet: true })));
      out.push(...b.map((s): UnifiedSpan => ({ ...s, kind: 'insert', quiet: true })));
    }
  }
  return out;
}

/**
 * Each row merged once, whoever asks first: the unified view as it draws the row (UnifiedDiff.svelte,
 * not all rows in the task that takes a long comparison from the worker: a fifth of that task on a
 * phone, issue 26) and the export when the reader asks for it read the same paragraphs.
 */
const merged = new WeakMap<Row, UnifiedParagraph>();

/** One row as the unified view shows it (merged once per row, then kept). */
export function unifiedParagraph(row: Row): UnifiedParagraph {
  let p = merged.get(row);
  if (p) return p;
  const moved = row.a?.moved ?? row.b?.moved;
  p = {
    a: row.a?.index ?? null,
    b: row.b?.index ?? null,
    spans: mergeRow(row.a, row.b),
    ...(moved ? { moved } : {}),
  };
  merged.set(row, p);
  return p;
}

export const unifiedParagraphs = (rows: readonly Row[]): UnifiedParagraph[] =>
  rows.map(unifiedParagraph);

/** One side of the unified text: what remains when the other side's changes are taken out. */
export function unifiedSide(paragraphs: readonly UnifiedParagraph[], side: 'a' | 'b'): string[] {
  const drop = side === 'a' ? 'insert' : 'delete';
  return paragraphs
    .filter((p) => p[side] !== null)
    .map((p) =>
      p.spans
        .filter((s) => s.kind !== drop)
        .map((s) => s.text)
        .join(''),
    );
}
