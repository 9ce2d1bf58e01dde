/**
 * The single-speech view's marks: a paragraph's segments (marks.ts) with the shared ones run
 * together. Apart from marks.ts so that the view's chunk carries it, not the analysis's.
 */
import type { MarkSegment } from './passages.ts';

/** A stretch of a paragraph: text of its own, or neighbouring shared segments as one mark. */
export interface MarkRun {
  parts: MarkSegment[];
  /** Every speech sharing some of it, ascending; null for text of its own. */
  sharedWith: number[] | null;
  /** True when some of those speeches share only part of it. */
  partly: boolean;
}

/**
 * A paragraph's segments with the shared ones run together: one mark, one stop for the keyboard,
 * per stretch of shared text, not one per change in who shares it (a lone “，” among them).
 */
export function markRuns(segments: readonly MarkSegment[]): MarkRun[] {
  const runs: MarkRun[] = [];
  for (const segment of segments) {
    const last = runs.at(-1);
    if (segment.sharedWith && last?.sharedWith) {
      const all = [...new Set([...last.sharedWith, ...segment.sharedWith])].sort((x, y) => x - y);
      last.partly ||=
        all.length !== last.sharedWith.length || all.length !== segment.sharedWith.length;
      last.sharedWith = all;
      last.parts.push(segment);
    } else runs.push({ parts: [segment], sharedWith: segment.sharedWith, partly: false });
  }
  return runs;
}

/**
 * The segments with some speeches left out of who shares them (an identical twin, which shares
 * everything): text shared only with those becomes text of its own, and neighbours that now
 * read the same are one segment. The text is unchanged.
 */
export function without(segments: readonly MarkSegment[], drop: readonly number[]): MarkSegment[] {
  const out: MarkSegment[] = [];
  for (const s of segments) {
    const kept = s.sharedWith?.filter((n) => !drop.includes(n)) ?? [];
    const sharedWith = kept.length > 0 ? kept : null;
    const last = out.at(-1);
    if (last && (last.sharedWith?.join() ?? '') === (sharedWith?.join() ?? ''))
      out[out.length - 1] = { text: last.text + s.text, sharedWith };
    else out.push({ text: s.text, sharedWith });
  }
  return out;
}

/** Who shares a mark: the speeches holding all of its text, and the others with what they hold. */
export interface Sharers {
  whole: number[];
  partly: { speech: number; parts: string[] }[];
}

/**
 * Reads who shares a mark truly: a speech holds the whole mark only when its text contains the
 * mark's text; the others are named with the parts of the mark found in them (runs of segments
 * they share), so that a speech sharing a short clause is not read as holding the passage.
 */
export function sharersOf(run: MarkRun, textOf: (speech: number) => readonly string[]): Sharers {
  const text = run.parts.map((p) => p.text).join('');
  const whole: number[] = [];
  const partly: Sharers['partly'] = [];
  for (const speech of run.sharedWith ?? []) {
    if (textOf(speech).some((p) => p.includes(text))) {
      whole.push(speech);
      continue;
    }
    const parts: string[] = [];
    let open = false;
    for (const part of run.parts) {
      const has = part.sharedWith?.includes(speech) ?? false;
      if (has && open) parts[parts.length - 1] += part.text;
      else if (has) parts.push(part.text);
      open = has;
    }
    partly.push({ speech, parts });
  }
  return { whole, partly };
}
