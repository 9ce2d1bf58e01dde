/**
 * Invisible characters made visible: each zero-width space, BOM, soft hyphen, bidi control, NUL
 * or stray CR (diff/invisible.ts) becomes a span of its own that carries its name, so the view
 * can draw a marker for it (the text itself is unchanged and still copied as it is) and isolate
 * it, so that a bidi override cannot reorder the highlighting after it.
 */
import { splitsCluster } from '../diff/clusters.ts';
import { INVISIBLE, INVISIBLES, invisibleName } from '../diff/invisible.ts';
import type { Cell, Row, Span } from '../diff/model.ts';

/** Splits spans at their invisible characters, each then a span with `invisible` set. */
export function showInvisible<S extends Span>(spans: readonly S[]): S[] {
  const out: S[] = [];
  for (const span of spans) {
    let from = 0;
    for (const m of span.text.matchAll(INVISIBLES)) {
      const [start, end] = [m.index, m.index + m[0].length];
      // A joiner inside 👨‍👩‍👧 is part of a visible character, not a character of its own.
      if (splitsCluster(span.text, start) || splitsCluster(span.text, end)) continue;
      if (start > from) out.push({ ...span, text: span.text.slice(from, start) });
      out.push({ ...span, text: m[0], invisible: invisibleName(m[0]) });
      from = end;
    }
    if (from === 0) out.push(span);
    else if (from < span.text.length) out.push({ ...span, text: span.text.slice(from) });
  }
  return out;
}

const cellWithInvisible = (cell: Cell | null): Cell | null =>
  cell && cell.spans.some((s) => INVISIBLE.test(s.text))
    ? { ...cell, spans: showInvisible(cell.spans) }
    : cell;

/** The rows with every invisible character as a span of its own. */
export const rowsWithInvisible = (rows: readonly Row[]): Row[] =>
  rows.map((row) => {
    const [a, b] = [cellWithInvisible(row.a), cellWithInvisible(row.b)];
    return a === row.a && b === row.b ? row : { ...row, a, b };
  });
