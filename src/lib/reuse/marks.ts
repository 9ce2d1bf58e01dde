/** One speech cut into marked and unmarked segments, for the single-speech view. */
import type { MarkSegment, ReuseIndex } from './passages.ts';

/**
 * One speech, paragraph by paragraph, cut where the set of other speeches sharing the text
 * changes: a code point is shared with a speech when a window of minLength around it occurs there
 * too. Identical twins share all of it. The segments of a paragraph join to exactly its text.
 */
export function marksFor(index: ReuseIndex, speech: number): MarkSegment[][] {
  const g = index.group(speech);
  const twins = index.groups[g]!.filter((n) => n !== speech);
  const m = index.minLength;
  const starts = index.starts[g]!;
  // How many windows covering the current code point each other group shares.
  const count = new Int32Array(index.groups.length);
  const active = new Set<number>();
  let changed = true;
  const add = (p: number, d: number) => {
    for (const h of index.sharers(p)) {
      if (h === g) continue;
      count[h]! += d;
      if (count[h] === 0) active.delete(h);
      else active.add(h);
      changed ||= count[h] === 0 || (d > 0 && count[h] === 1);
    }
  };
  return starts.slice(0, -1).map((from, paragraph) => {
    const to = starts[paragraph + 1]! - 1;
    const segments: MarkSegment[] = [];
    let key = '';
    for (let p = from; p < to; p++) {
      add(p, 1);
      if (p - m >= from) add(p - m, -1);
      const char = String.fromCodePoint(index.text[p]! - 1);
      const last = segments.at(-1);
      if (changed) {
        const others = [...twins, ...index.speechesOf(active)].sort((x, y) => x - y);
        changed = false;
        if (!last || others.join() !== key) {
          key = others.join();
          segments.push({ text: char, sharedWith: others.length > 0 ? others : null });
          continue;
        }
      }
      last!.text += char;
    }
    for (const h of active) count[h] = 0;
    active.clear();
    changed = true;
    return segments;
  });
}
