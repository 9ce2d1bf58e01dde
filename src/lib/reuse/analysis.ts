/**
 * What the overview and the single-speech view show, computed from a ReuseIndex: the shared
 * passages, longest first, and one speech cut into marked and unmarked segments.
 */
import {
  ReuseIndex,
  STOCK_GROUPS,
  type MarkSegment,
  type Occurrence,
  type Passage,
} from './passages.ts';

/**
 * Maximal passages: in each group's text, a run of windows all shared with at least the same set
 * of groups S is one passage found in every group of S. A run is extended as long as each window
 * is shared with S (a window shared with more groups continues it), so no listed passage lies
 * inside a longer one found in the same speeches. Each passage is emitted once, from the first
 * group of its set.
 */
export function sharedPassages(index: ReuseIndex): Passage[] {
  const found = new Map<string, Passage>();
  index.groups.forEach((_, g) => {
    const paragraphs = index.paragraphs(g);
    /** Runs in progress: set id → start and end (code points) in the current paragraph. */
    let open = new Map<number, Run>();
    let paragraph = -1;
    const close = (set: number, run: Run) => {
      const groups = index.sets[set]!;
      if (groups[0] !== g) return;
      const text = paragraphs[paragraph]!.slice(run.start, run.end).join('');
      const key = `${set}:${text}`;
      if (found.has(key)) return;
      const occurrences = locate(index, groups, run.key, text);
      // A hash collision, or a window shared with S only out of order: not a passage of S.
      if (new Set(occurrences.map((o) => index.group(o.speech))).size < groups.length) return;
      found.set(key, {
        text,
        speeches: index.speechesOf(groups),
        occurrences,
        stock: groups.length >= STOCK_GROUPS,
      });
    };
    const windows = index.windowsOf(g);
    /** Does window j directly follow window j − 1 in the same paragraph? */
    const follows = (j: number) =>
      j > 0 &&
      windows[j]!.paragraph === windows[j - 1]!.paragraph &&
      windows[j]!.start === windows[j - 1]!.start + 1;
    windows.forEach((w, i) => {
      const end = w.start + index.minLength;
      const next = new Map<number, Run>();
      for (const [set, run] of open) {
        if (follows(i) && index.subset(set, w.set)) next.set(set, { ...run, end });
        else close(set, run);
      }
      if (!next.has(w.set)) {
        // A set first seen here may already hold for the windows before (shared more widely).
        let j = i;
        while (follows(j) && index.subset(w.set, windows[j - 1]!.set)) j--;
        next.set(w.set, { start: windows[j]!.start, end, key: windows[j]!.key });
      }
      paragraph = w.paragraph;
      open = next;
    });
    for (const [set, run] of open) close(set, run);
  });
  return [...found.values()].sort(
    (x, y) =>
      Array.from(y.text).length - Array.from(x.text).length ||
      y.speeches.length - x.speeches.length,
  );
}

interface Run {
  /** Code points in the current paragraph. */
  start: number;
  end: number;
  /** Hash of the run's first window: its places are where the passage may start. */
  key: number;
}

/** Where a text occurs in the speeches of some groups: at the places of its first window. */
function locate(
  index: ReuseIndex,
  groups: readonly number[],
  key: number,
  text: string,
): Occurrence[] {
  const out: Occurrence[] = [];
  const length = Array.from(text).length;
  const places = index.placesOf(key);
  for (let i = 0; i < places.length; i += 3) {
    const [g, paragraph, start] = [places[i]!, places[i + 1]!, places[i + 2]!];
    if (!groups.includes(g)) continue;
    const cps = index.paragraphs(g)[paragraph]!;
    if (cps.slice(start, start + length).join('') !== text) continue;
    for (const speech of index.groups[g]!)
      out.push({ speech, paragraph, start, end: start + length });
  }
  return out.sort((x, y) => x.speech - y.speech || x.paragraph - y.paragraph || x.start - y.start);
}

/**
 * One speech, paragraph by paragraph, cut where the set of other speeches sharing the text
 * changes. The segments of a paragraph join to exactly its text.
 */
export function marksFor(index: ReuseIndex, speech: number): MarkSegment[][] {
  const g = index.group(speech);
  const twins = index.groups[g]!.filter((n) => n !== speech);
  const paragraphs = index.paragraphs(g);
  // Per code point, the groups it is shared with (by every window covering it).
  const shared = paragraphs.map((p) => p.map(() => new Set<number>()));
  for (const w of index.windowsOf(g)) {
    const cells = shared[w.paragraph]!;
    for (let i = w.start; i < w.start + index.minLength; i++) {
      for (const other of index.sets[w.set]!) if (other !== g) cells[i]!.add(other);
    }
  }
  return paragraphs.map((cps, p) => {
    const segments: MarkSegment[] = [];
    let key = '';
    cps.forEach((cp, i) => {
      const others = [...twins, ...index.speechesOf([...shared[p]![i]!])].sort((x, y) => x - y);
      const k = others.join(',');
      const last = segments.at(-1);
      if (last && k === key) last.text += cp;
      else segments.push({ text: cp, sharedWith: others.length > 0 ? others : null });
      key = k;
    });
    return segments;
  });
}
