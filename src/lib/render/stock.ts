/**
 * Muting stock phrases in a comparison: spans that lie in a passage shared by three or more
 * speeches are split at its edges and flagged, so the view can quiet them and what stays loud is
 * what is particular to each speech. The text and the changes are untouched.
 */
import type { Cell, Row, Span } from '../diff/model.ts';

/** Code point ranges [start, end) of a paragraph that are stock phrases. */
type StockRanges = (paragraph: number) => readonly (readonly [number, number])[];

export function muteCell(cell: Cell | null, ranges: StockRanges): Cell | null {
  if (cell === null) return null;
  const stock = ranges(cell.index);
  if (stock.length === 0) return cell;
  const spans: Span[] = [];
  let offset = 0;
  for (const span of cell.spans) {
    const cps = Array.from(span.text);
    const end = offset + cps.length;
    // Cut points inside this span: its edges and every range edge that falls within it.
    const cuts = [offset, end, ...stock.flat().filter((x) => x > offset && x < end)].sort(
      (x, y) => x - y,
    );
    for (let i = 0; i + 1 < cuts.length; i++) {
      const [from, to] = [cuts[i]!, cuts[i + 1]!];
      if (from === to) continue;
      const muted = stock.some(([s, e]) => s <= from && to <= e);
      spans.push({
        ...span,
        text: cps.slice(from - offset, to - offset).join(''),
        ...(muted ? { stock: true } : {}),
      });
    }
    offset = end;
  }
  return { ...cell, spans };
}

export function muteStock(rows: readonly Row[], rangesA: StockRanges, rangesB: StockRanges): Row[] {
  return rows.map((row) => ({ ...row, a: muteCell(row.a, rangesA), b: muteCell(row.b, rangesB) }));
}
