/**
 * From one paragraph pair's ops to the spans each pane renders: numbered changes, each side's
 * own text, and template slots split out so that the view can mark them.
 */
import type { Span } from './model.ts';
import { textOnA, textOnB, type Op } from './ops.ts';
import { findSlots } from './slots.ts';

/**
 * Numbers the changes of one row's ops, each run of non-equal ops being one change, and gives
 * each side its own spans: an equal op may read differently on the two sides under ignore
 * options (`，` against `,`).
 */
export function toSpans(ops: readonly Op[], next: () => number): { a: Span[]; b: Span[] } {
  const a: Span[] = [];
  const b: Span[] = [];
  let current: number | null = null;
  ops.forEach((op, seq) => {
    if (op.kind === 'equal') {
      current = null;
      if (textOnA(op)) a.push({ kind: 'equal', text: textOnA(op), change: null, seq });
      if (textOnB(op)) b.push({ kind: 'equal', text: textOnB(op), change: null, seq });
      return;
    }
    current ??= next();
    (op.kind === 'delete' ? a : b).push({ kind: op.kind, text: op.text, change: current, seq });
  });
  return { a: markSlots(a), b: markSlots(b) };
}

/** Splits spans at the edges of the slots of their joined text and marks the slot pieces. */
export function markSlots(spans: readonly Span[]): Span[] {
  const slots = findSlots(spans.map((s) => s.text).join(''));
  if (slots.length === 0) return [...spans];
  const out: Span[] = [];
  let offset = 0;
  for (const span of spans) {
    const end = offset + span.text.length;
    let from = 0;
    for (const slot of slots) {
      const start = Math.max(slot.start, offset) - offset;
      const stop = Math.min(slot.end, end) - offset;
      if (start >= stop) continue;
      if (start > from) out.push({ ...span, text: span.text.slice(from, start) });
      out.push({ ...span, text: span.text.slice(start, stop), slot: true });
      from = stop;
    }
    if (from < span.text.length) out.push({ ...span, text: span.text.slice(from) });
    offset = end;
  }
  return out;
}
